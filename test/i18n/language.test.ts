import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from '../../src/i18n/language.js';

fc.configureGlobal({ seed: 42, numRuns: 300 });

describe('Accept-Language: RFC 4647 lookup against en and nl, q-values honoured, else en (docs/api.md "Conventions")', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['nl', 'nl'],
    ['NL-nl', 'nl'],
    ['nl-Latn-NL', 'nl'],
    ['en', 'en'],
    ['en-GB,nl;q=0.9', 'en'],
    ['fr, nl;q=0.5', 'nl'],
    ['nl;q=0, en', 'en'],
    ['nl;q=0', 'en'],
    ['*', 'en'],
    ['de', 'en'],
    ['de-DE, fr;q=0.8', 'en'],
    ['en;q=0.1, nl;q=0.2', 'nl'],
    ['nl-BE;q=0.5, en;q=0.4', 'nl'],
    ['en;q=0.5, nl;q=0.5', 'en'],
    ['nl, en', 'nl'],
    ['fr;q=1.0, nl-NL;q=0.3, en;q=0.2', 'nl'],
    ['  nl-NL ; q=0.8 ', 'nl'],
    ['nld', 'en'],
    ['', 'en'],
  ] as const)('%j → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });

  it('absent → en', () => {
    expect(negotiateLanguage(undefined)).toBe('en');
  });

  it('always answers en or nl, never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (header) => {
        expect(['en', 'nl']).toContain(negotiateLanguage(header));
      }),
    );
  });

  it('the range with the highest q-value wins, whatever the order (property)', () => {
    const weight = fc.integer({ min: 1, max: 999 }).map((n) => n / 1000);
    fc.assert(
      fc.property(weight, weight, fc.boolean(), (qNl, qEn, nlFirst) => {
        fc.pre(qNl !== qEn);
        const parts = [`nl-NL;q=${qNl}`, `en-GB;q=${qEn}`];
        const header = (nlFirst ? parts : parts.reverse()).join(', ');
        expect(negotiateLanguage(header)).toBe(qNl > qEn ? 'nl' : 'en');
      }),
    );
  });
});

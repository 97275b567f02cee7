import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import dutch from '../../src/law/data/ind-passages-nl.json' with { type: 'json' };
import { IND_PASSAGES, ind, inLanguage } from '../../src/law/guidance.js';

const PAGE = readFileSync(
  new URL('../../src/law/data/ind-civic-integration-diploma.txt', import.meta.url),
  'utf8',
);

describe('IND guidance passages are quoted verbatim (docs/api.md "Every rule is cited")', () => {
  it.each(Object.entries(IND_PASSAGES))('%s occurs in the stored IND page', (_key, passage) => {
    expect(PAGE).toContain(passage);
  });

  it('ind() builds a frozen guidance citation with the passage and the page url', () => {
    const citation = ind('age');
    expect(citation).toEqual({
      kind: 'guidance',
      title: 'IND: Civic integration diploma',
      passage: IND_PASSAGES.age,
      url: expect.stringMatching(/^https:\/\/ind\.nl\//),
      lang: 'en',
    });
    expect(Object.isFrozen(citation)).toBe(true);
    expect(ind('age')).toBe(citation);
  });
});

const DUTCH_PAGE = readFileSync(
  new URL('../../src/law/data/ind-inburgering-nl.txt', import.meta.url),
  'utf8',
);

describe('the Dutch IND page (a Dutch verdict quotes it where it has the passage)', () => {
  it.each(dutch.map((p) => [p.key, p.nl]))('%s occurs verbatim in the stored Dutch page', (_key, passage) => {
    expect(DUTCH_PAGE).toContain(passage);
  });

  it('gives the Dutch passage with its own url and lang nl, and the English one, marked en, where none was recovered', () => {
    const age = inLanguage(ind('age'), 'nl');
    expect(age).toMatchObject({
      kind: 'guidance',
      lang: 'nl',
      passage: dutch.find((p) => p.key === 'age')?.nl,
    });
    expect(age.kind === 'guidance' && age.url).toMatch(
      /^https:\/\/ind\.nl\/.*inburgering-bij-sterkere-verblijfsvergunning/i,
    );
    expect(inLanguage(ind('medical'), 'nl')).toBe(ind('medical'));
    expect(ind('medical').lang).toBe('en');
    expect(inLanguage(ind('age'), 'en')).toBe(ind('age'));
  });
});

import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/catalogue/examples.js';
import { toJson } from '../../src/http/serialize.js';
import { naturalisationAssessor, residenceAssessor } from '../../src/rules/index.js';
import type { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import type { ResidenceRequest } from '../../src/schemas/residence.js';
import { TODAY } from '../support/arbitraries.js';

describe('toJson', () => {
  it('gives exactly the bytes JSON.stringify gives, for every worked case in both languages', () => {
    for (const example of [...loadExamples('residence'), ...loadExamples('naturalisation')]) {
      for (const lang of ['en', 'nl'] as const) {
        const options = { today: TODAY, lang };
        const verdict =
          example.procedure === 'residence'
            ? residenceAssessor.assess(example.request as ResidenceRequest, options)
            : naturalisationAssessor.assess(example.request as NaturalisationRequest, options);
        // Twice: the second time the cached parts are used.
        expect(toJson(verdict).toString('utf8'), example.id).toBe(JSON.stringify(verdict));
        expect(toJson({ results: [{ id: 'x', status: 200, verdict }] }).toString('utf8')).toBe(
          JSON.stringify({ results: [{ id: 'x', status: 200, verdict }] }),
        );
      }
    }
  });

  it('serialises plain values as JSON.stringify does', () => {
    for (const value of [
      null,
      1,
      'a"b',
      [1, 'x', null],
      { a: undefined, b: [{ c: 'd' }] },
      Object.freeze({ f: 1 }),
    ]) {
      expect(toJson(value).toString('utf8')).toBe(JSON.stringify(value));
    }
  });
});

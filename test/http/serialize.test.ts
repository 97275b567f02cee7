import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/catalogue/examples.js';
import { toJson } from '../../src/http/serialize.js';
import { naturalisationAssessor, residenceAssessor } from '../../src/rules/index.js';
import type { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import type { ResidenceRequest } from '../../src/schemas/residence.js';
import { TODAY } from '../support/arbitraries.js';

/** Every worked case's verdict in both languages. */
function* verdicts() {
  for (const example of [...loadExamples('residence'), ...loadExamples('naturalisation')]) {
    for (const lang of ['en', 'nl'] as const) {
      const options = { today: TODAY, lang };
      const verdict =
        example.procedure === 'residence'
          ? residenceAssessor.assess(example.request as ResidenceRequest, options)
          : naturalisationAssessor.assess(example.request as NaturalisationRequest, options);
      yield { id: `${example.id} (${lang})`, verdict };
    }
  }
}

describe('toJson', () => {
  it('gives exactly the bytes JSON.stringify gives, for every worked case in both languages', () => {
    for (const { id, verdict } of verdicts()) {
      // Twice: the second time the cached parts are used.
      expect(toJson(verdict).toString('utf8'), id).toBe(JSON.stringify(verdict));
      expect(toJson({ results: [{ id: 'x', status: 200, verdict }] }).toString('utf8')).toBe(
        JSON.stringify({ results: [{ id: 'x', status: 200, verdict }] }),
      );
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

/** The objects below a frozen one that are not frozen themselves: what a cached byte copy would miss. */
function thawedBelow(value: unknown, path: string, insideFrozen: boolean): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const frozen = Object.isFrozen(value);
  if (insideFrozen && !frozen) return [path];
  return Object.entries(value).flatMap(([key, item]) =>
    thawedBelow(item, `${path}/${key}`, frozen || insideFrozen),
  );
}

describe('performance trick: the bytes of frozen objects are cached (docs/architecture.md)', () => {
  it('finds every frozen object in a verdict frozen all the way down, so its cached bytes cannot go stale', () => {
    let frozenSeen = 0;
    for (const { id, verdict } of verdicts()) {
      expect(thawedBelow(verdict, '', false), id).toEqual([]);
      frozenSeen += verdict.grounds.filter((g) => Object.isFrozen(g.citations)).length;
    }
    expect(frozenSeen).toBeGreaterThan(100);
  });

  it('writes an object that is not frozen afresh each time: a change shows', () => {
    const value: { status: string; list: number[] } = { status: 'unknown', list: [1] };
    expect(toJson(value).toString('utf8')).toBe(JSON.stringify(value));
    value.status = 'satisfied';
    value.list.push(2);
    expect(toJson(value).toString('utf8')).toBe('{"status":"satisfied","list":[1,2]}');
  });
});

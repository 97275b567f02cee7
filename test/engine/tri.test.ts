import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsOf, itemFact } from '../../src/engine/fact.js';
import {
  all,
  any,
  flag,
  known,
  knownAt,
  lacking,
  NO,
  not,
  OPEN,
  someItem,
  type Tri,
  truth,
  YES,
} from '../../src/engine/tri.js';

fc.configureGlobal({ seed: 42, numRuns: 300 });

const POINTERS = ['/a', '/b', '/c/d', '/e/0/f', '/g'];
const unknownArb: fc.Arbitrary<Tri> = fc
  .uniqueArray(fc.constantFrom(...POINTERS), { maxLength: 3 })
  .map((missing) => ({ status: 'unknown', missing }));
const triArb: fc.Arbitrary<Tri> = fc.oneof(fc.constant(YES), fc.constant(NO), unknownArb);
const partsArb = fc.array(triArb, { maxLength: 6 });

const unionOfUnknown = (parts: readonly Tri[]) =>
  new Set(parts.filter((p) => p.status === 'unknown').flatMap((p) => p.missing));

describe('three-valued logic (docs/api.md "Three-valued")', () => {
  it('all() and any() are commutative in status', () => {
    fc.assert(
      fc.property(
        partsArb.chain((parts) =>
          fc.tuple(fc.constant(parts), fc.shuffledSubarray(parts, { minLength: parts.length })),
        ),
        ([parts, shuffled]) => {
          expect(all(...shuffled).status).toBe(all(...parts).status);
          expect(any(...shuffled).status).toBe(any(...parts).status);
          expect(new Set(all(...shuffled).missing)).toEqual(new Set(all(...parts).missing));
          expect(new Set(any(...shuffled).missing)).toEqual(new Set(any(...parts).missing));
        },
      ),
    );
  });

  it('one known NO makes all() NO, whatever the unknown parts', () => {
    fc.assert(
      fc.property(partsArb, fc.nat(), (parts, position) => {
        const withNo = [...parts];
        withNo.splice(position % (parts.length + 1), 0, NO);
        expect(all(...withNo)).toEqual(NO);
      }),
    );
  });

  it('one YES makes any() YES, whatever the unknown parts', () => {
    fc.assert(
      fc.property(partsArb, fc.nat(), (parts, position) => {
        const withYes = [...parts];
        withYes.splice(position % (parts.length + 1), 0, YES);
        expect(any(...withYes)).toEqual(YES);
      }),
    );
  });

  it('all() is YES only when every part is, any() NO only when every part is', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        expect(all(...parts).status === 'satisfied').toBe(parts.every((p) => p.status === 'satisfied'));
        expect(any(...parts).status === 'not-satisfied').toBe(
          parts.every((p) => p.status === 'not-satisfied'),
        );
      }),
    );
    expect(all()).toEqual(YES);
    expect(any()).toEqual(NO);
  });

  it('not(not(x)) = x, and not swaps YES and NO', () => {
    fc.assert(
      fc.property(triArb, (x) => {
        expect(not(not(x))).toEqual(x);
      }),
    );
    expect(not(YES)).toEqual(NO);
    expect(not(NO)).toEqual(YES);
    expect(not(lacking('/a'))).toEqual(lacking('/a'));
    expect(not(OPEN)).toEqual(OPEN);
  });

  it('an unknown result carries the union of the unknown parts’ missing pointers, each once', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        for (const result of [all(...parts), any(...parts)]) {
          if (result.status !== 'unknown') continue;
          expect(new Set(result.missing)).toEqual(unionOfUnknown(parts));
          expect(result.missing.length).toBe(new Set(result.missing).size);
        }
      }),
    );
  });

  it('a decided result carries no missing pointers', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        for (const result of [all(...parts), any(...parts)]) {
          if (result.status !== 'unknown') expect(result.missing).toEqual([]);
        }
      }),
    );
  });

  it('unknown without missing facts stays unknown without missing facts', () => {
    expect(all(YES, OPEN)).toEqual(OPEN);
    expect(any(NO, OPEN)).toEqual(OPEN);
    expect(all(OPEN, lacking('/a'))).toEqual(lacking('/a'));
    expect(any(OPEN, lacking('/a'), lacking('/b', '/a'))).toEqual({
      status: 'unknown',
      missing: ['/a', '/b'],
    });
  });

  it('De Morgan holds in status', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        expect(not(all(...parts)).status).toBe(any(...parts.map(not)).status);
        expect(not(any(...parts)).status).toBe(all(...parts.map(not)).status);
      }),
    );
  });
});

describe('facts: absent and null are unknown; false and [] are known (docs/api.md "Facts")', () => {
  interface Request {
    readonly flag?: boolean | null;
    readonly count?: number | null;
    readonly text?: string | null;
    readonly list?: readonly { readonly level?: string | null }[] | null;
  }
  const ask = { en: '?', nl: '?' };
  const request = factsOf<Request>();
  const FLAG = request.at('/flag', ask);
  const COUNT = request.at('/count', ask);
  const TEXT = request.at('/text', ask);
  const LIST = request.at('/list', ask);
  const LEVEL = itemFact(LIST, '/level', ask);

  it('known() with null or undefined is unknown, naming the pointer', () => {
    const test = () => {
      throw new Error('the test must not run on an unknown fact');
    };
    expect(known(FLAG, {}, test)).toEqual(lacking('/flag'));
    expect(known(FLAG, { flag: null }, test)).toEqual({ status: 'unknown', missing: ['/flag'] });
    expect(flag(FLAG, {})).toEqual(lacking('/flag'));
  });

  it('known() with a known value takes the test’s answer (false, 0 and "" are known)', () => {
    expect(flag(FLAG, { flag: false })).toEqual(NO);
    expect(flag(FLAG, { flag: true })).toEqual(YES);
    expect(known(COUNT, { count: 0 }, (v) => v >= 0)).toEqual(YES);
    expect(known(TEXT, { text: '' }, (v) => v === 'a')).toEqual(NO);
    expect(known(COUNT, { count: 1 }, () => lacking('/y'))).toEqual(lacking('/y'));
  });

  it('someItem with [] is a known NO; absent or null is unknown', () => {
    expect(someItem(LIST, { list: [] }, () => true)).toEqual(NO);
    expect(someItem(LIST, {}, () => true)).toEqual(lacking('/list'));
    expect(someItem(LIST, { list: null }, () => true)).toEqual(lacking('/list'));
  });

  it('someItem: one satisfying item decides; item unknowns name the item pointer', () => {
    const items = [{ level: undefined }, { level: 'A2' }, { level: 'A1' }];
    const test = (item: { level?: string | null }, at: string) =>
      knownAt(LEVEL, item, at, (level) => level === 'A2');
    expect(someItem(LIST, { list: items }, test)).toEqual(YES);
    expect(someItem(LIST, { list: [items[0], items[2]] as typeof items }, test)).toEqual(
      lacking('/list/0/level'),
    );
    expect(someItem(LIST, { list: [items[2]] as typeof items }, test)).toEqual(NO);
    expect(someItem(LIST, { list: items }, (_item, at) => at === '/list/2')).toEqual(YES);
  });

  it('truth()', () => {
    expect(truth(true)).toEqual(YES);
    expect(truth(false)).toEqual(NO);
  });
});

import { describe, expect, it } from 'vitest';
import { factsOf, itemFact, pointerOf } from '../../src/engine/fact.js';

describe('a fact is typed by its pointer and read from it', () => {
  interface Request {
    readonly applicant?: {
      readonly name?: string | null;
      readonly children?: readonly { readonly age?: number | null }[] | null;
    } | null;
  }
  const request = factsOf<Request>();
  const NAME = request.at('/applicant/name', { en: 'Name?', nl: 'Naam?' });
  const CHILDREN = request.at('/applicant/children', { en: 'Children?', nl: 'Kinderen?' });
  const AGE = itemFact(CHILDREN, '/age', { en: 'Age?', nl: 'Leeftijd?' });

  it('reads the value, and undefined wherever the path is absent or null', () => {
    expect(NAME.read({ applicant: { name: 'x' } })).toBe('x');
    expect(NAME.read({ applicant: null })).toBeUndefined();
    expect(NAME.read({})).toBeUndefined();
    expect(AGE.read({ age: 3 })).toBe(3);
  });

  it("names the item fact's generic pointer under the list's", () => {
    expect(AGE.pointer).toBe('/applicant/children/*/age');
    expect(AGE.path).toBe('/age');
  });

  it('does not compile with a pointer the request does not have', () => {
    // @ts-expect-error: no such field (tsc in `npm test` fails if this compiles)
    request.at('/applicant/nmae', { en: '?', nl: '?' });
    // @ts-expect-error: no such field in a child
    itemFact(CHILDREN, '/agee', { en: '?', nl: '?' });
  });
});

describe('pointerOf: where a fact is in this case', () => {
  const request = factsOf<{ readonly list?: readonly { readonly x?: boolean | null }[] | null }>();
  const LIST = request.at('/list', { en: '?', nl: '?' });
  const X = itemFact(LIST, '/x', { en: '?', nl: '?' });

  it('is the pointer of a request fact, and the item pointer followed by the path for an item fact', () => {
    expect(pointerOf(LIST)).toBe('/list');
    expect(pointerOf(X, '/list/3')).toBe('/list/3/x');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IND_PASSAGES, ind } from '../../src/law/guidance.js';

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
    });
    expect(Object.isFrozen(citation)).toBe(true);
    expect(ind('age')).toBe(citation);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../scripts/rules-markdown.js';
import { ALL_RULES } from '../../src/rules/index.js';

const COMMITTED = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md, the rule catalogue', () => {
  it('is what `npm run docs` writes from the rules the engine runs', () => {
    // A failure here means a rule changed: run `npm run docs` (or `npm run generate`) and commit.
    expect(COMMITTED === rulesMarkdown(), 'docs/rules.md is out of date: run npm run docs').toBe(true);
  });

  it('has a section for every rule, by its id', () => {
    const sections = [...COMMITTED.matchAll(/^### (\S+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(ALL_RULES.map((rule) => rule.id));
  });

  it('names citations by reference, never quoting a stored law text', () => {
    for (const rule of ALL_RULES) {
      for (const variant of Object.keys(rule.variants)) {
        for (const citation of rule.citations(variant)) {
          if (citation.kind === 'law' && citation.text && citation.text.length > 80) {
            expect(COMMITTED.includes(citation.text), `${rule.id} quotes its law text`).toBe(false);
          }
        }
      }
    }
  });
});

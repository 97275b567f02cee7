import { describe, expect, it } from 'vitest';
import { fingerprintText, tokensOf } from '../../scripts/gen-fingerprint.js';
import { ruleSetHash } from '../../src/engine/rule-set.js';
import { allArticles } from '../../src/law/articles.js';
import fingerprint from '../../src/rules/fingerprint.json' with { type: 'json' };
import { ALL_RULES, RULE_SET_VERSION, ruleSet } from '../../src/rules/index.js';

describe('the rule set identity', () => {
  it('has a date-based version and a sha256 hash', () => {
    expect(ruleSet()).toEqual({
      version: RULE_SET_VERSION,
      hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  it('hashes data only, so it is the same on every computation', () => {
    expect(ruleSetHash(ALL_RULES, allArticles(), fingerprint.hash)).toBe(ruleSet().hash);
  });

  it('changes when a reason text changes', () => {
    const [first, ...rest] = ALL_RULES;
    if (!first) throw new Error('no rules');
    const reasons = { ...first.text.en.reasons, extra: () => 'a new reason' };
    const changed = { ...first, text: { ...first.text, en: { ...first.text.en, reasons } } };
    expect(ruleSetHash([changed, ...rest], allArticles(), fingerprint.hash)).not.toBe(ruleSet().hash);
  });

  it('changes when a law text changes', () => {
    const articles = allArticles().map((a, i) => (i === 0 ? { ...a, text: `${a.text} ` } : a));
    expect(ruleSetHash(ALL_RULES, articles, fingerprint.hash)).not.toBe(ruleSet().hash);
  });

  it('changes with the source fingerprint of the logic', () => {
    expect(ruleSetHash(ALL_RULES, allArticles(), 'sha256:other')).not.toBe(ruleSet().hash);
  });

  it('has unique rule ids, each with at least one citation per variant', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL_RULES) {
      for (const variant of Object.keys(rule.variants))
        expect(rule.citations(variant).length, rule.id).toBeGreaterThan(0);
    }
  });
});

describe('the source fingerprint of the logic (scripts/gen-fingerprint.ts)', () => {
  it('is up to date: if not, run `npm run generate` (or `npm run fingerprint`) and commit src/rules/fingerprint.json', () => {
    const stale = 'src/rules/fingerprint.json is stale: run `npm run generate` and commit it';
    expect(`${JSON.stringify(fingerprint, null, 2)}\n`, stale).toBe(fingerprintText());
  }, 60_000);

  const predicate = `export const adult = (age: number) => age >= 18;`;

  it('ignores formatting: comments, whitespace, line breaks, quote style, trailing commas', () => {
    const reformatted = `// why: the age of majority
export const adult = (
  age: number,
) =>
  age >= 18; /* RWN art. 1(1)(b) */`;
    expect(tokensOf(reformatted)).toEqual(tokensOf(predicate));
    const documented = `/** The age of majority (RWN art. 1). */\n${predicate}`;
    expect(tokensOf(documented)).toEqual(tokensOf(predicate));
    expect(tokensOf(`const t = { en: 'x', nl: "y", };`)).toEqual(tokensOf(`const t = { en: "x", nl: 'y' };`));
  });

  it('sees a changed predicate, number or text', () => {
    expect(tokensOf(predicate.replace('>=', '>'))).not.toEqual(tokensOf(predicate));
    expect(tokensOf(predicate.replace('18', '16'))).not.toEqual(tokensOf(predicate));
    const text = (level: string) => `const t = \`age \${n} (${level})\`;`;
    expect(tokensOf(text('A2'))).not.toEqual(tokensOf(text('B1')));
  });
});

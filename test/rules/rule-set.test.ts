import { describe, expect, it } from 'vitest';
import { ruleSetHash } from '../../src/engine/rule-set.js';
import { allArticles } from '../../src/law/articles.js';
import { ALL_RULES, RULE_SET_VERSION, ruleSet } from '../../src/rules/index.js';

describe('the rule set identity', () => {
  it('has a date-based version and a sha256 hash', () => {
    expect(ruleSet()).toEqual({
      version: RULE_SET_VERSION,
      hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  it('hashes data only, so it is the same on every computation', () => {
    expect(ruleSetHash(ALL_RULES, allArticles())).toBe(ruleSet().hash);
  });

  it('changes when a reason text changes', () => {
    const [first, ...rest] = ALL_RULES;
    if (!first) throw new Error('no rules');
    const reasons = { ...first.text.en.reasons, extra: () => 'a new reason' };
    const changed = { ...first, text: { ...first.text, en: { ...first.text.en, reasons } } };
    expect(ruleSetHash([changed, ...rest], allArticles())).not.toBe(ruleSet().hash);
  });

  it('changes when a law text changes', () => {
    const articles = allArticles().map((a, i) => (i === 0 ? { ...a, text: `${a.text} ` } : a));
    expect(ruleSetHash(ALL_RULES, articles)).not.toBe(ruleSet().hash);
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

import { createHash } from 'node:crypto';
import type { Article } from '../law/articles.js';
import { type AnyRule, type Facts, LANGUAGES } from './rule.js';

/**
 * A fingerprint of everything a verdict rests on: each rule's definition (ids, effects, variants,
 * citations, evidence, titles, descriptions and every reason text, rendered with placeholders) and
 * every stored law text. Only data goes in, never compiled code, so the hash is the same however
 * the sources were built. A change to a rule's condition alone bumps RULE_SET_VERSION.
 * Computed once at start-up; an auditor compares it to re-run an old assessment.
 */
const PLACEHOLDERS = new Proxy({}, { get: (_target, key) => `{${String(key)}}` }) as Facts;

export function ruleSetHash(rules: readonly AnyRule[], articles: readonly Article[]): string {
  const hash = createHash('sha256');
  for (const rule of rules) {
    hash.update(
      JSON.stringify({
        id: rule.id,
        procedure: rule.procedure,
        effect: rule.effect,
        variants: rule.variants,
        reads: rule.reads,
        citations: Object.keys(rule.variants).map((variant) => rule.citations(variant)),
        evidence: rule.evidence,
        text: LANGUAGES.map((lang) => ({
          title: rule.text[lang].title,
          description: rule.text[lang].description,
          reasons: Object.entries(rule.text[lang].reasons).map(([key, render]) => [
            key,
            (render as (facts: Facts) => string)(PLACEHOLDERS),
          ]),
        })),
      }),
    );
  }
  for (const article of articles)
    hash.update(JSON.stringify([article.id, article.validFrom, article.validTo, article.text]));
  return `sha256:${hash.digest('hex')}`;
}

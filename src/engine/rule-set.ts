import { createHash } from 'node:crypto';
import type { Article } from '../law/articles.js';
import type { CitationSource } from '../law/cite.js';
import { type AnyRule, type Facts, LANGUAGES } from './rule.js';

/**
 * A fingerprint of everything a verdict rests on: the logic's source fingerprint (the rule,
 * engine, parameter, calendar, law and text modules read as tokens, with the law data:
 * `scripts/gen-fingerprint.ts`, so a predicate or parameter change shows without a version bump),
 * then each rule's definition as it runs (ids, effects, variants, cited provisions, evidence,
 * titles, descriptions and every reason text, rendered with placeholders) and every stored
 * wording of the law. Only data goes in, never compiled code, so the hash is the same however
 * the sources were built. Computed once at start-up; an auditor compares it to re-run an old
 * assessment.
 */
const PLACEHOLDERS = new Proxy({}, { get: (_target, key) => `{${String(key)}}` }) as Facts;

/** A citation as declared: a provision by article and its pinpoint in each wording. */
function declared(source: CitationSource): unknown {
  if (source.kind !== 'provision') return source;
  return { articleId: source.articleId, at: source.wordings.map((w) => [w.version.validFrom, w.at]) };
}

export function ruleSetHash(
  rules: readonly AnyRule[],
  articles: readonly Article[],
  sourceFingerprint: string,
): string {
  const hash = createHash('sha256');
  hash.update(sourceFingerprint);
  for (const rule of rules) {
    hash.update(
      JSON.stringify({
        id: rule.id,
        procedure: rule.procedure,
        effect: rule.effect,
        variants: rule.variants,
        reads: rule.reads.map((fact) => fact.pointer),
        formulations: rule.formulations?.map((f) => [f.from, f.to ?? null]),
        citations: Object.keys(rule.variants).map((variant) => rule.citations(variant).map(declared)),
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

import { type Day, day } from '../calendar/date.js';
import type { CitationSource } from '../law/cite.js';
import type { Status, Tri } from './tri.js';

// Each vocabulary is one list; its type and the schema enum are derived from it.
export const LANGUAGES = ['en', 'nl'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type Localized<T> = { readonly [L in Lang]: T };

export const PROCEDURES = ['residence', 'naturalisation'] as const;
export type Procedure = (typeof PROCEDURES)[number];

export const EFFECTS = [
  'not-applicable',
  'requirement-met',
  'exempt',
  'partially-exempt',
  'component-not-required',
  'dispensation-possible',
  'manual-review',
  'requirement-applies',
  'information',
] as const;
export type Effect = (typeof EFFECTS)[number];

/** Derived facts a reason text may quote: ages, day counts, dates of law. Never raw identifiers. */
export type Facts = Readonly<Record<string, string | number>>;

/** The reason every rule shares for an unknown status with missing facts. */
export const MISSING = 'missing';

/** An information rule that has nothing to say in a case returns this reason and is left out. */
export const SILENT = 'silent';

export interface Finding<R extends string = string> {
  readonly status: Status;
  readonly missing: readonly string[];
  readonly reason: R | typeof MISSING;
  readonly facts?: Facts;
}

export interface RuleTexts<R extends string> {
  readonly title: string;
  readonly description: string;
  readonly reasons: { readonly [K in R]: (facts: Facts) => string };
}

/** The dates a rule is judged on; procedures extend it with what else their rules read. */
export interface BaseContext {
  readonly applicationDate: Day;
  readonly decisionDate: Day | undefined;
}

export type Findings = ReadonlyMap<string, Finding>;

/** The span of dates on which a rule is in force for a given variant (a permit, say). */
export interface Validity {
  readonly from: string;
  readonly to?: string;
}

/** Whether a validity (both ends inclusive) covers the day; no validity covers nothing. */
export function inForce(validity: Validity | undefined, on: Day): boolean {
  return (
    validity !== undefined &&
    on >= day(validity.from) &&
    (validity.to === undefined || on <= day(validity.to))
  );
}

export interface Rule<
  I = unknown,
  C extends BaseContext = BaseContext,
  V extends string = string,
  R extends string = string,
> {
  readonly id: string;
  readonly procedure: Procedure;
  readonly effect: Effect;
  /** The variants (residence: permits) the rule applies to, each with its own validity. */
  readonly variants: Readonly<Partial<Record<V, Validity>>>;
  /** The request fields the rule reads, as JSON pointers (`*` for any list index). */
  readonly reads: readonly string[];
  /** What the rule rests on; the plan quotes each provision in the wording of its dates. */
  readonly citations: (variant: V) => readonly CitationSource[];
  readonly evidence: Localized<readonly string[]>;
  readonly text: Localized<RuleTexts<R>>;
  /** Earlier rules' findings are visible through `prior` (review rules read them). */
  readonly evaluate: (input: I, context: C, prior: Findings) => Finding<R>;
}

/** Turns a tri-state answer into a finding with the reason for its status. */
export function decide<R extends string>(
  tri: Tri,
  reasons: { readonly satisfied: R; readonly notSatisfied: R; readonly open?: R },
  facts?: Facts,
): Finding<R> {
  let reason: R | typeof MISSING;
  if (tri.status === 'satisfied') reason = reasons.satisfied;
  else if (tri.status === 'not-satisfied') reason = reasons.notSatisfied;
  else if (tri.missing.length > 0) reason = MISSING;
  else if (reasons.open) reason = reasons.open;
  else throw new Error('an open (unknown without missing facts) answer needs its own reason');
  return facts
    ? { status: tri.status, missing: tri.missing, reason, facts }
    : { status: tri.status, missing: tri.missing, reason };
}

/** A rule, frozen with its data (texts, evidence, validity) so nothing can change it after start-up. */
export function defineRule<I, C extends BaseContext, V extends string, R extends string>(
  rule: Rule<I, C, V, R>,
): Rule<I, C, V, R> {
  for (const lang of LANGUAGES) {
    Object.freeze(rule.evidence[lang]);
    Object.freeze(rule.text[lang].reasons);
    Object.freeze(rule.text[lang]);
  }
  Object.freeze(rule.evidence);
  Object.freeze(rule.text);
  for (const validity of Object.values(rule.variants)) Object.freeze(validity);
  Object.freeze(rule.variants);
  return Object.freeze(rule);
}

/** The reason of the first part that decides a conjunction negatively: the "why not". */
export function firstFailing<R extends string>(parts: readonly (readonly [Tri, R])[], fallback: R): R {
  for (const [tri, reason] of parts) if (tri.status === 'not-satisfied') return reason;
  return fallback;
}

/** A rule of either procedure, for code that handles them all alike (catalogue, hash). */
// biome-ignore lint/suspicious/noExplicitAny: the procedures' input and context types differ
export type AnyRule = Rule<any, any, any>;

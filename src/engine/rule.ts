import { type Day, day } from '../calendar/date.js';
import type { CitationSource } from '../law/cite.js';
import type { AnyFact } from './fact.js';
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
  /**
   * The facts the rule reads, from its procedure's registry (`src/rules/<procedure>/facts.ts`); a
   * fact it reports missing is one of these or one its dependencies read (a test checks).
   */
  readonly reads: readonly AnyFact[];
  /** What the rule rests on; the plan quotes each provision in the wording of its dates. */
  readonly citations: (variant: V) => readonly CitationSource[];
  readonly evidence: Localized<readonly string[]>;
  readonly text: Localized<RuleTexts<R>>;
  /**
   * The rules whose findings this one reads (through `findingOf(prior, rule)`): declared by
   * reference, so the evaluation order is derived from them (orderByDependencies) and a missing or
   * circular dependency stops the service at start-up.
   */
  readonly dependsOn?: readonly Rule<I, C, V>[];
  /** Partial and met rules: the exam components (naturalisation) the rule relieves when satisfied. */
  readonly relieves?: readonly string[];
  /** The findings of the rules it depends on are visible through `prior`. */
  readonly evaluate: (input: I, context: C, prior: Findings) => Finding<R>;
  /**
   * Where the law changed how the rule is judged: one formulation per span of application dates
   * (OpenFisca's dated formulas), covering every date the rule is in force without gap; the plan
   * picks the one in force, so no predicate tests a date of law. `evaluate` is then the newest.
   */
  readonly formulations?: readonly Formulation<I, C, R>[];
}

/** How a rule is judged from one date of law to the next (both ends inclusive). */
export interface Formulation<I, C extends BaseContext, R extends string> {
  readonly from: string;
  readonly to?: string;
  readonly evaluate: (input: I, context: C, prior: Findings) => Finding<R>;
}

/** The rule as judged on the day: its formulation in force then, or the rule itself. */
export function formulationOn<Ru extends Rule<never, never, never, string>>(rule: Ru, on: Day): Ru {
  if (!rule.formulations) return rule;
  const found = rule.formulations.find((f) => inForce(f, on));
  if (!found) throw new RangeError(`${rule.id} has no formulation in force on day ${on}`);
  return Object.freeze({ ...rule, evaluate: found.evaluate });
}

/** The finding of a rule this one depends on (undefined when that rule is not in force on the date). */
export function findingOf(prior: Findings, rule: { readonly id: string }): Finding | undefined {
  return prior.get(rule.id);
}

/**
 * The evaluation order: every rule after the rules it depends on, otherwise in the given (catalogue)
 * order. Throws when a dependency is not among the rules or the dependencies form a cycle, so a
 * broken rule set never starts.
 */
export function orderByDependencies<T extends { readonly id: string; readonly dependsOn?: readonly T[] }>(
  rules: readonly T[],
): readonly T[] {
  const present = new Set(rules);
  for (const rule of rules)
    for (const dependency of rule.dependsOn ?? [])
      if (!present.has(dependency))
        throw new Error(`${rule.id} depends on ${dependency.id}, which is not in the rule set`);
  const ordered: T[] = [];
  const placed = new Set<T>();
  while (ordered.length < rules.length) {
    const next = rules.find((r) => !placed.has(r) && (r.dependsOn ?? []).every((d) => placed.has(d)));
    if (!next) {
      const stuck = rules.filter((r) => !placed.has(r)).map((r) => r.id);
      throw new Error(`the rules' dependencies form a cycle: ${stuck.join(', ')}`);
    }
    ordered.push(next);
    placed.add(next);
  }
  return Object.freeze(ordered);
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
  if (rule.formulations)
    checkFormulations(rule.id, rule.variants as Record<string, Validity>, rule.evaluate, rule.formulations);
  return Object.freeze(rule);
}

/** Formulations follow each other without gap from the rule's first day, the last one open-ended. */
function checkFormulations(
  id: string,
  variants: Readonly<Record<string, Validity>>,
  evaluate: unknown,
  formulations: readonly { readonly from: string; readonly to?: string; readonly evaluate: unknown }[],
): void {
  let expected = Math.min(...Object.values(variants).map((v) => day(v.from)));
  for (const [i, f] of formulations.entries()) {
    const starts = day(f.from);
    const last = i === formulations.length - 1;
    if ((i === 0 ? starts > expected : starts !== expected) || (f.to === undefined) !== last)
      throw new Error(`${id}: its formulations leave a gap or overlap at ${f.from}`);
    if (f.to !== undefined) expected = day(f.to) + 1;
    Object.freeze(f);
  }
  if (evaluate !== formulations.at(-1)?.evaluate)
    throw new Error(`${id}: evaluate must be its newest formulation`);
  Object.freeze(formulations);
}

/** The reason of the first part that decides a conjunction negatively: the "why not". */
export function firstFailing<R extends string>(parts: readonly (readonly [Tri, R])[], fallback: R): R {
  for (const [tri, reason] of parts) if (tri.status === 'not-satisfied') return reason;
  return fallback;
}

/** A rule of either procedure, for code that handles them all alike (catalogue, hash). */
// biome-ignore lint/suspicious/noExplicitAny: the procedures' input and context types differ
export type AnyRule = Rule<any, any, any>;

import type { Day } from '../calendar/date.js';
import type { AnyFact } from './fact.js';
import type { Evaluated } from './outcome.js';
import type { BaseContext, Findings, Localized, Procedure, Rule } from './rule.js';

export const OUTCOMES = [
  'not-applicable',
  'requirement-met',
  'exempt',
  'insufficient-information',
  'manual-review',
  'dispensation-possible',
  'partially-exempt',
  'requirement-applies',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const AUTHORITIES = ['IND', 'DUO', 'municipality', 'embassy', 'applicant'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export interface NextStep {
  readonly code: string;
  readonly authority: Authority;
  readonly text: Localized<string>;
}

export const COMPONENT_STATUSES = ['required', 'passed', 'exempt', 'not-required', 'unknown'] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export interface ComponentResult {
  readonly component: string;
  readonly status: ComponentStatus;
  readonly rules: readonly string[];
}

/** What one procedure brings to the shared engine: its rules, its context, and what it says after. */
export interface ProcedureDefinition<I, C extends BaseContext, V extends string> {
  readonly id: Procedure;
  readonly rules: readonly Rule<I, C, V>[];
  /**
   * Its registry of facts (`src/rules/<procedure>/facts.ts`): every fact its rules may read, with
   * the question a missing one is asked with. A rule reading a fact outside it stops start-up.
   */
  readonly facts: readonly AnyFact[];
  /** The rule variant a case falls under (residence: the permit applied for). */
  readonly variantOf: (input: I) => V;
  /** Facts derived once per case (parsed dates, merged periods) for the rules to read. */
  readonly context: (input: I, applicationDate: Day) => C;
  /** The application date as the request gives it, if it does. */
  readonly applicationDateOf: (input: I) => string | null | undefined;
  readonly decisionDateOf: (input: I) => string | null | undefined;
  /**
   * Two reference dates (revision 2, R2-1; docs/api.md): when the request gives a decision date, the two contexts in
   * which each date is the only one (residence: the age rules judged on the application date alone,
   * then on the decision date alone); undefined when there is one reference date.
   */
  readonly singleDateContexts?: (input: I, context: C) => readonly [C, C] | undefined;
  /**
   * The review rule that answers for a difference between the two reference dates (RES-REVIEW-AGE).
   * Its texts have the reasons DATES_DIFFER and SAME_ON_BOTH_DATES, which the engine gives it.
   */
  readonly dateReview?: Rule<I, C, V>;
  /** Exam components (naturalisation only): derived from the findings. */
  readonly components?: (
    input: I,
    context: C,
    findings: Findings,
    evaluated: readonly Evaluated[],
  ) => readonly ComponentResult[];
  readonly nextSteps: (outcome: Outcome, findings: Findings, context: C) => readonly NextStep[];
}

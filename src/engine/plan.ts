import { type Day, day } from '../calendar/date.js';
import { type Citation, type LawCitation, markLater } from '../law/cite.js';
import type { ProcedureDefinition } from './procedure.js';
import { type BaseContext, inForce, orderByDependencies, type Rule, type Validity } from './rule.js';

export interface Source {
  readonly law: string;
  readonly versionDate: string;
}

/** The rules in force for one variant on one application date, with the citations they show then. */
export interface Plan<I, C extends BaseContext, V extends string> {
  readonly rules: readonly Rule<I, C, V>[];
  readonly citations: readonly (readonly Citation[])[];
  readonly sources: readonly Source[];
}

/**
 * Plans depend only on the variant and on which side of each date of law the application date
 * falls (a rule's validity, a quoted text's version date), so they are built once per such span
 * and reused: nothing that can be done at start-up is done per request.
 */
export class Planner<I, C extends BaseContext, V extends string> {
  private readonly boundaries: readonly Day[];
  private readonly cache = new Map<string, Plan<I, C, V>>();
  /** Every rule after those it depends on; checked here, at start-up. */
  private readonly order: readonly Rule<I, C, V>[];

  constructor(private readonly procedure: ProcedureDefinition<I, C, V>) {
    this.order = orderByDependencies(procedure.rules);
    const days = new Set<Day>();
    for (const rule of procedure.rules) {
      for (const variant of Object.keys(rule.variants) as V[]) {
        for (const boundary of lawBoundaries(rule, variant)) days.add(boundary.day);
      }
    }
    this.boundaries = [...days].sort((a, b) => a - b);
  }

  plan(variant: V, applicationDate: Day): Plan<I, C, V> {
    const epoch = countAtMost(this.boundaries, applicationDate);
    const key = `${variant}|${epoch}`;
    let plan = this.cache.get(key);
    if (!plan) {
      plan = this.build(variant, applicationDate);
      this.cache.set(key, plan);
    }
    return plan;
  }

  private build(variant: V, applicationDate: Day): Plan<I, C, V> {
    const rules = this.order.filter((rule) => inForce(rule.variants[variant], applicationDate));
    const citations = rules.map((rule) =>
      Object.freeze(
        rule
          .citations(variant)
          .map((c) =>
            c.kind === 'law' && day(c.versionDate) > applicationDate ? markLater(c as LawCitation) : c,
          ),
      ),
    );
    const sources = new Map<string, Source>();
    for (const citation of citations.flat()) {
      if (citation.kind !== 'law') continue;
      const key = `${citation.title}|${citation.versionDate}`;
      if (!sources.has(key))
        sources.set(key, Object.freeze({ law: citation.title, versionDate: citation.versionDate }));
    }
    return Object.freeze({ rules, citations, sources: Object.freeze([...sources.values()]) });
  }
}

/** A date of law on which a rule's plan for a variant changes: the rule comes into force, ends, or quotes a new text. */
export interface LawBoundary {
  readonly day: Day;
  readonly kind: 'rule-in-force' | 'rule-ended' | 'law-version';
  readonly rule: string;
  /** The law whose new version is quoted (`law-version` only). */
  readonly law?: string;
}

/** The dates of law of one rule for one variant; the planner's epochs and the timeline's events. */
export function lawBoundaries<I, C extends BaseContext, V extends string>(
  rule: Rule<I, C, V>,
  variant: V,
): LawBoundary[] {
  const validity: Validity | undefined = rule.variants[variant];
  if (!validity) return [];
  const out: LawBoundary[] = [{ day: day(validity.from), kind: 'rule-in-force', rule: rule.id }];
  if (validity.to) out.push({ day: day(validity.to) + 1, kind: 'rule-ended', rule: rule.id });
  for (const citation of rule.citations(variant)) {
    if (citation.kind === 'law')
      out.push({ day: day(citation.versionDate), kind: 'law-version', rule: rule.id, law: citation.title });
  }
  return out;
}

/** How many of the sorted days are on or before `on` (binary search). */
function countAtMost(sorted: readonly Day[], on: Day): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as Day) <= on) low = mid + 1;
    else high = mid;
  }
  return low;
}

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
      for (const [variant, validity] of Object.entries(rule.variants) as [V, Validity][]) {
        days.add(day(validity.from));
        if (validity.to) days.add(day(validity.to) + 1);
        for (const citation of rule.citations(variant)) {
          if (citation.kind === 'law') days.add(day(citation.versionDate));
        }
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

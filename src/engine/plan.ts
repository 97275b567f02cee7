import { type Day, day } from '../calendar/date.js';
import { consolidationDays } from '../law/articles.js';
import { type Citation, type CitationSource, citationOn, type LawCitation } from '../law/cite.js';
import type { ProcedureDefinition } from './procedure.js';
import {
  type BaseContext,
  formulationOn,
  inForce,
  orderByDependencies,
  type Rule,
  type Validity,
} from './rule.js';

export interface Source {
  readonly law: string;
  readonly versionDate: string;
}

/**
 * The rules in force for one variant on one application date, with the citations they show
 * then (and, where the decision date falls under another wording, that wording beside it).
 */
export interface Plan<I, C extends BaseContext, V extends string> {
  readonly rules: readonly Rule<I, C, V>[];
  readonly citations: readonly (readonly Citation[])[];
  /** Per rule: the citations that quote a later wording because none in force is stored (its reason says so). */
  readonly later: readonly (readonly LawCitation[])[];
  readonly sources: readonly Source[];
}

/**
 * Plans depend only on the variant and on which side of each date of law the reference dates
 * fall (a rule's validity or formulation, a wording's validity, a consolidation date), so they
 * are built once per such span and reused: nothing that can be done at start-up is done per
 * request. The cited provisions are declared once, so every plan shares their citation objects.
 */
/** More plans than any real traffic needs (variants × spans of the application and decision dates). */
const MAX_PLANS = 4096;

export class Planner<I, C extends BaseContext, V extends string> {
  private readonly boundaries: readonly Day[];
  private readonly cache = new Map<string, Plan<I, C, V>>();
  private readonly declared = new Map<string, readonly CitationSource[]>();
  /** Every rule after those it depends on; checked here, at start-up. */
  private readonly order: readonly Rule<I, C, V>[];

  constructor(procedure: ProcedureDefinition<I, C, V>) {
    this.order = orderByDependencies(procedure.rules);
    const days = new Set<Day>();
    for (const rule of procedure.rules) {
      for (const variant of Object.keys(rule.variants) as V[]) {
        this.declared.set(`${rule.id}|${variant}`, rule.citations(variant));
        for (const boundary of lawBoundaries(rule, variant)) days.add(boundary.day);
      }
    }
    this.boundaries = [...days].sort((a, b) => a - b);
  }

  plan(variant: V, applicationDate: Day, decisionDate?: Day): Plan<I, C, V> {
    const decisionEpoch = decisionDate === undefined ? '' : countAtMost(this.boundaries, decisionDate);
    const key = `${variant}|${countAtMost(this.boundaries, applicationDate)}|${decisionEpoch}`;
    let plan = this.cache.get(key);
    if (!plan) {
      // Two reference dates make many spans possible: a bound keeps arbitrary dates from filling memory.
      if (this.cache.size >= MAX_PLANS) this.cache.clear();
      plan = this.build(variant, applicationDate, decisionDate);
      this.cache.set(key, plan);
    }
    return plan;
  }

  private build(variant: V, applicationDate: Day, decisionDate: Day | undefined): Plan<I, C, V> {
    const rules = this.order
      .filter((rule) => inForce(rule.variants[variant], applicationDate))
      .map((rule) => formulationOn(rule, applicationDate));
    const citations = rules.map((rule) =>
      Object.freeze(
        (this.declared.get(`${rule.id}|${variant}`) ?? []).flatMap((s) =>
          citationsOn(s, applicationDate, decisionDate),
        ),
      ),
    );
    const later = citations.map(laterQuotes);
    const sources = new Map<string, Source>();
    for (const citation of citations.flat()) {
      if (citation.kind !== 'law') continue;
      const key = `${citation.title}|${citation.versionDate}`;
      if (!sources.has(key))
        sources.set(key, Object.freeze({ law: citation.title, versionDate: citation.versionDate }));
    }
    return Object.freeze({ rules, citations, later, sources: Object.freeze([...sources.values()]) });
  }
}

/** The citations that quote a wording dated after the reference date, because none in force is stored (R2-8). */
function laterQuotes(citations: readonly Citation[]): readonly LawCitation[] {
  return Object.freeze(citations.filter((c): c is LawCitation => c.kind === 'law' && c.laterText === true));
}

/** A date of law on which a rule's plan for a variant changes: the rule (or a dated formulation of it) comes into force, it ends, or a text it quotes changes. */
export interface LawBoundary {
  readonly day: Day;
  readonly kind: 'rule-in-force' | 'rule-ended' | 'law-version';
  readonly rule: string;
  /** The law whose text or consolidation changes (`law-version` only). */
  readonly law?: string;
}

/** The dates of law of one rule for one variant: the planner's spans and the timeline's events. */
export function lawBoundaries<I, C extends BaseContext, V extends string>(
  rule: Rule<I, C, V>,
  variant: V,
): LawBoundary[] {
  const validity: Validity | undefined = rule.variants[variant];
  if (!validity) return [];
  const out: LawBoundary[] = [{ day: day(validity.from), kind: 'rule-in-force', rule: rule.id }];
  if (validity.to) out.push({ day: day(validity.to) + 1, kind: 'rule-ended', rule: rule.id });
  for (const f of rule.formulations ?? [])
    out.push({ day: day(f.from), kind: 'rule-in-force', rule: rule.id });
  for (const source of rule.citations(variant)) {
    const law = source.kind === 'provision' ? source.wordings[0]?.version.law : source.title;
    for (const d of datesOfLaw(source)) out.push({ day: d, kind: 'law-version', rule: rule.id, law });
  }
  return out;
}

/** The days on which what a citation shows can change. */
function datesOfLaw(source: CitationSource): Day[] {
  if (source.kind === 'law') return [day(source.versionDate)];
  if (source.kind !== 'provision') return [];
  return source.wordings.flatMap(({ version }) => [
    day(version.validFrom),
    ...(version.validTo ? [day(version.validTo) + 1] : []),
    ...consolidationDays(version.bwbId),
  ]);
}

/**
 * The citation on the application date and, where the decision date quotes other words, the
 * decision-date citation beside it (marked `asOf: 'decisionDate'`).
 */
function citationsOn(
  source: CitationSource,
  applicationDate: Day,
  decisionDate: Day | undefined,
): Citation[] {
  const onApplication = citationOn(source, applicationDate);
  if (decisionDate === undefined || source.kind !== 'provision') return [onApplication];
  const onDecision = citationOn(source, decisionDate) as LawCitation;
  const application = onApplication as LawCitation;
  if (onDecision.text === application.text && onDecision.paragraph === application.paragraph)
    return [onApplication];
  return [onApplication, Object.freeze({ ...onDecision, asOf: 'decisionDate' as const })];
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

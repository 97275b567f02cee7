import { type Day, day } from '../calendar/date.js';
import { LATER_TEXT_NOTE } from '../i18n/citations.js';
import { consolidationDays } from '../law/articles.js';
import { type Citation, type CitationSource, citationOn, type LawCitation } from '../law/cite.js';
import type { ProcedureDefinition } from './procedure.js';
import {
  type BaseContext,
  formulationOn,
  inForce,
  type Localized,
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
  /** Per rule: what its reason adds about the quoted wordings (a later one quoted), if anything. */
  readonly notes: readonly (Localized<string> | undefined)[];
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

  constructor(private readonly procedure: ProcedureDefinition<I, C, V>) {
    const days = new Set<Day>();
    for (const rule of procedure.rules) {
      for (const [variant, validity] of Object.entries(rule.variants) as [V, Validity][]) {
        days.add(day(validity.from));
        if (validity.to) days.add(day(validity.to) + 1);
        for (const f of rule.formulations ?? []) days.add(day(f.from));
        const sources = rule.citations(variant);
        this.declared.set(`${rule.id}|${variant}`, sources);
        for (const source of sources) for (const d of datesOfLaw(source)) days.add(d);
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
    const rules = this.procedure.rules
      .filter((rule) => inForce(rule.variants[variant], applicationDate))
      .map((rule) => formulationOn(rule, applicationDate));
    const citations = rules.map((rule) =>
      Object.freeze(
        (this.declared.get(`${rule.id}|${variant}`) ?? []).flatMap((s) =>
          citationsOn(s, applicationDate, decisionDate),
        ),
      ),
    );
    const notes = citations.map(laterTextNote);
    const sources = new Map<string, Source>();
    for (const citation of citations.flat()) {
      if (citation.kind !== 'law') continue;
      const key = `${citation.title}|${citation.versionDate}`;
      if (!sources.has(key))
        sources.set(key, Object.freeze({ law: citation.title, versionDate: citation.versionDate }));
    }
    return Object.freeze({ rules, citations, notes, sources: Object.freeze([...sources.values()]) });
  }
}

/**
 * What the ground's reason must add when a citation quotes a later wording because none in force
 * on the reference date is stored (R2-8); undefined when every quote is in force.
 */
function laterTextNote(citations: readonly Citation[]): Localized<string> | undefined {
  const later = citations.filter((c): c is LawCitation => c.kind === 'law' && c.laterText === true);
  if (later.length === 0) return undefined;
  return Object.freeze({
    en: later.map((c) => LATER_TEXT_NOTE.en(c)).join(' '),
    nl: later.map((c) => LATER_TEXT_NOTE.nl(c)).join(' '),
  });
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

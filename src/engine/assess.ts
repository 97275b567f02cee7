import { day } from '../calendar/date.js';
import type { Citation, LawCitation } from '../law/cite.js';
import { inLanguage } from '../law/guidance.js';
import {
  type Decision,
  decideOutcome,
  type Evaluated,
  KIND_OF,
  KIND_RANK,
  requirementAppliesFor,
} from './outcome.js';
import { Planner, type Source } from './plan.js';
import { genericPointer } from './pointers.js';
import type { ComponentResult, Outcome, ProcedureDefinition } from './procedure.js';
import {
  type BaseContext,
  type Effect,
  type Facts,
  type Finding,
  type Findings,
  LANGUAGES,
  type Lang,
  type Localized,
  MISSING,
  type Procedure,
  type Rule,
  SILENT,
} from './rule.js';
import type { Status } from './tri.js';
import type { Wording } from './wording.js';

export interface Ground {
  readonly rule: string;
  readonly effect: Effect;
  readonly status: Status;
  readonly title: string;
  readonly reason: string;
  readonly citations: readonly Citation[];
  readonly evidence: readonly string[];
  readonly missingFacts: readonly string[];
  /** Only where the status differs between the two reference dates (R2-1). */
  readonly statusByDate?: StatusByDate;
}

export interface StatusByDate {
  readonly applicationDate: Status;
  readonly decisionDate: Status;
}

/** The reasons the engine gives a procedure's date-review rule (R2-1): its texts must have both. */
export const DATES_DIFFER = 'datesDiffer';
export const SAME_ON_BOTH_DATES = 'sameOnBothDates';

export interface MissingFact {
  readonly pointer: string;
  readonly rules: readonly string[];
  readonly question: string;
  /** Whether the fact can still change the outcome (decisive facts come first). */
  readonly decisive: boolean;
}

export interface Verdict {
  readonly procedure: Procedure;
  readonly outcome: Outcome;
  readonly requirementApplies: boolean | null;
  readonly headline: string;
  readonly grounds: readonly Ground[];
  readonly missingFacts: readonly MissingFact[];
  readonly components?: readonly ComponentResult[];
  readonly nextSteps: readonly { readonly code: string; readonly authority: string; readonly text: string }[];
  readonly assessment: {
    readonly applicationDate: string;
    readonly decisionDate: string | null;
    readonly language: Lang;
  };
  readonly ruleSet: { readonly version: string; readonly hash: string; readonly sources: readonly Source[] };
  readonly notice: string;
}

export interface RuleSetIdentity {
  readonly version: string;
  readonly hash: string;
}

export interface AssessOptions {
  /** The default application date (today in Europe/Amsterdam), YYYY-MM-DD. */
  readonly today: string;
  readonly lang: Lang;
}

interface Evaluation {
  readonly findings: Map<string, Finding>;
  readonly evaluated: Evaluated[];
  readonly components: readonly ComponentResult[] | undefined;
  readonly decision: Decision;
}

const DUTCH_CITATIONS = new WeakMap<readonly Citation[], readonly Citation[]>();

/**
 * A plan's citations as a verdict in `lang` shows them (the Dutch IND passage in a Dutch verdict),
 * made once per plan and kept frozen, so that the serialiser's byte cache still applies.
 */
function localized(citations: readonly Citation[], lang: Lang): readonly Citation[] {
  if (lang === 'en') return citations;
  let dutch = DUTCH_CITATIONS.get(citations);
  if (!dutch) {
    dutch = Object.freeze(citations.map((c) => inLanguage(c, lang)));
    DUTCH_CITATIONS.set(citations, dutch);
  }
  return dutch;
}

/** The most unknown rules lacking one fact whose every combination is tried (2^n outcomes). */
const MAX_FLIPPED = 6;
const FLIPPED_YES: Finding = Object.freeze({ status: 'satisfied', missing: [], reason: MISSING });
const FLIPPED_NO: Finding = Object.freeze({ status: 'not-satisfied', missing: [], reason: MISSING });

function dateFinding(status: Status, reason: string, facts: Facts): Finding {
  return { status, missing: [], reason, facts };
}

/** Kinds whose titles explain an outcome in the headline. */
const HEADLINE_OUTCOMES: ReadonlySet<Outcome> = new Set([
  'not-applicable',
  'requirement-met',
  'exempt',
  'manual-review',
  'dispensation-possible',
  'partially-exempt',
]);

/**
 * The engine: evaluates every rule in force for the case, applies the outcome precedence and
 * assembles the verdict in one language. Pure: no I/O, no framework, no clock (today is given).
 */
export class Assessor<I, C extends BaseContext, V extends string> {
  private readonly planner: Planner<I, C, V>;
  private readonly byId: ReadonlyMap<string, Rule<I, C, V>>;
  /** The question of each fact in the procedure's registry, by its generic pointer. */
  private readonly questions: ReadonlyMap<string, Localized<string>>;

  constructor(
    private readonly procedure: ProcedureDefinition<I, C, V>,
    private readonly ruleSet: () => RuleSetIdentity,
    private readonly documentOrder: (a: string, b: string) => number,
    private readonly wording: Wording,
  ) {
    this.planner = new Planner(procedure);
    this.byId = new Map(procedure.rules.map((rule) => [rule.id, rule]));
    this.questions = new Map(procedure.facts.map((fact) => [fact.pointer, fact.question]));
    const registered = new Set(procedure.facts);
    for (const rule of procedure.rules)
      for (const fact of rule.reads)
        if (!registered.has(fact))
          throw new Error(
            `${rule.id} reads ${fact.pointer}, which is not in the ${procedure.id} registry of facts`,
          );
    const review = procedure.dateReview;
    for (const lang of LANGUAGES)
      for (const reason of [DATES_DIFFER, SAME_ON_BOTH_DATES])
        if (review && !(reason in review.text[lang].reasons))
          throw new Error(`${review.id} has no ${lang} text for reason ${reason}`);
  }

  assess(input: I, options: AssessOptions): Verdict {
    const { lang } = options;
    const applicationDateText = this.procedure.applicationDateOf(input) ?? options.today;
    const applicationDate = day(applicationDateText);
    const decisionDateText = this.procedure.decisionDateOf(input);
    const decisionDate = decisionDateText ? day(decisionDateText) : undefined;
    const plan = this.planner.plan(this.procedure.variantOf(input), applicationDate, decisionDate);
    const context = this.procedure.context(input, applicationDate);
    const run = this.evaluate(plan.rules, input, context);
    const byDate = this.onEachDate(plan.rules, input, context, run);
    const { findings, evaluated, components } = run;
    const decision = byDate?.decision ?? run.decision;
    this.checkReviewed(decision, findings);

    const grounds: Ground[] = [];
    plan.rules.forEach((rule, i) => {
      const finding = findings.get(rule.id) as Finding;
      if (rule.effect === 'information' && finding.reason === SILENT) return;
      const statusByDate = byDate?.statusByDate.get(rule.id);
      grounds.push({
        rule: rule.id,
        effect: rule.effect,
        status: finding.status,
        title: rule.text[lang].title,
        reason: this.withLaterText(this.reason(rule, finding, lang), plan.later[i] ?? [], lang),
        citations: localized(plan.citations[i] as readonly Citation[], lang),
        evidence: rule.evidence[lang],
        missingFacts: finding.missing,
        ...(statusByDate ? { statusByDate } : {}),
      });
    });

    return {
      procedure: this.procedure.id,
      outcome: decision.outcome,
      requirementApplies: requirementAppliesFor(decision.outcome),
      headline: this.headline(decision.outcome, decision.deciding, lang),
      grounds,
      missingFacts: this.missingFacts(evaluated, lang, (rules) =>
        byDate ? true : this.couldChange(run, input, context, rules),
      ),
      ...(components ? { components } : {}),
      nextSteps: this.procedure
        .nextSteps(decision.outcome, findings, context)
        .map((s) => ({ code: s.code, authority: s.authority, text: s.text[lang] })),
      assessment: {
        applicationDate: applicationDateText,
        decisionDate: decisionDateText ?? null,
        language: lang,
      },
      ruleSet: { ...this.ruleSet(), sources: plan.sources },
      notice: this.wording.notice(lang),
    };
  }

  /** Every rule in plan order, each seeing the findings of the rules before it; then the outcome. */
  private evaluate(rules: readonly Rule<I, C, V>[], input: I, context: C): Evaluation {
    const findings = new Map<string, Finding>();
    const evaluated: Evaluated[] = [];
    for (const rule of rules) {
      const finding = rule.evaluate(input, context, findings);
      findings.set(rule.id, finding);
      evaluated.push({ id: rule.id, effect: rule.effect, finding, relieves: rule.relieves });
    }
    const components = this.procedure.components?.(input, context, findings, evaluated);
    return { findings, evaluated, components, decision: decideOutcome(evaluated, components) };
  }

  /**
   * R2-1: with a decision date, the outcome is decided on each reference date as if it were the only
   * one. Where some rule's status differs between the dates, the same outcome on both is the outcome
   * (the date-review rule says the answer is the same on both dates); different outcomes are a
   * manual review, and the date-review rule names both. The grounds keep the findings judged on both
   * dates together (their reasons speak of both), with the status on each date beside them.
   */
  private onEachDate(
    rules: readonly Rule<I, C, V>[],
    input: I,
    context: C,
    run: Evaluation,
  ): { decision: Decision; statusByDate: ReadonlyMap<string, StatusByDate> } | undefined {
    const single = this.procedure.singleDateContexts?.(input, context);
    const review = this.procedure.dateReview;
    if (!single || !review || !rules.includes(review)) return undefined;
    const [onApplication, onDecision] = single.map((c) => this.evaluate(rules, input, c)) as [
      Evaluation,
      Evaluation,
    ];
    const statusByDate = new Map<string, StatusByDate>();
    for (const { id, finding } of onApplication.evaluated) {
      const other = onDecision.findings.get(id) as Finding;
      if (other.status !== finding.status)
        statusByDate.set(id, { applicationDate: finding.status, decisionDate: other.status });
    }
    if (statusByDate.size === 0) return undefined;

    const a = onApplication.decision;
    const b = onDecision.decision;
    const reviewOn = (e: Evaluation) => e.findings.get(review.id) as Finding;
    let finding: Finding;
    let decision: Decision;
    const lacking = [onApplication, onDecision].find(
      (e) => e.decision.outcome === 'insufficient-information',
    );
    if (a.outcome !== b.outcome && lacking) {
      // Facts come first (the precedence): whether the dates differ waits for what one date lacks.
      const missing = [
        ...new Set(lacking.decision.deciding.flatMap((id) => lacking.findings.get(id)?.missing ?? [])),
      ];
      finding = { status: 'unknown', missing, reason: MISSING };
      decision = lacking.decision;
    } else if (a.outcome !== b.outcome) {
      finding = dateFinding('satisfied', DATES_DIFFER, { application: a.outcome, decision: b.outcome });
      decision = { outcome: 'manual-review', deciding: [review.id] };
    } else {
      // The same outcome on both dates. Where that outcome is a manual review the rule itself made
      // on a date alone (an anniversary with two readings, say), that finding stands.
      const alone =
        a.outcome === 'manual-review'
          ? [reviewOn(onApplication), reviewOn(onDecision)].find((f) => f.status === 'satisfied')
          : undefined;
      finding =
        alone ??
        dateFinding('not-satisfied', SAME_ON_BOTH_DATES, {
          outcome: a.outcome,
          rules: [...statusByDate.keys()].join(', '),
        });
      decision = { outcome: a.outcome, deciding: [...new Set([...a.deciding, ...b.deciding])] };
    }
    run.findings.set(review.id, finding);
    const index = run.evaluated.findIndex((e) => e.id === review.id);
    run.evaluated[index] = { id: review.id, effect: review.effect, finding, relieves: review.relieves };
    return { decision, statusByDate };
  }

  /** Every manual-review verdict names a satisfied review rule (docs/api.md "Outcomes"): a broken promise is a bug. */
  private checkReviewed(decision: Decision, findings: Findings): void {
    if (decision.outcome !== 'manual-review') return;
    for (const rule of this.procedure.rules)
      if (rule.effect === 'manual-review' && findings.get(rule.id)?.status === 'satisfied') return;
    throw new Error(
      `manual-review without a satisfied review rule (deciding: ${decision.deciding.join(', ')})`,
    );
  }

  private reason(rule: Rule<I, C, V>, finding: Finding, lang: Lang): string {
    if (finding.reason === MISSING) return this.wording.missingReason(finding.missing, lang);
    const render = rule.text[lang].reasons[finding.reason];
    if (!render) throw new Error(`${rule.id} has no ${lang} text for reason ${finding.reason}`);
    return render(finding.facts ?? {});
  }

  private headline(outcome: Outcome, deciding: readonly string[], lang: Lang): string {
    const lead = this.wording.headline(outcome, lang);
    if (!HEADLINE_OUTCOMES.has(outcome) || deciding.length === 0) return `${lead}.`;
    const titles = deciding.map((id) => this.byId.get(id)?.text[lang].title).filter(Boolean);
    return `${lead}: ${titles.join('; ')}.`;
  }

  /**
   * Whether supplying a fact could change the outcome: some combination of satisfied and
   * not-satisfied for the unknown rules that lack it gives another outcome (the components
   * recomputed from the changed findings). With two reference dates every missing fact counts as
   * decisive: the outcome there combines two evaluations, and "could matter" is the safe answer.
   */
  private couldChange(run: Evaluation, input: I, context: C, rules: readonly string[]): boolean {
    // More than a few rules lacking one fact: too many combinations to try, and surely worth asking.
    if (rules.length > MAX_FLIPPED) return true;
    const outcome = run.decision.outcome;
    for (let mask = 0; mask < 1 << rules.length; mask++) {
      const findings = new Map(run.findings);
      rules.forEach((id, bit) => {
        findings.set(id, (mask >> bit) & 1 ? FLIPPED_YES : FLIPPED_NO);
      });
      const evaluated = run.evaluated.map((e) => {
        const finding = findings.get(e.id) as Finding;
        return finding === e.finding ? e : { ...e, finding };
      });
      const components = this.procedure.components?.(input, context, findings, evaluated);
      if (decideOutcome(evaluated, components).outcome !== outcome) return true;
    }
    return false;
  }

  /** The reason, then what it must say of each later wording it quotes (R2-8). */
  private withLaterText(reason: string, later: readonly LawCitation[], lang: Lang): string {
    return later.length === 0
      ? reason
      : [reason, ...later.map((c) => this.wording.laterText(c, lang))].join(' ');
  }

  private question(pointer: string, lang: Lang): string {
    const question = this.questions.get(genericPointer(pointer));
    if (question === undefined) throw new Error(`no fact in the registry for ${pointer}`);
    return question[lang];
  }

  /**
   * Each pointer once: those that can still change the outcome first, then by the highest-precedence
   * rule needing it, then document order.
   */
  private missingFacts(
    evaluated: readonly Evaluated[],
    lang: Lang,
    decisive: (rules: readonly string[]) => boolean,
  ): MissingFact[] {
    const byPointer = new Map<string, { rules: string[]; rank: number }>();
    for (const { id, effect, finding } of evaluated) {
      if (finding.status !== 'unknown') continue;
      const rank = KIND_RANK[KIND_OF[effect]];
      for (const pointer of finding.missing) {
        const entry = byPointer.get(pointer);
        if (entry) {
          entry.rules.push(id);
          entry.rank = Math.min(entry.rank, rank);
        } else {
          byPointer.set(pointer, { rules: [id], rank });
        }
      }
    }
    return [...byPointer.entries()]
      .map(([pointer, entry]) => ({ pointer, ...entry, decisive: decisive(entry.rules) }))
      .sort(
        (a, b) =>
          Number(b.decisive) - Number(a.decisive) ||
          a.rank - b.rank ||
          this.documentOrder(a.pointer, b.pointer),
      )
      .map(({ pointer, rules, decisive: d }) => ({
        pointer,
        rules,
        question: this.question(pointer, lang),
        decisive: d,
      }));
  }
}

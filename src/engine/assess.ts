import { day } from '../calendar/date.js';
import { MISSING_REASON, NOTICE, OUTCOME_HEADLINES } from '../i18n/outcomes.js';
import { QUESTIONS } from '../i18n/questions.js';
import type { Citation } from '../law/cite.js';
import { decideOutcome, type Evaluated, KIND_OF, KIND_RANK, requirementAppliesFor } from './outcome.js';
import { Planner, type Source } from './plan.js';
import { genericPointer } from './pointers.js';
import type { ComponentResult, Outcome, ProcedureDefinition } from './procedure.js';
import {
  type BaseContext,
  type Effect,
  type Finding,
  type Lang,
  MISSING,
  type Procedure,
  type Rule,
  SILENT,
} from './rule.js';
import type { Status } from './tri.js';

export interface Ground {
  readonly rule: string;
  readonly effect: Effect;
  readonly status: Status;
  readonly title: string;
  readonly reason: string;
  readonly citations: readonly Citation[];
  readonly evidence: readonly string[];
  readonly missingFacts: readonly string[];
}

export interface MissingFact {
  readonly pointer: string;
  readonly rules: readonly string[];
  readonly question: string;
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

  constructor(
    private readonly procedure: ProcedureDefinition<I, C, V>,
    private readonly ruleSet: () => RuleSetIdentity,
    private readonly documentOrder: (a: string, b: string) => number,
  ) {
    this.planner = new Planner(procedure);
    this.byId = new Map(procedure.rules.map((rule) => [rule.id, rule]));
  }

  assess(input: I, options: AssessOptions): Verdict {
    const { lang } = options;
    const applicationDateText = this.procedure.applicationDateOf(input) ?? options.today;
    const applicationDate = day(applicationDateText);
    const decisionDateText = this.procedure.decisionDateOf(input);
    const decisionDate = decisionDateText ? day(decisionDateText) : undefined;
    const plan = this.planner.plan(this.procedure.variantOf(input), applicationDate, decisionDate);
    const context = this.procedure.context(input, applicationDate);

    const findings = new Map<string, Finding>();
    const evaluated: Evaluated[] = [];
    for (const rule of plan.rules) {
      const finding = rule.evaluate(input, context, findings);
      findings.set(rule.id, finding);
      evaluated.push({ id: rule.id, effect: rule.effect, finding });
    }

    const components = this.procedure.components?.(input, context, findings);
    const decision = decideOutcome(evaluated, components);

    const grounds: Ground[] = [];
    plan.rules.forEach((rule, i) => {
      const finding = evaluated[i]?.finding as Finding;
      if (rule.effect === 'information' && finding.reason === SILENT) return;
      grounds.push({
        rule: rule.id,
        effect: rule.effect,
        status: finding.status,
        title: rule.text[lang].title,
        reason: withNote(this.reason(rule, finding, lang), plan.notes[i]?.[lang]),
        citations: plan.citations[i] as readonly Citation[],
        evidence: rule.evidence[lang],
        missingFacts: finding.missing,
      });
    });

    return {
      procedure: this.procedure.id,
      outcome: decision.outcome,
      requirementApplies: requirementAppliesFor(decision.outcome),
      headline: this.headline(decision.outcome, decision.deciding, lang),
      grounds,
      missingFacts: this.missingFacts(evaluated, lang),
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
      notice: NOTICE[lang],
    };
  }

  private reason(rule: Rule<I, C, V>, finding: Finding, lang: Lang): string {
    if (finding.reason === MISSING) return MISSING_REASON[lang](finding.missing);
    const render = rule.text[lang].reasons[finding.reason];
    if (!render) throw new Error(`${rule.id} has no ${lang} text for reason ${finding.reason}`);
    return render(finding.facts ?? {});
  }

  private headline(outcome: Outcome, deciding: readonly string[], lang: Lang): string {
    const lead = OUTCOME_HEADLINES[outcome][lang];
    if (!HEADLINE_OUTCOMES.has(outcome) || deciding.length === 0) return `${lead}.`;
    const titles = deciding.map((id) => this.byId.get(id)?.text[lang].title).filter(Boolean);
    return `${lead}: ${titles.join('; ')}.`;
  }

  /** Each pointer once, ordered by the highest-precedence rule needing it, then document order. */
  private missingFacts(evaluated: readonly Evaluated[], lang: Lang): MissingFact[] {
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
      .sort(([a, ea], [b, eb]) => ea.rank - eb.rank || this.documentOrder(a, b))
      .map(([pointer, { rules }]) => ({ pointer, rules, question: questionFor(pointer, lang) }));
  }
}

/** The reason with the plan's note on the quoted wordings, if any. */
function withNote(reason: string, note: string | undefined): string {
  return note ? `${reason} ${note}` : reason;
}

export function questionFor(pointer: string, lang: Lang): string {
  const question = QUESTIONS[genericPointer(pointer)];
  if (!question) throw new Error(`no question for ${pointer}`);
  return question[lang];
}

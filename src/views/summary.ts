import type { Ground, Verdict } from '../engine/assess.js';
import { keyCitations } from './citation-keys.js';

export type SummaryGround = Pick<
  Ground,
  'rule' | 'effect' | 'status' | 'title' | 'reason' | 'missingFacts'
> & {
  readonly citations: readonly string[];
};

/** What a case system keeps: the outcome, the grounds that decide it, the facts to ask, what comes next. */
export type SummaryVerdict = Pick<
  Verdict,
  | 'procedure'
  | 'outcome'
  | 'requirementApplies'
  | 'headline'
  | 'missingFacts'
  | 'components'
  | 'nextSteps'
  | 'assessment'
  | 'ruleSet'
> & {
  readonly grounds: readonly SummaryGround[];
};

/** A ground decides the outcome when it holds, or when its missing facts could change the outcome. */
function decides(ground: Ground): boolean {
  return ground.status === 'satisfied' || (ground.status === 'unknown' && ground.missingFacts.length > 0);
}

/**
 * The summary view: the deciding grounds, citing by id (the ids of the compact view and of the rule
 * catalogue's citations), without quoted text.
 */
export function summaryVerdict(verdict: Verdict): SummaryVerdict {
  const deciding = verdict.grounds.filter(decides);
  // Keyed over the whole verdict, so that the ids are those of the compact view.
  const { idOf } = keyCitations(verdict.grounds.flatMap((g) => g.citations));
  return {
    procedure: verdict.procedure,
    outcome: verdict.outcome,
    requirementApplies: verdict.requirementApplies,
    headline: verdict.headline,
    grounds: deciding.map((g) => ({
      rule: g.rule,
      effect: g.effect,
      status: g.status,
      title: g.title,
      reason: g.reason,
      citations: g.citations.map(idOf),
      missingFacts: g.missingFacts,
    })),
    missingFacts: verdict.missingFacts,
    ...(verdict.components ? { components: verdict.components } : {}),
    nextSteps: verdict.nextSteps,
    assessment: verdict.assessment,
    ruleSet: verdict.ruleSet,
  };
}

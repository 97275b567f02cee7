import type { Ground, Verdict } from '../engine/assess.js';
import { verdictSources } from './verdict-sources.js';

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

/** The summary view: the deciding grounds, citing by the compact view's ids, without quoted text. */
export function summaryVerdict(verdict: Verdict): SummaryVerdict {
  // The ids of the compact view.
  const { ids } = verdictSources(verdict.grounds);
  return {
    procedure: verdict.procedure,
    outcome: verdict.outcome,
    requirementApplies: verdict.requirementApplies,
    headline: verdict.headline,
    grounds: verdict.grounds.flatMap((g, i) =>
      decides(g)
        ? [
            {
              rule: g.rule,
              effect: g.effect,
              status: g.status,
              title: g.title,
              reason: g.reason,
              citations: ids[i] as readonly string[],
              missingFacts: g.missingFacts,
            },
          ]
        : [],
    ),
    missingFacts: verdict.missingFacts,
    ...(verdict.components ? { components: verdict.components } : {}),
    nextSteps: verdict.nextSteps,
    assessment: verdict.assessment,
    ruleSet: verdict.ruleSet,
  };
}

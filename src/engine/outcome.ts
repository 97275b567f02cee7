import type { ComponentResult, Outcome } from './procedure.js';
import type { Effect, Finding } from './rule.js';

/** The kinds of rule of API.md "Outcomes", in the order their outcomes take precedence. */
export type Kind =
  | 'scope'
  | 'met'
  | 'exemption'
  | 'review'
  | 'dispensation'
  | 'partial'
  | 'requirement'
  | 'information';

export const KIND_OF: Readonly<Record<Effect, Kind>> = {
  'not-applicable': 'scope',
  'requirement-met': 'met',
  exempt: 'exemption',
  'manual-review': 'review',
  'dispensation-possible': 'dispensation',
  'partially-exempt': 'partial',
  'component-not-required': 'partial',
  'requirement-applies': 'requirement',
  information: 'information',
};

/** Rank of a kind for ordering missing facts: the outcome precedence (unknown deciders first). */
export const KIND_RANK: Readonly<Record<Kind, number>> = {
  scope: 0,
  met: 1,
  exemption: 2,
  review: 3,
  dispensation: 4,
  partial: 5,
  requirement: 6,
  information: 7,
};

export interface Evaluated {
  readonly id: string;
  readonly effect: Effect;
  readonly finding: Finding;
}

export interface Decision {
  readonly outcome: Outcome;
  /** The rules that decided the outcome (for the headline and next steps). */
  readonly deciding: readonly string[];
}

const DECIDING_KINDS: readonly Kind[] = ['scope', 'met', 'exemption'];

/** The outcome precedence of API.md: the first that holds is the outcome. */
export function decideOutcome(
  evaluated: readonly Evaluated[],
  components?: readonly ComponentResult[],
): Decision {
  const satisfied = (kind: Kind) =>
    evaluated.filter((e) => KIND_OF[e.effect] === kind && e.finding.status === 'satisfied').map((e) => e.id);

  for (const [kind, outcome] of [
    ['scope', 'not-applicable'],
    ['met', 'requirement-met'],
    ['exemption', 'exempt'],
  ] as const) {
    const ids = satisfied(kind);
    if (ids.length > 0) return { outcome, deciding: ids };
  }

  const undecided = evaluated.filter(
    (e) => DECIDING_KINDS.includes(KIND_OF[e.effect]) && e.finding.status === 'unknown',
  );
  const lacking = undecided.filter((e) => e.finding.missing.length > 0).map((e) => e.id);
  if (lacking.length > 0) return { outcome: 'insufficient-information', deciding: lacking };

  // A scope, met or exemption rule that the known facts leave open is a review in itself.
  const review = [...satisfied('review'), ...undecided.map((e) => e.id)];
  if (review.length > 0) return { outcome: 'manual-review', deciding: review };

  const dispensations = satisfied('dispensation');
  if (dispensations.length > 0) return { outcome: 'dispensation-possible', deciding: dispensations };

  // Naturalisation (API.md): at least one component exempt and at least one still required. A
  // passed component is not an exemption, nor is ONA's absence from the test abroad.
  if (components?.some((c) => c.status === 'required')) {
    const exempting = components.filter((c) => c.status === 'exempt').flatMap((c) => c.rules);
    if (exempting.length > 0) return { outcome: 'partially-exempt', deciding: [...new Set(exempting)] };
  }

  return { outcome: 'requirement-applies', deciding: satisfied('requirement') };
}

export function requirementAppliesFor(outcome: Outcome): boolean | null {
  switch (outcome) {
    case 'not-applicable':
    case 'requirement-met':
    case 'exempt':
      return false;
    case 'insufficient-information':
    case 'manual-review':
      return null;
    default:
      return true;
  }
}

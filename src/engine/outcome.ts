import type { ComponentResult, Outcome } from './procedure.js';
import type { Effect, Finding } from './rule.js';

/** The kinds of rule of docs/api.md "Outcomes", in the order their outcomes take precedence. */
const KINDS = [
  'scope',
  'met',
  'exemption',
  'review',
  'dispensation',
  'partial',
  'requirement',
  'information',
] as const;
export type Kind = (typeof KINDS)[number];

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
export const KIND_RANK = Object.freeze(
  Object.fromEntries(KINDS.map((kind, rank) => [kind, rank])) as Record<Kind, number>,
);

export interface Evaluated {
  readonly id: string;
  readonly effect: Effect;
  readonly finding: Finding;
  /** What the rule declares it relieves (naturalisation: exam components). */
  readonly relieves?: readonly string[];
}

export interface Decision {
  readonly outcome: Outcome;
  /** The rules that decided the outcome (for the headline and next steps). */
  readonly deciding: readonly string[];
}

/** The outcome precedence of docs/api.md: the first that holds is the outcome. One pass over the findings. */
export function decideOutcome(
  evaluated: readonly Evaluated[],
  components?: readonly ComponentResult[],
): Decision {
  const satisfied: Record<Kind, string[]> = {
    scope: [],
    met: [],
    exemption: [],
    review: [],
    dispensation: [],
    partial: [],
    requirement: [],
    information: [],
  };
  const lacking: string[] = [];
  const open: string[] = [];
  for (const { id, effect, finding } of evaluated) {
    const kind = KIND_OF[effect];
    if (finding.status === 'satisfied') satisfied[kind].push(id);
    else if (finding.status === 'unknown' && (kind === 'scope' || kind === 'met' || kind === 'exemption')) {
      (finding.missing.length > 0 ? lacking : open).push(id);
    }
  }

  if (satisfied.scope.length > 0) return { outcome: 'not-applicable', deciding: satisfied.scope };
  if (satisfied.met.length > 0) return { outcome: 'requirement-met', deciding: satisfied.met };
  if (satisfied.exemption.length > 0) return { outcome: 'exempt', deciding: satisfied.exemption };
  if (lacking.length > 0) return { outcome: 'insufficient-information', deciding: lacking };

  // A scope, met or exemption rule that the known facts leave open is a review in itself.
  const review = [...satisfied.review, ...open];
  if (review.length > 0) return { outcome: 'manual-review', deciding: review };
  if (satisfied.dispensation.length > 0)
    return { outcome: 'dispensation-possible', deciding: satisfied.dispensation };

  // Naturalisation (docs/api.md): at least one component exempt and at least one still required. A
  // passed component is not an exemption, nor is ONA's absence from the test abroad.
  if (components?.some((c) => c.status === 'required')) {
    const exempting = components.filter((c) => c.status === 'exempt').flatMap((c) => c.rules);
    if (exempting.length > 0) return { outcome: 'partially-exempt', deciding: [...new Set(exempting)] };
  }

  return { outcome: 'requirement-applies', deciding: satisfied.requirement };
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

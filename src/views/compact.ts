import type { Ground, Verdict } from '../engine/assess.js';
import type { Citation } from '../law/cite.js';
import { verdictSources } from './verdict-sources.js';

export type CompactGround = Omit<Ground, 'citations'> & { readonly citations: readonly string[] };

/** The full verdict with each distinct citation once, under `sources`; grounds cite by id. */
export type CompactVerdict = Omit<Verdict, 'grounds'> & {
  readonly grounds: readonly CompactGround[];
  readonly sources: Readonly<Record<string, Citation>>;
};

/**
 * The compact view: the same information as the full verdict and nothing repeated. The keys keep
 * the full verdict's order and `sources` comes last, so that replacing each id by its source and
 * dropping `sources` gives back the full verdict byte for byte.
 */
export function compactVerdict(verdict: Verdict): CompactVerdict {
  const { ids, sources } = verdictSources(verdict.grounds);
  return {
    ...verdict,
    grounds: verdict.grounds.map((g, i) => ({ ...g, citations: ids[i] as readonly string[] })),
    sources,
  };
}

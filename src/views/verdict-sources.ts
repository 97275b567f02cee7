import type { Ground } from '../engine/assess.js';
import type { Citation } from '../law/cite.js';
import { keyCitations } from './citation-keys.js';

/** The citation ids of each ground of a verdict, and each distinct citation once under its id. */
export interface VerdictSources {
  readonly ids: readonly (readonly string[])[];
  readonly sources: Readonly<Record<string, Citation>>;
}

interface Node {
  readonly next: WeakMap<object, Node>;
  value?: VerdictSources;
}

const root: Node = { next: new WeakMap() };

/**
 * A ground's citations are a frozen array shared by every verdict of the same plan (the rules in
 * force for a permit and date), so the ids and the sources follow from the sequence of those
 * arrays: worked out once per sequence, and frozen, so that the serialiser keeps their bytes too
 * (see http/serialize.ts). The memo is a trie of weak maps: it goes when the plans go; keying
 * (JSON of each citation) is done once per plan.
 */
export function verdictSources(grounds: readonly Ground[]): VerdictSources {
  let node = root;
  for (const g of grounds) {
    let child = node.next.get(g.citations);
    if (!child) {
      child = { next: new WeakMap() };
      node.next.set(g.citations, child);
    }
    node = child;
  }
  node.value ??= build(grounds);
  return node.value;
}

function build(grounds: readonly Ground[]): VerdictSources {
  const { idOf, byId } = keyCitations(grounds.flatMap((g) => g.citations));
  return Object.freeze({
    ids: Object.freeze(grounds.map((g) => Object.freeze(g.citations.map(idOf)))),
    sources: Object.freeze(Object.fromEntries(byId)),
  });
}

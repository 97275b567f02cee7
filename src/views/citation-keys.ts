import type { Citation } from '../law/cite.js';
import { citationId, shortHash } from './citation-id.js';

/** A citation's id, and its whole content to tell apart two citations that share an id. */
function keyOf(citation: Citation): { readonly id: string; readonly json: string } {
  return { id: citationId(citation), json: JSON.stringify(citation) };
}

/**
 * The id of each citation of a verdict, and each distinct citation once under its id. Two citations
 * that differ but share an id (a reference that does not yet name a sub-item, say) are both given
 * the id with a hash of their content appended, so that no information is lost.
 */
export function keyCitations(citations: Iterable<Citation>): {
  readonly idOf: (citation: Citation) => string;
  readonly byId: ReadonlyMap<string, Citation>;
} {
  const variants = new Map<string, Map<string, Citation>>();
  for (const citation of citations) {
    const { id, json } = keyOf(citation);
    let seen = variants.get(id);
    if (!seen) {
      seen = new Map();
      variants.set(id, seen);
    }
    if (!seen.has(json)) seen.set(json, citation);
  }
  const byId = new Map<string, Citation>();
  const ids = new Map<string, string>();
  for (const [id, seen] of variants) {
    for (const [json, citation] of seen) {
      const unique = seen.size === 1 ? id : `${id}#${shortHash(json)}`;
      byId.set(unique, citation);
      ids.set(json, unique);
    }
  }
  return { idOf: (citation) => ids.get(JSON.stringify(citation)) as string, byId };
}

import { createHash } from 'node:crypto';
import type { Citation } from '../law/cite.js';

/**
 * A citation's stable id: a pure function of the citation, so that the same provision or passage
 * has the same id in every verdict and view that quotes it. A law citation is named by its
 * juriconnect reference (law, article, lid, onderdeel and version); a guidance, policy or case-law
 * citation by its kind, its address and a short hash of its title and quoted passage.
 */
export function citationId(citation: Citation): string {
  if (citation.kind === 'law') return citation.juriconnect;
  const where = citation.url ?? ('ecli' in citation ? citation.ecli : undefined) ?? citation.title;
  return `${citation.kind}:${where}#${shortHash(`${citation.title}\n${citation.passage ?? ''}`)}`;
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

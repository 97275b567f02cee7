import { cite, type Pinpoint, type Provision } from '../../law/cite.js';
import type { Permit } from '../../schemas/residence.js';

/**
 * The Vreemdelingenbesluit article that holds the diploma rule and its exemptions, per permit:
 * 3.96a (regular), 3.107a (asylum, until 2026-06-11), 3.126 → 3.96a (EU long-term resident),
 * 3.80a (non-temporary humanitarian).
 */
const ARTICLE: Record<Permit, string> = {
  'permanent-regular': 'vb2000-3.96a',
  'permanent-asylum': 'vb2000-3.107a',
  'eu-long-term-resident': 'vb2000-3.96a',
  'non-temporary-humanitarian': 'vb2000-3.80a',
};

/** The permit's article at the given paragraphs/points; for the EU permit also art. 3.126, which applies 3.96a. */
export function permitArticle(permit: Permit, ...at: Pinpoint[]): Provision[] {
  const citations = at.map((pinpoint) => cite(ARTICLE[permit], pinpoint));
  return permit === 'eu-long-term-resident' ? [...citations, cite('vb2000-3.126')] : citations;
}

/**
 * Vb 2000 art. 3.51 by its lid as numbered since 2024-06-12, when a new lid 3 (family of a former
 * blue-card holder) moved every later lid up by one: before that date the same words are one lid lower.
 */
export function vb351(lid: number, point?: string): Provision {
  const at = (n: number) => ({ paragraph: String(n), ...(point ? { point } : {}) });
  return cite('vb2000-3.51', { '2022-01-01': at(lid > 3 ? lid - 1 : lid), '2024-06-12': at(lid) });
}

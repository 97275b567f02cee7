import { cite, type LawCitation, type Pinpoint } from '../../law/cite.js';
import type { Permit } from '../../schemas/residence.js';

/**
 * The Vreemdelingenbesluit article that holds the diploma rule and its exemptions, per permit:
 * 3.96a (regular), 3.107a (asylum, until 2026-06-11), 3.126 → 3.96a (EU long-term resident),
 * 3.80a (non-temporary humanitarian).
 */
const ARTICLE: Record<Permit, string> = {
  'permanent-regular': 'vb2000-3.96a',
  'permanent-asylum': 'vb2000-3.107a@2026-01-01',
  'eu-long-term-resident': 'vb2000-3.96a',
  'non-temporary-humanitarian': 'vb2000-3.80a',
};

/** The permit's article at the given paragraphs/points; for the EU permit also art. 3.126, which applies 3.96a. */
export function permitArticle(permit: Permit, ...at: Pinpoint[]): LawCitation[] {
  const citations = at.map((pinpoint) => cite(ARTICLE[permit], pinpoint));
  return permit === 'eu-long-term-resident' ? [...citations, cite('vb2000-3.126')] : citations;
}

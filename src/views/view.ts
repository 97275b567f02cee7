import type { Verdict } from '../engine/assess.js';
import { type CompactVerdict, compactVerdict } from './compact.js';
import { type SummaryVerdict, summaryVerdict } from './summary.js';

export const VIEWS = ['full', 'compact', 'summary'] as const;
export type View = (typeof VIEWS)[number];

/** A verdict as the client asked to see it: full (the default), compact or summary. */
export function present(verdict: Verdict, view: View): Verdict | CompactVerdict | SummaryVerdict {
  if (view === 'compact') return compactVerdict(verdict);
  if (view === 'summary') return summaryVerdict(verdict);
  return verdict;
}

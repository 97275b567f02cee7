import type { LawCitation } from '../law/cite.js';
import type { Outcome } from './procedure.js';
import type { Lang } from './rule.js';

/**
 * The texts the engine puts around the rules' own (headline, notice, the reason of a rule waiting for
 * facts). The engine states what it needs; `src/i18n/wording.ts` provides
 * it, so the engine imports no wording.
 */
export interface Wording {
  readonly headline: (outcome: Outcome, lang: Lang) => string;
  readonly notice: (lang: Lang) => string;
  readonly missingReason: (pointers: readonly string[], lang: Lang) => string;
  /** Added to a reason that quotes a later wording because none in force on the reference date is stored (R2-8). */
  readonly laterText: (citation: LawCitation, lang: Lang) => string;
}

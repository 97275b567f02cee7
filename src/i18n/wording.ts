import type { Wording } from '../engine/wording.js';
import { LATER_TEXT_NOTE } from './citations.js';
import { MISSING_REASON, NOTICE, OUTCOME_HEADLINES } from './outcomes.js';

/** The engine's wording in English and Dutch. */
const wording: Wording = {
  headline: (outcome, lang) => OUTCOME_HEADLINES[outcome][lang],
  notice: (lang) => NOTICE[lang],
  missingReason: (pointers, lang) => MISSING_REASON[lang](pointers),
  laterText: (citation, lang) => LATER_TEXT_NOTE[lang](citation),
};

export const WORDING: Wording = Object.freeze(wording);

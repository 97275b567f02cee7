import { Assessor } from '../engine/assess.js';
import { documentOrder } from '../engine/pointers.js';
import type { AnyRule } from '../engine/rule.js';
import { ruleSetHash } from '../engine/rule-set.js';
import { WORDING } from '../i18n/wording.js';
import { allArticles } from '../law/articles.js';
import { NaturalisationRequest } from '../schemas/naturalisation.js';
import { ResidenceRequest } from '../schemas/residence.js';
import { NATURALISATION_PROCEDURE, NATURALISATION_RULES } from './naturalisation/index.js';
import { RESIDENCE, RESIDENCE_RULES } from './residence/index.js';

/**
 * The rule set as one versioned whole. The version names the state of the law it models
 * (year.month of the newest text, then a counter); the hash proves which exact rules and texts.
 */
export const RULE_SET_VERSION = '2026.12.0';

export const ALL_RULES: readonly AnyRule[] = Object.freeze([...RESIDENCE_RULES, ...NATURALISATION_RULES]);

let hash: string | undefined;
/** Computed on first use (at start-up, when the app warms up), then kept. */
export function ruleSet() {
  hash ??= ruleSetHash(ALL_RULES, allArticles());
  return { version: RULE_SET_VERSION, hash };
}

export const residenceAssessor = new Assessor(RESIDENCE, ruleSet, documentOrder(ResidenceRequest), WORDING);
export const naturalisationAssessor = new Assessor(
  NATURALISATION_PROCEDURE,
  ruleSet,
  documentOrder(NaturalisationRequest),
  WORDING,
);

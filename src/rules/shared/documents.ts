import { all, flagAt, knownAt, type Tri } from '../../engine/tri.js';
import {
  CEFR_LEVELS,
  type CefrLevel,
  type Diploma,
  LANGUAGE_SKILLS,
  type LanguageSkill,
} from '../../schemas/common.js';
import { LISTENING_LEVEL, MO_PASSED, READING_LEVEL, SPEAKING_LEVEL, WRITING_LEVEL } from './facts.js';

export function levelAtLeast(level: CefrLevel, minimum: CefrLevel): boolean {
  return CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(minimum);
}

/** The level fact of each language skill on a document. */
export const SKILL_LEVELS = Object.freeze({
  reading: READING_LEVEL,
  listening: LISTENING_LEVEL,
  writing: WRITING_LEVEL,
  speaking: SPEAKING_LEVEL,
} satisfies Record<LanguageSkill, unknown>);

/** The four level facts, for the rules that declare they read a document's levels. */
export const LEVELS = Object.freeze(LANGUAGE_SKILLS.map((skill) => SKILL_LEVELS[skill]));

/**
 * All four language skills on the document (the list item at `at`) at `minimum` or above; unknown
 * for each level not given (the pointers name the level fields themselves, also when the whole
 * `levels` object is absent).
 */
export function allSkillsAtLeast(diploma: Diploma, at: string, minimum: CefrLevel): Tri {
  return all(
    ...LANGUAGE_SKILLS.map((skill) =>
      knownAt(SKILL_LEVELS[skill], diploma, at, (v) => levelAtLeast(v, minimum)),
    ),
  );
}

/** The maatschappij-oriëntatie part of a WIN certificate passed at the level of WIN art. 11(1)(b). */
export function moPassed(diploma: Diploma, at: string): Tri {
  return flagAt(MO_PASSED, diploma, at);
}

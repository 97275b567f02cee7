import { all, flag, known, type Tri } from '../../engine/tri.js';
import { CEFR_LEVELS, type CefrLevel, type Diploma, LANGUAGE_SKILLS } from '../../schemas/common.js';

/** The lists of documents and decisions both requests carry. */
export const DIPLOMAS = '/integration/diplomas';
export const DECISIONS = '/integration/duoDecisions';

export function levelAtLeast(level: CefrLevel, minimum: CefrLevel): boolean {
  return CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(minimum);
}

/**
 * All four language skills on the document at `minimum` or above; unknown for each level not given
 * (the pointers name the level fields themselves, also when the whole `levels` object is absent).
 */
export function allSkillsAtLeast(diploma: Diploma, pointer: string, minimum: CefrLevel): Tri {
  const levels = diploma.levels;
  return all(
    ...LANGUAGE_SKILLS.map((skill) =>
      known(levels?.[skill], `${pointer}/levels/${skill}`, (v) => levelAtLeast(v, minimum)),
    ),
  );
}

/** The maatschappij-oriëntatie part of a WIN certificate passed at the level of WIN art. 11(1)(b). */
export function moPassed(diploma: Diploma, pointer: string): Tri {
  return flag(diploma.moPassed, `${pointer}/moPassed`);
}

import { type BirthDate, parseBirthDate } from '../../calendar/birth-date.js';
import { type Day, day } from '../../calendar/date.js';
import type { Interval } from '../../calendar/periods.js';
import type { BaseContext, Rule, Validity } from '../../engine/rule.js';
import { MODELLED_FROM, NATURALISATION_LANGUAGE_LEVEL, requireValueOn } from '../../parameters/index.js';
import type { CefrLevel } from '../../schemas/common.js';
import type { NaturalisationRequest, PlaceOfResidence } from '../../schemas/naturalisation.js';
import { registeredPeriods } from '../shared/school-age.js';

/** Naturalisation has one variant: its rules do not depend on a permit. */
export type NaturalisationVariant = 'naturalisation';

export interface NaturalisationContext extends BaseContext {
  readonly birth: BirthDate | undefined;
  readonly periods: readonly Interval[] | undefined;
  readonly place: PlaceOfResidence | undefined;
  /** The CEFR level of the language components in force on the application date. */
  readonly level: CefrLevel;
  /** The date ONA at pensionable age is judged on: the decision date, else the application date. */
  readonly onaDate: Day;
}

export type NaturalisationRule = Rule<NaturalisationRequest, NaturalisationContext, NaturalisationVariant>;

export function naturalisationContext(
  input: NaturalisationRequest,
  applicationDate: Day,
): NaturalisationContext {
  const decisionDate = input.decisionDate ? day(input.decisionDate) : undefined;
  const applicant = input.applicant;
  return {
    applicationDate,
    decisionDate,
    birth: applicant?.dateOfBirth ? parseBirthDate(applicant.dateOfBirth) : undefined,
    periods: registeredPeriods(applicant?.residencePeriods, applicationDate),
    place: input.placeOfResidence ?? undefined,
    level: requireValueOn(NATURALISATION_LANGUAGE_LEVEL, applicationDate),
    onaDate: decisionDate ?? applicationDate,
  };
}

export const NATURALISATION: Readonly<Record<NaturalisationVariant, Validity>> = {
  naturalisation: { from: MODELLED_FROM },
};

export const PLACE = '/placeOfResidence';
export const DIPLOMAS = '/integration/diplomas';
export const EXAM_RESULTS = '/integration/examResults';
export const DECISIONS = '/integration/duoDecisions';

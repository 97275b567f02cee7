import type { Day } from '../../calendar/date.js';
import type { Rule, Validity } from '../../engine/rule.js';
import { MODELLED_FROM, NATURALISATION_LANGUAGE_LEVEL, requireValueOn } from '../../parameters/index.js';
import type { CefrLevel } from '../../schemas/common.js';
import type { NaturalisationRequest, PlaceOfResidence } from '../../schemas/naturalisation.js';
import { type PersonContext, personContext } from '../shared/context.js';

/** Naturalisation has one variant: its rules do not depend on a permit. */
export type NaturalisationVariant = 'naturalisation';

export interface NaturalisationContext extends PersonContext {
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
  const person = personContext(input, applicationDate);
  return Object.assign(person, {
    place: input.placeOfResidence ?? undefined,
    level: requireValueOn(NATURALISATION_LANGUAGE_LEVEL, applicationDate),
    onaDate: person.decisionDate ?? applicationDate,
  });
}

export const NATURALISATION_VARIANTS: Readonly<Record<NaturalisationVariant, Validity>> = {
  naturalisation: { from: MODELLED_FROM },
};

import { type Day, formatDay } from '../../calendar/date.js';
import type { Rule, Validity } from '../../engine/rule.js';
import { ASYLUM_PERMIT_ENDS, MODELLED_FROM } from '../../parameters/index.js';
import type { Permit, ResidenceRequest } from '../../schemas/residence.js';
import { type PersonContext, personContext } from '../shared/context.js';

/** What every residence rule may read besides the request: the dates and facts derived once per case. */
export interface ResidenceContext extends PersonContext {
  readonly permit: Permit;
  /** The application date and, when given, the decision date: the age rules are judged on both. */
  readonly referenceDates: readonly Day[];
}

export type ResidenceRule = Rule<ResidenceRequest, ResidenceContext, Permit>;

export function residenceContext(input: ResidenceRequest, applicationDate: Day): ResidenceContext {
  const person = personContext(input, applicationDate);
  const { decisionDate } = person;
  return Object.assign(person, {
    permit: input.requestedPermit,
    referenceDates: decisionDate === undefined ? [applicationDate] : [applicationDate, decisionDate],
  });
}

/** R2-1: the case with the age rules judged on the application date alone, and on the decision date alone. */
export function singleDateContexts(
  _input: ResidenceRequest,
  context: ResidenceContext,
): readonly [ResidenceContext, ResidenceContext] | undefined {
  const { applicationDate, decisionDate } = context;
  if (decisionDate === undefined || decisionDate === applicationDate) return undefined;
  return [
    { ...context, referenceDates: [applicationDate] },
    { ...context, referenceDates: [decisionDate] },
  ];
}

/** The permit letters of docs/rules.md: R, A, E, H. */
export type PermitLetter = 'R' | 'A' | 'E' | 'H';
const LETTERS: Readonly<Record<PermitLetter, Permit>> = {
  R: 'permanent-regular',
  A: 'permanent-asylum',
  E: 'eu-long-term-resident',
  H: 'non-temporary-humanitarian',
};

/** The permanent asylum permit exists up to the day before the EU Pact took effect. */
/** The last day of the permanent asylum permit. */
export const ASYLUM_LAST_DAY = formatDay(ASYLUM_PERMIT_ENDS.day - 1);

/** The validity of a rule per permit: from the modelled start; asylum rules end with the permit. */
export function forPermits(...letters: readonly PermitLetter[]): Partial<Record<Permit, Validity>> {
  const variants: Partial<Record<Permit, Validity>> = {};
  for (const letter of letters) {
    const permit = LETTERS[letter];
    variants[permit] =
      permit === 'permanent-asylum' ? { from: MODELLED_FROM, to: ASYLUM_LAST_DAY } : { from: MODELLED_FROM };
  }
  return variants;
}

/** For the rule that speaks about the asylum permit's end: in force for asylum applications on every date. */
export function forAsylumThroughout(): Partial<Record<Permit, Validity>> {
  return { 'permanent-asylum': { from: MODELLED_FROM } };
}

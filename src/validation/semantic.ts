import { parseBirthDate } from '../calendar/birth-date.js';
import { parseDay } from '../calendar/date.js';
import { MODELLED_FROM_DAY } from '../parameters/index.js';
import type { InvalidParam } from './invalid-params.js';

/**
 * Cross-field checks the schema cannot express, shared by both procedures. They run on the raw
 * body next to the schema check (so that all errors come at once) and read a field only when it
 * is well-formed; a field the schema already rejected is left to the schema's error.
 */
export type Body = Record<string, unknown>;

const isObject = (v: unknown): v is Body => typeof v === 'object' && v !== null && !Array.isArray(v);
const dayOf = (v: unknown) => (typeof v === 'string' ? parseDay(v) : undefined);

/** The checks both requests share: the case's dates, the birth date and the BRP periods. */
export function commonSemantics(body: Body, today: string): InvalidParam[] {
  const out: InvalidParam[] = [];
  const reference = checkDates(body, today, out);
  checkBirthDate(body.applicant, reference, out);
  checkPeriods(body.applicant, out);
  return out;
}

/** applicationDate and decisionDate: from 2022-01-01 on, and the decision not before the application. */
function checkDates(body: Body, today: string, out: InvalidParam[]): number | undefined {
  const application = dayOf(body.applicationDate);
  const decision = dayOf(body.decisionDate);
  if (application !== undefined && application < MODELLED_FROM_DAY)
    out.push({ name: '/applicationDate', code: 'outOfRange' });
  if (decision !== undefined && decision < MODELLED_FROM_DAY)
    out.push({ name: '/decisionDate', code: 'outOfRange' });
  const reference =
    body.applicationDate === undefined || body.applicationDate === null ? parseDay(today) : application;
  if (
    decision !== undefined &&
    reference !== undefined &&
    decision < reference &&
    decision >= MODELLED_FROM_DAY
  ) {
    out.push({ name: '/decisionDate', code: 'dateOrder' });
  }
  return reference;
}

/** A birth date (full or partial) that lies wholly after the application date. */
function checkBirthDate(applicant: unknown, reference: number | undefined, out: InvalidParam[]): void {
  if (!isObject(applicant) || reference === undefined || typeof applicant.dateOfBirth !== 'string') return;
  const birth = parseBirthDate(applicant.dateOfBirth);
  if (birth && birth.first > reference) out.push({ name: '/applicant/dateOfBirth', code: 'dateOrder' });
}

/** Each residence period must end after it starts. */
function checkPeriods(applicant: unknown, out: InvalidParam[]): void {
  if (!isObject(applicant) || !Array.isArray(applicant.residencePeriods)) return;
  applicant.residencePeriods.forEach((period: unknown, i: number) => {
    if (!isObject(period)) return;
    const from = dayOf(period.from);
    const to = dayOf(period.to);
    if (from !== undefined && to !== undefined && to <= from) {
      out.push({ name: `/applicant/residencePeriods/${i}/to`, code: 'dateOrder' });
    }
  });
}

export const present = (v: unknown) => v !== undefined && v !== null;
export { isObject };

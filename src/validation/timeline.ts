import { parseBirthDate } from '../calendar/birth-date.js';
import { MODELLED_FROM_DAY } from '../parameters/index.js';
import { MAX_YEARS, timelineFrom, timelineUntil, yearsAfter } from '../timeline/window.js';
import type { InvalidParam } from './invalid-params.js';
import { type Body, isObject, present } from './semantic.js';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * A timeline request's own cross-field rules, beside its procedure's: no decision date (each date
 * is its own application date), `from` not before 2022-01-01 nor before the birth date, and
 * `until` after `from` and at most 25 years after it.
 */
export function timelineSemantics(procedure: (body: Body, today: string) => InvalidParam[]) {
  return (body: Body, today: string): InvalidParam[] => {
    const fields = {
      applicationDate: text(body.applicationDate),
      from: text(body.from),
      until: text(body.until),
    };
    const from = timelineFrom(fields, today);
    // Without an applicationDate the procedure checks the birth date against `from`, not today.
    const fromText = from !== undefined && fields.from !== undefined ? fields.from : today;
    const out = procedure(body, fields.applicationDate === undefined ? fromText : today);
    if (present(body.decisionDate)) out.push({ name: '/decisionDate', code: 'notAllowed' });
    // The procedure's checks of the applicationDate and the birth date cover a default `from`.
    if (from === undefined || fields.from === undefined) return checkUntil(fields, from, out);
    if (from < MODELLED_FROM_DAY) out.push({ name: '/from', code: 'outOfRange' });
    const applicant = body.applicant;
    const birth =
      isObject(applicant) && typeof applicant.dateOfBirth === 'string'
        ? parseBirthDate(applicant.dateOfBirth)
        : undefined;
    if (fields.applicationDate !== undefined && birth && birth.first > from)
      out.push({ name: '/from', code: 'dateOrder' });
    return checkUntil(fields, from, out);
  };
}

function checkUntil(fields: { until?: string }, from: number | undefined, out: InvalidParam[]) {
  if (from === undefined || fields.until === undefined) return out;
  const until = timelineUntil(fields, from);
  if (until === undefined) return out;
  if (until <= from) out.push({ name: '/until', code: 'dateOrder' });
  else if (until > yearsAfter(from, MAX_YEARS))
    out.push({ name: '/until', code: 'outOfRange', limit: MAX_YEARS });
  return out;
}

import { type Anniversary, anniversary, type Reached, reachedOn } from '../../calendar/anniversary.js';
import { type BirthDate, possibleBirthDays } from '../../calendar/birth-date.js';
import { type Day, formatDay } from '../../calendar/date.js';
import { decide, type Facts, type Finding, type Findings, findingOf } from '../../engine/rule.js';
import { lacking, NO, OPEN, type Tri, truth, YES } from '../../engine/tri.js';
import { AOW_NOT_YET_FIXED_FLOOR, pensionAgeFor } from '../../parameters/aow.js';
import { DATE_OF_BIRTH } from './facts.js';

/** The evidence every rule that rests on the date of birth asks for. */
export const BIRTH_DATE_EVIDENCE = Object.freeze({
  en: Object.freeze(['Passport or BRP extract showing the date of birth']),
  nl: Object.freeze(['Paspoort of BRP-uittreksel met de geboortedatum']),
});

/**
 * Judges a birth-date rule for every day a (partial) birth date could be. The rule is decided
 * only when every possible day gives the same answer; otherwise the full date is the missing fact.
 */
export function overBirthDate(birth: BirthDate | undefined, judge: (birthDay: Day) => Tri): Tri {
  if (!birth) return lacking(DATE_OF_BIRTH.pointer);
  if (!birth.partial) return judge(birth.first);
  let answer: Tri | undefined;
  for (const candidate of possibleBirthDays(birth)) {
    const next = judge(candidate);
    if (answer && next.status !== answer.status) return lacking(DATE_OF_BIRTH.pointer);
    answer = next;
  }
  return answer ?? lacking(DATE_OF_BIRTH.pointer);
}

/**
 * Whether a date (an anniversary) has been reached on every reference date: the application
 * date and, when given, the decision date. If the dates disagree, or a reference date falls
 * between the two readings of a month-end anniversary, the answer is open (a review).
 */
export function reachedOnAll(when: Anniversary, dates: readonly Day[]): Tri {
  let seen: Reached | undefined;
  for (const on of dates) {
    const reached = reachedOn(when, on);
    if (reached === 'ambiguous') return OPEN;
    if (seen && reached !== seen) return OPEN;
    seen = reached;
  }
  return seen === 'yes' ? YES : NO;
}

/** Age ≥ `years` on every reference date (the N-th anniversary reached). */
export function ageAtLeast(birth: BirthDate | undefined, years: number, dates: readonly Day[]): Tri {
  return overBirthDate(birth, (b) => reachedOnAll(anniversary(b, years), dates));
}

/** The statutory pensionable age reached on every reference date; open while not yet fixed. */
export function pensionAgeReached(birth: BirthDate | undefined, dates: readonly Day[]): Tri {
  return overBirthDate(birth, (b) => {
    const age = pensionAgeFor(b);
    if (age.fixed) return reachedOnAll(age.date, dates);
    // Not yet fixed, but at least 67 years 3 months: before that it is certainly not reached.
    return dates.every((on) => reachedOn(age.atLeast, on) === 'no') ? NO : OPEN;
  });
}

/** The day an anniversary falls on, as text facts: one date, two readings, or a span for partial dates. */
export function anniversaryFacts(
  birth: BirthDate | undefined,
  compute: (birthDay: Day) => Anniversary,
): Facts {
  if (!birth) return {};
  const first = compute(birth.first);
  const last = compute(birth.last);
  return { earliest: formatDay(first.early), latest: formatDay(last.late) };
}

/** The pensionable-age date facts, including whether the age is fixed yet. */
export function pensionFacts(birth: BirthDate | undefined): Facts {
  if (!birth) return {};
  const first = pensionAgeFor(birth.first);
  const last = pensionAgeFor(birth.last);
  const early = first.fixed ? first.date.early : first.atLeast.early;
  const late = last.fixed ? last.date.late : last.atLeast.late;
  const age = last.fixed ? last.row : AOW_NOT_YET_FIXED_FLOOR;
  return {
    earliest: formatDay(early),
    latest: formatDay(late),
    fixed: last.fixed ? 'yes' : 'no',
    years: age.years,
    months: age.months,
  };
}

/**
 * A procedure's age review (RES-REVIEW-AGE, NAT-REVIEW-AGE): satisfied when one of the watched rules
 * is unknown although every fact is known (an anniversary with two readings, an AOW age not yet
 * fixed); its reason lists them.
 */
export function ageReviewFinding(prior: Findings, watched: readonly { readonly id: string }[]): Finding {
  const open = watched
    .filter((rule) => {
      const finding = findingOf(prior, rule);
      return finding?.status === 'unknown' && finding.missing.length === 0;
    })
    .map((rule) => rule.id);
  return decide(
    truth(open.length > 0),
    { satisfied: 'open', notSatisfied: 'settled' },
    { rules: open.join(', ') },
  );
}

import { daysWithin, type Interval } from '../../calendar/periods.js';
import { decide, defineRule, type Facts, findingOf } from '../../engine/rule.js';
import { all, not, type Tri } from '../../engine/tri.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import { QUALIFICATION_DUTY_START, QUALIFICATION_DUTY_START_DAY } from '../../parameters/index.js';
import {
  eightYearsOfSchoolAge,
  type SchoolAgeWindows,
  schoolAgeWindows,
  windowFacts,
} from '../shared/school-age.js';
import { permitArticle } from './articles.js';
import { forPermits, type ResidenceContext, type ResidenceRule } from './context.js';
import { DATE_OF_BIRTH, PERIOD_FROM, PERIOD_TO } from './facts.js';

interface SchoolDays {
  /** Days that count: the full-time window, then up to the 18th birthday only from 2007-08-01. */
  readonly counted: number;
  /** Days in the whole window up to the 18th birthday, as if the later days always counted. */
  readonly whole: number;
}

// Vb 2000 art. 3.96a(2)(b) with Wi 2021 art. 4(1)(a): "ten minste acht jaar leerplichtig of
// kwalificatieplichtig ... op grond van de Leerplichtwet 1969"; the qualification duty (art. 4a, 4b,
// up to the 18th birthday) exists only since 2007-08-01, so days after the full-time window count
// only from then.
function schoolDays(
  { start, fullTimeEnd, end18 }: SchoolAgeWindows,
  periods: readonly Interval[],
): SchoolDays {
  const fullTime = daysWithin(periods, { from: start, to: fullTimeEnd });
  const qualification = daysWithin(periods, {
    from: Math.max(fullTimeEnd, QUALIFICATION_DUTY_START_DAY),
    to: end18,
  });
  return { counted: fullTime + qualification, whole: daysWithin(periods, { from: start, to: end18 }) };
}

const judge = (context: ResidenceContext, measure: (days: SchoolDays) => number): Tri =>
  eightYearsOfSchoolAge(context.birth, context.periods, (windows, periods) =>
    measure(schoolDays(windows, periods)),
  );

function facts(context: ResidenceContext): Facts {
  const { birth, periods } = context;
  if (!birth || !periods) return {};
  const windows = schoolAgeWindows(birth.first);
  const days = schoolDays(windows, periods);
  return {
    counted: days.counted,
    whole: days.whole,
    ...windowFacts(windows),
    partial: birth.partial ? 'yes' : 'no',
  };
}

const partialNote = {
  en: (f: Facts) =>
    f.partial === 'yes'
      ? ' (for the earliest possible birth date; every possible birth date gives the same answer)'
      : '',
  nl: (f: Facts) =>
    f.partial === 'yes'
      ? ' (voor de vroegst mogelijke geboortedatum; elke mogelijke geboortedatum geeft hetzelfde antwoord)'
      : '',
};

/** Said only when the full-time window ended before the qualification duty began. */
const beforeDuty = {
  en: (f: Facts) =>
    String(f.fullTimeEnd) < QUALIFICATION_DUTY_START
      ? `; between ${f.fullTimeEnd} and 2007-08-01, before the qualification duty, days do not count`
      : '',
  nl: (f: Facts) =>
    String(f.fullTimeEnd) < QUALIFICATION_DUTY_START
      ? `; tussen ${f.fullTimeEnd} en 2007-08-01, vóór de kwalificatieplicht, tellen dagen niet`
      : '',
};

const citations = (permit: Parameters<ResidenceRule['citations']>[0]) => [
  ...permitArticle(permit, { paragraph: '2', point: 'b' }),
  cite('wi2021-4', { paragraph: '1', point: 'a' }),
  cite('bi2021-2.6'),
  cite('lpw1969-3', { paragraph: '1' }),
  cite('lpw1969-4b'),
  ind('schoolAge'),
];

const evidence = {
  en: ['BRP extract with the history of registered addresses in the Netherlands'],
  nl: ['BRP-uittreksel met de adresgeschiedenis in Nederland'],
};

export const schoolAge: ResidenceRule = defineRule({
  id: 'RES-EX-SCHOOL-AGE',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DATE_OF_BIRTH, PERIOD_FROM, PERIOD_TO],
  citations,
  evidence,
  text: {
    en: {
      title: 'Eight years in the Netherlands during school age',
      description:
        'At least 8 years (2922 days) of BRP registration between the first day of the month after the 5th birthday and the 18th birthday; days after the full-time school-age window count only from 1 August 2007, when the qualification duty began.',
      reasons: {
        enough: (f) =>
          `${f.counted} days of registration count within school age (${f.start} up to ${f.end18}, full-time school age up to ${f.fullTimeEnd})${partialNote.en(f)}: at least 2922 days (8 years).`,
        short: (f) =>
          f.counted === undefined
            ? 'The registered periods add up to less than 2922 days (8 years) in all, so they cannot hold 8 years of school age.'
            : `${f.counted} days of registration count within school age (${f.start} up to ${f.end18}${beforeDuty.en(f)})${partialNote.en(f)}: fewer than 2922 days (8 years).`,
      },
    },
    nl: {
      title: 'Acht jaar in Nederland tijdens de leerplichtige leeftijd',
      description:
        'Ten minste 8 jaar (2922 dagen) inschrijving in de BRP tussen de eerste dag van de maand na de 5e verjaardag en de 18e verjaardag; dagen na de volledige leerplicht tellen pas vanaf 1 augustus 2007, toen de kwalificatieplicht begon.',
      reasons: {
        enough: (f) =>
          `${f.counted} dagen inschrijving tellen binnen de leerplichtige leeftijd (${f.start} tot ${f.end18}, volledige leerplicht tot ${f.fullTimeEnd})${partialNote.nl(f)}: ten minste 2922 dagen (8 jaar).`,
        short: (f) =>
          f.counted === undefined
            ? 'De ingeschreven perioden tellen samen minder dan 2922 dagen (8 jaar), dus er kunnen geen 8 jaar leerplichtige leeftijd in zitten.'
            : `${f.counted} dagen inschrijving tellen binnen de leerplichtige leeftijd (${f.start} tot ${f.end18}${beforeDuty.nl(f)})${partialNote.nl(f)}: minder dan 2922 dagen (8 jaar).`,
      },
    },
  },
  evaluate: (_input, context) =>
    decide(
      judge(context, (d) => d.counted),
      { satisfied: 'enough', notSatisfied: 'short' },
      facts(context),
    ),
});

// How the partial school duty before 2007 counts is not settled: when only those days would make
// up the 8 years, the IND must judge (the exemption itself stays not-satisfied).
export const schoolAgeReview: ResidenceRule = defineRule({
  id: 'RES-REVIEW-SCHOOL-AGE',
  procedure: 'residence',
  effect: 'manual-review',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DATE_OF_BIRTH, PERIOD_FROM, PERIOD_TO],
  dependsOn: [schoolAge],
  citations,
  evidence,
  text: {
    en: {
      title: 'School age before the qualification duty',
      description:
        'The 8 years are reached only if days between the end of full-time school age and the 18th birthday before 1 August 2007 also count; how that earlier partial school duty counts is not settled.',
      reasons: {
        review: (f) =>
          `Only ${f.counted} days count under the service's reading, but ${f.whole} days fall between ${f.start} and the 18th birthday (${f.end18}): with the days before 1 August 2007 after full-time school age, the applicant reaches 8 years. The IND must judge.`,
        noReview: () =>
          'The days before 1 August 2007 after full-time school age do not change the outcome of the school-age exemption.',
      },
    },
    nl: {
      title: 'Leerplichtige leeftijd vóór de kwalificatieplicht',
      description:
        'De 8 jaar worden alleen gehaald als ook de dagen tussen het einde van de volledige leerplicht en de 18e verjaardag vóór 1 augustus 2007 meetellen; hoe die oudere partiële leerplicht telt, staat niet vast.',
      reasons: {
        review: (f) =>
          `Volgens de lezing van de dienst tellen maar ${f.counted} dagen, maar tussen ${f.start} en de 18e verjaardag (${f.end18}) liggen ${f.whole} dagen: met de dagen vóór 1 augustus 2007 na de volledige leerplicht haalt de aanvrager 8 jaar. De IND moet oordelen.`,
        noReview: () =>
          'De dagen vóór 1 augustus 2007 na de volledige leerplicht veranderen de uitkomst van de vrijstelling niet.',
      },
    },
  },
  evaluate: (_input, context, prior) => {
    const exemption = findingOf(prior, schoolAge);
    const exempt = exemption
      ? { status: exemption.status, missing: exemption.missing }
      : judge(context, (d) => d.counted);
    return decide(
      all(
        not(exempt),
        judge(context, (d) => d.whole),
      ),
      { satisfied: 'review', notSatisfied: 'noReview' },
      facts(context),
    );
  },
});

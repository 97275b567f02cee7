import { daysWithin } from '../../calendar/periods.js';
import { decide, defineRule, type Facts, findingOf } from '../../engine/rule.js';
import { all, not } from '../../engine/tri.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import { eightYearsOfSchoolAge, schoolAgeWindows, windowFacts } from '../shared/school-age.js';
import { NATURALISATION_VARIANTS, type NaturalisationContext, type NaturalisationRule } from './context.js';
import { DATE_OF_BIRTH, PERIOD_FROM, PERIOD_TO } from './facts.js';

const READS = [DATE_OF_BIRTH, PERIOD_FROM, PERIOD_TO];

/** Days of registration in full-time school age, and up to the 18th birthday, for the reasons. */
function facts(context: NaturalisationContext): Facts {
  const { birth, periods } = context;
  if (!birth || !periods) return {};
  const w = schoolAgeWindows(birth.first);
  return {
    fullTime: daysWithin(periods, { from: w.start, to: w.fullTimeEnd }),
    to18: daysWithin(periods, { from: w.start, to: w.end18 }),
    ...windowFacts(w),
  };
}

const fullTimeDays = (context: NaturalisationContext) =>
  eightYearsOfSchoolAge(context.birth, context.periods, (w, periods) =>
    daysWithin(periods, { from: w.start, to: w.fullTimeEnd }),
  );

/** BNT art. 3(1)(j), the Wi 2013 provision it refers to, and the full-time school duty. */
const schoolAgeLaw = () => [
  cite('bnt-3', { paragraph: '1', point: 'j' }),
  cite('wi2013-5', { paragraph: '1', point: 'b' }),
  cite('lpw1969-3', { paragraph: '1' }),
];

const evidence = {
  en: ['BRP extract (or an older population register) with the addresses in the European Netherlands'],
  nl: ['BRP-uittreksel (of een ouder bevolkingsregister) met de adressen in Europees Nederland'],
};

// BNT art. 3(1)(j): "ten minste acht jaren tijdens de leerplichtige leeftijd in het Europese deel van
// Nederland heeft verbleven", read as full-time compulsory school age (Leerplichtwet 1969 art. 3):
// a narrower window than the residence rule, which also counts the qualification duty.
export const schoolAge: NaturalisationRule = defineRule({
  id: 'NAT-EX-SCHOOL-AGE',
  procedure: 'naturalisation',
  effect: 'exempt',
  variants: NATURALISATION_VARIANTS,
  reads: READS,
  citations: () => [...schoolAgeLaw(), ind('naturalisationExemptions')],
  evidence,
  text: {
    en: {
      title: 'Eight years in the Netherlands during full-time school age',
      description:
        'At least 8 years (2922 days) of registration in the European Netherlands during full-time compulsory school age: from the first day of the month after the 5th birthday to 31 July of the school year in which the 16th birthday falls.',
      reasons: {
        enough: (f) =>
          `${f.fullTime} days of registration fall within full-time compulsory school age (${f.start} up to ${f.fullTimeEnd}, the window for naturalisation): at least 2922 days (8 years).`,
        short: (f) =>
          f.fullTime === undefined
            ? 'The registered periods add up to less than 2922 days (8 years) in all.'
            : `${f.fullTime} days of registration fall within full-time compulsory school age (${f.start} up to ${f.fullTimeEnd}, the window for naturalisation): fewer than 2922 days (8 years).`,
      },
    },
    nl: {
      title: 'Acht jaar in Nederland tijdens de volledige leerplicht',
      description:
        'Ten minste 8 jaar (2922 dagen) inschrijving in Europees Nederland tijdens de volledige leerplicht: van de eerste dag van de maand na de 5e verjaardag tot 31 juli van het schooljaar waarin de 16e verjaardag valt.',
      reasons: {
        enough: (f) =>
          `${f.fullTime} dagen inschrijving vallen binnen de volledige leerplicht (${f.start} tot ${f.fullTimeEnd}, de periode voor naturalisatie): ten minste 2922 dagen (8 jaar).`,
        short: (f) =>
          f.fullTime === undefined
            ? 'De ingeschreven perioden tellen samen minder dan 2922 dagen (8 jaar).'
            : `${f.fullTime} dagen inschrijving vallen binnen de volledige leerplicht (${f.start} tot ${f.fullTimeEnd}, de periode voor naturalisatie): minder dan 2922 dagen (8 jaar).`,
      },
    },
  },
  evaluate: (_input, context) =>
    decide(fullTimeDays(context), { satisfied: 'enough', notSatisfied: 'short' }, facts(context)),
});

// Where "leerplichtige leeftijd" ends for naturalisation is not settled: if the years up to the
// 18th birthday would make 8, the IND must judge.
export const schoolAgeReview: NaturalisationRule = defineRule({
  id: 'NAT-REVIEW-SCHOOL-AGE',
  procedure: 'naturalisation',
  effect: 'manual-review',
  variants: NATURALISATION_VARIANTS,
  reads: READS,
  dependsOn: [schoolAge],
  citations: () => [
    ...schoolAgeLaw(),
    cite('lpw1969-4a', { paragraph: '1' }),
    ind('naturalisationExemptions'),
  ],
  evidence,
  text: {
    en: {
      title: 'School age up to 18 for naturalisation',
      description:
        'The 8 years are reached only if school age runs to the 18th birthday (the qualification duty), which is not settled for naturalisation.',
      reasons: {
        review: (f) =>
          `Only ${f.fullTime} days fall within full-time school age (up to ${f.fullTimeEnd}), but ${f.to18} days fall between ${f.start} and the 18th birthday (${f.end18}): whether the later years count for naturalisation is not settled. The IND must judge.`,
        noReview: () => 'Counting school age up to the 18th birthday would not change the outcome.',
      },
    },
    nl: {
      title: 'Leerplichtige leeftijd tot 18 voor naturalisatie',
      description:
        'De 8 jaar worden alleen gehaald als de leerplichtige leeftijd tot de 18e verjaardag loopt (de kwalificatieplicht), wat voor naturalisatie niet vaststaat.',
      reasons: {
        review: (f) =>
          `Maar ${f.fullTime} dagen vallen binnen de volledige leerplicht (tot ${f.fullTimeEnd}), terwijl tussen ${f.start} en de 18e verjaardag (${f.end18}) ${f.to18} dagen liggen: of de latere jaren voor naturalisatie meetellen, staat niet vast. De IND moet oordelen.`,
        noReview: () => 'Tellen tot de 18e verjaardag zou de uitkomst niet veranderen.',
      },
    },
  },
  evaluate: (_input, context, prior) => {
    const to18 = eightYearsOfSchoolAge(context.birth, context.periods, (w, periods) =>
      daysWithin(periods, { from: w.start, to: w.end18 }),
    );
    const exempt = findingOf(prior, schoolAge) ?? fullTimeDays(context);
    return decide(all(not(exempt), to18), { satisfied: 'review', notSatisfied: 'noReview' }, facts(context));
  },
});

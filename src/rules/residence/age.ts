import { anniversary } from '../../calendar/anniversary.js';
import { decide, defineRule, type Facts } from '../../engine/rule.js';
import { not } from '../../engine/tri.js';
import { dateSpan, longDate, onReferenceDates, yearsAndMonths } from '../../i18n/format.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import {
  AOW_DECISIONS_FROM_YEAR,
  AOW_NOT_FIXED_FROM_BIRTH,
  AOW_NOT_YET_FIXED_FLOOR,
} from '../../parameters/aow.js';
import {
  ageAtLeast,
  anniversaryFacts,
  BIRTH_DATE_EVIDENCE,
  pensionAgeReached,
  pensionFacts,
} from '../shared/age.js';
import { permitArticle } from './articles.js';
import { forPermits, type ResidenceContext, type ResidenceRule } from './context.js';
import { APPLICATION_DATE, DATE_OF_BIRTH, DECISION_DATE } from './facts.js';

/** Dates and ages of the AOW table (src/parameters/aow.ts), as the texts name them. */
const NOT_FIXED_FROM = (lang: 'en' | 'nl') => longDate(AOW_NOT_FIXED_FROM_BIRTH, lang);
const FLOOR = (lang: 'en' | 'nl') =>
  yearsAndMonths(AOW_NOT_YET_FIXED_FLOOR.years, AOW_NOT_YET_FIXED_FLOOR.months, lang);
const span = (f: Facts, lang: 'en' | 'nl') => dateSpan(f.earliest, f.latest, lang);
const on = (f: Facts, lang: 'en' | 'nl') => onReferenceDates(f.decision === 'yes', lang);
/** The facts of an age reason, and whether the decision date was given (the texts say which dates). */
const withDates = (context: ResidenceContext, facts: Facts): Facts =>
  Object.assign({ decision: context.decisionDate === undefined ? 'no' : 'yes' }, facts);

// Vb 2000 art. 3.96a(2)(a): "minderjarig is of de pensioengerechtigde leeftijd, bedoeld in artikel
// 7a, eerste lid, van de Algemene Ouderdomswet, heeft bereikt" (same letter in 3.107a and 3.80a).
export const minor: ResidenceRule = defineRule({
  id: 'RES-EX-MINOR',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DATE_OF_BIRTH, APPLICATION_DATE, DECISION_DATE],
  citations: (permit) => [...permitArticle(permit, { paragraph: '2', point: 'a' }), ind('age')],
  evidence: BIRTH_DATE_EVIDENCE,
  text: {
    en: {
      title: 'Under 18 years of age',
      description: 'A minor does not have to meet the integration requirement.',
      reasons: {
        minor: (f) => `The applicant is under 18 ${on(f, 'en')}: the 18th birthday is ${span(f, 'en')}.`,
        adult: (f) => `The applicant is 18 or older ${on(f, 'en')}: the 18th birthday was ${span(f, 'en')}.`,
        open: (f) =>
          `The 18th birthday (${span(f, 'en')}) falls between the application date and the decision date (a minor on one date, not on the other), or on a day that exists only in one reading (born on 29 February, or a month-end): see RES-REVIEW-AGE.`,
      },
    },
    nl: {
      title: 'Jonger dan 18 jaar',
      description: 'Een minderjarige hoeft niet aan het inburgeringsvereiste te voldoen.',
      reasons: {
        minor: (f) => `De aanvrager is jonger dan 18 ${on(f, 'nl')}: de 18e verjaardag is ${span(f, 'nl')}.`,
        adult: (f) => `De aanvrager is 18 of ouder ${on(f, 'nl')}: de 18e verjaardag was ${span(f, 'nl')}.`,
        open: (f) =>
          `De 18e verjaardag (${span(f, 'nl')}) valt tussen de aanvraagdatum en de beslisdatum (op de ene datum minderjarig, op de andere niet), of op een dag die maar in één lezing bestaat (geboren op 29 februari of aan het eind van een maand): zie RES-REVIEW-AGE.`,
      },
    },
  },
  evaluate: (_input, context) =>
    decide(
      not(ageAtLeast(context.birth, 18, context.referenceDates)),
      { satisfied: 'minor', notSatisfied: 'adult', open: 'open' },
      withDates(
        context,
        anniversaryFacts(context.birth, (b) => anniversary(b, 18)),
      ),
    ),
});

export const pensionAge: ResidenceRule = defineRule({
  id: 'RES-EX-PENSION-AGE',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DATE_OF_BIRTH, APPLICATION_DATE, DECISION_DATE],
  citations: (permit) => [
    ...permitArticle(permit, { paragraph: '2', point: 'a' }),
    cite('aow-7a', { paragraph: '1' }),
    cite('aow-7a', { paragraph: '2' }),
    ind('age'),
  ],
  evidence: BIRTH_DATE_EVIDENCE,
  text: {
    en: {
      title: 'Statutory pensionable age reached',
      description: `An applicant who has reached the statutory pensionable age (AOW age: AOW art. 7a, and from ${AOW_DECISIONS_FROM_YEAR} the annual decisions in the Staatscourant) is exempt.`,
      reasons: {
        reached: (f) =>
          `The pensionable age for this birth date is ${yearsAndMonths(f.years, f.months, 'en')}, reached ${span(f, 'en')}: on or before the reference date (${on(f, 'en')}).`,
        notReached: (f) =>
          f.fixed === 'yes'
            ? `The pensionable age for this birth date is ${yearsAndMonths(f.years, f.months, 'en')}, reached ${span(f, 'en')}: not yet ${on(f, 'en')}.`
            : `For a birth date on or after ${NOT_FIXED_FROM('en')} the pensionable age is not yet fixed, but it is at least ${FLOOR('en')} (reached ${span(f, 'en')}): not yet ${on(f, 'en')}.`,
        notFixed: (f) =>
          `For a birth date on or after ${NOT_FIXED_FROM('en')} the pensionable age is not yet fixed (AOW art. 7a(2)); it is at least ${FLOOR('en')}, which is reached ${span(f, 'en')}. Whether the pensionable age is reached on the reference date cannot be decided yet.`,
        open: (f) =>
          `The pensionable age (${yearsAndMonths(f.years, f.months, 'en')}) is reached ${span(f, 'en')}: between the application date and the decision date, or on a day that exists only in one reading (see RES-REVIEW-AGE).`,
      },
    },
    nl: {
      title: 'Pensioengerechtigde leeftijd bereikt',
      description: `Een aanvrager die de pensioengerechtigde leeftijd heeft bereikt (AOW-leeftijd: AOW art. 7a, en vanaf ${AOW_DECISIONS_FROM_YEAR} de jaarlijkse besluiten in de Staatscourant) is vrijgesteld.`,
      reasons: {
        reached: (f) =>
          `De pensioengerechtigde leeftijd voor deze geboortedatum is ${yearsAndMonths(f.years, f.months, 'nl')}, bereikt ${span(f, 'nl')}: op of vóór de peildatum (${on(f, 'nl')}).`,
        notReached: (f) =>
          f.fixed === 'yes'
            ? `De pensioengerechtigde leeftijd voor deze geboortedatum is ${yearsAndMonths(f.years, f.months, 'nl')}, bereikt ${span(f, 'nl')}: nog niet ${on(f, 'nl')}.`
            : `Voor wie op of na ${NOT_FIXED_FROM('nl')} is geboren, is de pensioengerechtigde leeftijd nog niet vastgesteld, maar die is ten minste ${FLOOR('nl')} (bereikt ${span(f, 'nl')}): nog niet ${on(f, 'nl')}.`,
        notFixed: (f) =>
          `Voor wie op of na ${NOT_FIXED_FROM('nl')} is geboren, is de pensioengerechtigde leeftijd nog niet vastgesteld (AOW art. 7a lid 2); die is ten minste ${FLOOR('nl')}, bereikt ${span(f, 'nl')}. Of de leeftijd op de peildatum is bereikt, valt nog niet te zeggen.`,
        open: (f) =>
          `De pensioengerechtigde leeftijd (${yearsAndMonths(f.years, f.months, 'nl')}) wordt bereikt ${span(f, 'nl')}: tussen de aanvraagdatum en de beslisdatum, of op een dag die maar in één lezing bestaat (zie RES-REVIEW-AGE).`,
      },
    },
  },
  evaluate: (_input, context) => {
    const facts = withDates(context, pensionFacts(context.birth));
    return decide(
      pensionAgeReached(context.birth, context.referenceDates),
      { satisfied: 'reached', notSatisfied: 'notReached', open: facts.fixed === 'no' ? 'notFixed' : 'open' },
      facts,
    );
  },
});

import { anniversary } from '../../calendar/anniversary.js';
import { decide, defineRule, type Facts, findingOf, firstFailing } from '../../engine/rule.js';
import { all, flag, known, not, OPEN, type Tri } from '../../engine/tri.js';
import { dateSpan } from '../../i18n/format.js';
import { cite } from '../../law/cite.js';
import { ageAtLeast, anniversaryFacts, overBirthDate, reachedOnAll } from '../shared/age.js';
import { permitArticle } from './articles.js';
import { forPermits, type ResidenceContext, type ResidenceRule } from './context.js';
import {
  APPLICATION_DATE,
  DATE_OF_BIRTH,
  FORMER_DUTCH_NATIONAL,
  LIVED_HERE_SINCE_YOUNG,
  LOSS_REASON,
  YEARS_BEFORE_19,
  YEARS_BEFORE_DUTCH,
} from './facts.js';

const adult = (context: ResidenceContext) => ageAtLeast(context.birth, 18, context.referenceDates);

/** Unknown although every fact is known: the calendar leaves it open (R2-7: the reason names which birthday). */
const isOpen = (tri: Tri) => tri.status === 'unknown' && tri.missing.length === 0;

// Vw 2000 art. 21(4): born here or "reeds voor zijn vierde levensjaar in Nederland verbleef en sindsdien
// zijn hoofdverblijf niet buiten Nederland heeft verplaatst en inmiddels 18 jaar is": refusal only on
// grounds (c) or (d), so never on the integration requirement (g).
export const bornOrRaisedBefore4: ResidenceRule = defineRule({
  id: 'RES-EX-BORN-OR-RAISED-BEFORE-4',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R'),
  reads: [LIVED_HERE_SINCE_YOUNG, DATE_OF_BIRTH],
  citations: () => [cite('vw2000-21', { paragraph: '4' })],
  evidence: {
    en: ['BRP extract with the full history of addresses since birth or arrival'],
    nl: ['BRP-uittreksel met de volledige adresgeschiedenis sinds geboorte of aankomst'],
  },
  text: {
    en: {
      title: 'Born in the Netherlands or living here before age 4',
      description:
        'An adult born in the Netherlands or living here before the 4th birthday, whose main residence never moved abroad since, can be refused a regular permanent permit only for crimes or national security (Vw 2000 art. 21(4)): never for the integration requirement.',
      reasons: {
        applies: () =>
          'Born in the Netherlands or living here before the 4th birthday ("voor zijn vierde levensjaar", read as before the 4th birthday), main residence never moved abroad, and 18 or older: Vw 2000 art. 21(4) rules out refusal on the integration requirement.',
        notLived: () =>
          'The applicant was not born in the Netherlands or living here before the 4th birthday with the main residence here ever since.',
        minor: () =>
          'The applicant is not yet 18, which Vw 2000 art. 21(4) requires ("inmiddels 18 jaar is"); RES-EX-MINOR covers minors.',
        open: () =>
          'The 18th birthday falls between the application and decision dates (18 on one date, not on the other), or on a day with two readings: see RES-REVIEW-AGE.',
      },
    },
    nl: {
      title: 'Geboren in Nederland of hier vóór het 4e jaar',
      description:
        'Een meerderjarige die in Nederland is geboren of hier vóór de 4e verjaardag verbleef en sindsdien het hoofdverblijf niet buiten Nederland heeft verplaatst, kan een reguliere vergunning voor onbepaalde tijd alleen worden geweigerd wegens misdrijven of nationale veiligheid (Vw 2000 art. 21 lid 4): nooit wegens het inburgeringsvereiste.',
      reasons: {
        applies: () =>
          'Geboren in Nederland of hier vóór de 4e verjaardag ("voor zijn vierde levensjaar", gelezen als vóór de 4e verjaardag), hoofdverblijf nooit naar het buitenland verplaatst en 18 of ouder: Vw 2000 art. 21 lid 4 sluit weigering wegens het inburgeringsvereiste uit.',
        notLived: () =>
          'De aanvrager is niet in Nederland geboren of verbleef hier niet vóór de 4e verjaardag met sindsdien het hoofdverblijf in Nederland.',
        minor: () =>
          'De aanvrager is nog geen 18, wat Vw 2000 art. 21 lid 4 vereist ("inmiddels 18 jaar is"); voor minderjarigen geldt RES-EX-MINOR.',
        open: () =>
          'De 18e verjaardag valt tussen de aanvraag- en de beslisdatum (op de ene datum 18, op de andere niet), of op een dag met twee lezingen: zie RES-REVIEW-AGE.',
      },
    },
  },
  evaluate: (input, context) => {
    const lived = flag(LIVED_HERE_SINCE_YOUNG, input);
    const grownUp = adult(context);
    return decide(all(lived, grownUp), {
      satisfied: 'applies',
      notSatisfied: firstFailing(
        [
          [lived, 'notLived'],
          [grownUp, 'minor'],
        ],
        'notLived',
      ),
      open: 'open',
    });
  },
});

/** Vb 2000 art. 3.96a(2)(f)(1°): "voor zover diens aanvraag is ontvangen voor het negenentwintigste levensjaar". */
function before29th(context: ResidenceContext): Tri {
  return overBirthDate(context.birth, (b) =>
    not(reachedOnAll(anniversary(b, 29), [context.applicationDate])),
  );
}

const yearsAtLeast = (input: Parameters<ResidenceRule['evaluate']>[0], minimum: number) =>
  known(YEARS_BEFORE_19, input, (years) => years >= minimum);

const yearsFacts = (input: Parameters<ResidenceRule['evaluate']>[0], context: ResidenceContext): Facts => ({
  years: YEARS_BEFORE_19.read(input) ?? '?',
  ...anniversaryFacts(context.birth, (b) => anniversary(b, 29)),
});

const grewUpCitations = (item: '1°' | '2°') => (permit: Parameters<ResidenceRule['citations']>[0]) =>
  permitArticle(permit, { paragraph: '2', point: 'f', item });

const grewUpEvidence = {
  en: ['IND or BRP records of the residence permits held before the 19th birthday'],
  nl: ['Gegevens van de IND of de BRP over de verblijfsvergunningen vóór de 19e verjaardag'],
};

export const grewUp: ResidenceRule = defineRule({
  id: 'RES-EX-GREW-UP-IN-NL',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'E'),
  reads: [DATE_OF_BIRTH, YEARS_BEFORE_19, APPLICATION_DATE],
  citations: grewUpCitations('1°'),
  evidence: grewUpEvidence,
  text: {
    en: {
      title: 'Grew up in the Netherlands (10 years before age 19)',
      description:
        'An adult with 10 years of lawful residence under Vw 2000 art. 8(a), (b) or (l) before the 19th birthday, whose application is received before the 29th birthday.',
      reasons: {
        applies: (f) =>
          `Adult, ${f.years} years of lawful residence before the 19th birthday (at least 10), and the application is received before the 29th birthday (${dateSpan(f.earliest, f.latest, 'en')}).`,
        tooFew: (f) =>
          `${f.years} years of lawful residence before the 19th birthday: fewer than the 10 required.`,
        tooLate: (f) =>
          `The application is received on or after the 29th birthday (${dateSpan(f.earliest, f.latest, 'en')}).`,
        minor: () => 'The applicant is not yet 18 ("meerderjarig is"); RES-EX-MINOR covers minors.',
        open18: () =>
          'The 18th birthday falls between the application and decision dates (18 on one date, not on the other), or on a day with two readings.',
        open29: (f) =>
          `The 29th birthday (${dateSpan(f.earliest, f.latest, 'en')}) exists in two readings and the application date falls between them: whether the application was received before the 29th birthday is for the IND to decide.`,
      },
    },
    nl: {
      title: 'Opgegroeid in Nederland (10 jaar vóór het 19e jaar)',
      description:
        'Een meerderjarige met 10 jaar rechtmatig verblijf op grond van Vw 2000 art. 8 onder a, b of l vóór de 19e verjaardag, van wie de aanvraag vóór de 29e verjaardag is ontvangen.',
      reasons: {
        applies: (f) =>
          `Meerderjarig, ${f.years} jaar rechtmatig verblijf vóór de 19e verjaardag (ten minste 10), en de aanvraag is ontvangen vóór de 29e verjaardag (${dateSpan(f.earliest, f.latest, 'nl')}).`,
        tooFew: (f) =>
          `${f.years} jaar rechtmatig verblijf vóór de 19e verjaardag: minder dan de vereiste 10.`,
        tooLate: (f) =>
          `De aanvraag is ontvangen op of na de 29e verjaardag (${dateSpan(f.earliest, f.latest, 'nl')}).`,
        minor: () =>
          'De aanvrager is nog geen 18 ("meerderjarig is"); voor minderjarigen geldt RES-EX-MINOR.',
        open18: () =>
          'De 18e verjaardag valt tussen de aanvraag- en de beslisdatum (op de ene datum 18, op de andere niet), of op een dag met twee lezingen.',
        open29: (f) =>
          `De 29e verjaardag (${dateSpan(f.earliest, f.latest, 'nl')}) bestaat in twee lezingen en de aanvraagdatum valt daartussen: of de aanvraag vóór de 29e verjaardag is ontvangen, beslist de IND.`,
      },
    },
  },
  evaluate: (input, context) => {
    const grownUp = adult(context);
    const years = yearsAtLeast(input, 10);
    const inTime = before29th(context);
    return decide(
      all(grownUp, years, inTime),
      {
        satisfied: 'applies',
        notSatisfied: firstFailing(
          [
            [grownUp, 'minor'],
            [years, 'tooFew'],
            [inTime, 'tooLate'],
          ],
          'tooFew',
        ),
        open: isOpen(grownUp) ? 'open18' : 'open29',
      },
      yearsFacts(input, context),
    );
  },
});

// Vb 2000 art. 3.96a(2)(f)(2°): five years before the 19th birthday "en voor wie Nederland naar het
// oordeel van Onze Minister het meest aangewezen land is": the IND judges, so a dispensation.
export const grewUpDispensation: ResidenceRule = defineRule({
  id: 'RES-DISP-GREW-UP-IN-NL',
  procedure: 'residence',
  effect: 'dispensation-possible',
  variants: forPermits('R', 'E'),
  reads: [DATE_OF_BIRTH, YEARS_BEFORE_19],
  dependsOn: [grewUp],
  citations: grewUpCitations('2°'),
  evidence: {
    en: [...grewUpEvidence.en, 'Evidence of ties with the Netherlands (school, work, family)'],
    nl: [...grewUpEvidence.nl, 'Bewijs van de banden met Nederland (school, werk, familie)'],
  },
  text: {
    en: {
      title: 'Grew up in the Netherlands (5 years before age 19)',
      description:
        'An adult with 5 years of lawful residence before the 19th birthday is exempt if the IND judges the Netherlands "het meest aangewezen land" (the most appropriate country) for them.',
      reasons: {
        possible: (f) =>
          `Adult with ${f.years} years of lawful residence before the 19th birthday (at least 5): the IND may exempt if it judges the Netherlands the most appropriate country for the applicant.`,
        tooFew: (f) =>
          `${f.years} years of lawful residence before the 19th birthday: fewer than the 5 required.`,
        alreadyExempt: () => 'RES-EX-GREW-UP-IN-NL already exempts the applicant.',
        minor: () => 'The applicant is not yet 18; RES-EX-MINOR covers minors.',
        open18: () =>
          'The 18th birthday falls between the application and decision dates (18 on one date, not on the other), or on a day with two readings.',
        openExemption: (f) =>
          `Whether RES-EX-GREW-UP-IN-NL already exempts the applicant is open: the 29th birthday (${dateSpan(f.earliest, f.latest, 'en')}) exists in two readings and the application date falls between them.`,
      },
    },
    nl: {
      title: 'Opgegroeid in Nederland (5 jaar vóór het 19e jaar)',
      description:
        'Een meerderjarige met 5 jaar rechtmatig verblijf vóór de 19e verjaardag is vrijgesteld als de IND Nederland voor hem of haar "het meest aangewezen land" vindt.',
      reasons: {
        possible: (f) =>
          `Meerderjarig met ${f.years} jaar rechtmatig verblijf vóór de 19e verjaardag (ten minste 5): de IND kan vrijstellen als hij Nederland het meest aangewezen land voor de aanvrager vindt.`,
        tooFew: (f) =>
          `${f.years} jaar rechtmatig verblijf vóór de 19e verjaardag: minder dan de vereiste 5.`,
        alreadyExempt: () => 'RES-EX-GREW-UP-IN-NL stelt de aanvrager al vrij.',
        minor: () => 'De aanvrager is nog geen 18; voor minderjarigen geldt RES-EX-MINOR.',
        open18: () =>
          'De 18e verjaardag valt tussen de aanvraag- en de beslisdatum (op de ene datum 18, op de andere niet), of op een dag met twee lezingen.',
        openExemption: (f) =>
          `Of RES-EX-GREW-UP-IN-NL de aanvrager al vrijstelt, staat open: de 29e verjaardag (${dateSpan(f.earliest, f.latest, 'nl')}) bestaat in twee lezingen en de aanvraagdatum valt daartussen.`,
      },
    },
  },
  evaluate: (input, context, prior) => {
    const grownUp = adult(context);
    const years = yearsAtLeast(input, 5);
    const notExempt = not(findingOf(prior, grewUp) ?? OPEN);
    return decide(
      all(grownUp, years, notExempt),
      {
        satisfied: 'possible',
        notSatisfied: firstFailing(
          [
            [grownUp, 'minor'],
            [years, 'tooFew'],
            [notExempt, 'alreadyExempt'],
          ],
          'tooFew',
        ),
        open: isOpen(grownUp) ? 'open18' : 'openExemption',
      },
      yearsFacts(input, context),
    );
  },
});

const LOSS_REASONS = new Set(['renunciation', 'withdrawal-for-keeping-other-nationality']);

// Vb 2000 art. 3.96a(2)(g): a former Dutch national who lost it by renunciation or by withdrawal
// for not giving up the original nationality, with at least five years of lawful residence before.
export const formerDutchNational: ResidenceRule = defineRule({
  id: 'RES-EX-FORMER-DUTCH-NATIONAL',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'E'),
  reads: [FORMER_DUTCH_NATIONAL, LOSS_REASON, YEARS_BEFORE_DUTCH],
  citations: (permit) => permitArticle(permit, { paragraph: '2', point: 'g' }),
  evidence: {
    en: ['The decision on the loss of Dutch nationality, and proof of the residence before naturalisation'],
    nl: [
      'Het besluit over het verlies van het Nederlanderschap, en bewijs van het verblijf vóór de naturalisatie',
    ],
  },
  text: {
    en: {
      title: 'Former Dutch national',
      description:
        'A former Dutch national who lost Dutch nationality by renunciation, or by withdrawal for not giving up the original nationality, after at least 5 years of lawful residence before naturalisation.',
      reasons: {
        applies: () =>
          'Former Dutch national who lost it by renunciation or by withdrawal for keeping the other nationality, with at least 5 years of lawful residence before naturalisation.',
        never: () => 'The applicant was never a Dutch national.',
        otherLoss: () =>
          'Dutch nationality was lost in another way than the two the law names (renunciation; withdrawal for keeping the other nationality).',
        tooFew: () => 'Fewer than 5 years of lawful residence before naturalisation.',
      },
    },
    nl: {
      title: 'Oud-Nederlander',
      description:
        'Een oud-Nederlander die het Nederlanderschap verloor door afstand, of door intrekking omdat de oorspronkelijke nationaliteit niet werd opgegeven, na ten minste 5 jaar rechtmatig verblijf vóór de naturalisatie.',
      reasons: {
        applies: () =>
          'Oud-Nederlander die het Nederlanderschap verloor door afstand of door intrekking wegens het behouden van de andere nationaliteit, met ten minste 5 jaar rechtmatig verblijf vóór de naturalisatie.',
        never: () => 'De aanvrager is nooit Nederlander geweest.',
        otherLoss: () =>
          'Het Nederlanderschap is op een andere manier verloren dan de twee die de wet noemt (afstand; intrekking wegens het behouden van de andere nationaliteit).',
        tooFew: () => 'Minder dan 5 jaar rechtmatig verblijf vóór de naturalisatie.',
      },
    },
  },
  evaluate: (input) => {
    const former = flag(FORMER_DUTCH_NATIONAL, input);
    const reason = known(LOSS_REASON, input, (r) => LOSS_REASONS.has(r));
    const years = known(YEARS_BEFORE_DUTCH, input, (y) => y >= 5);
    return decide(all(former, reason, years), {
      satisfied: 'applies',
      notSatisfied: firstFailing(
        [
          [former, 'never'],
          [reason, 'otherLoss'],
          [years, 'tooFew'],
        ],
        'never',
      ),
    });
  },
});

import { DATES_DIFFER, SAME_ON_BOTH_DATES } from '../../engine/assess.js';
import type { Outcome } from '../../engine/procedure.js';
import { defineRule, type Facts, type Lang } from '../../engine/rule.js';
import { OUTCOME_NAMES } from '../../i18n/outcomes.js';
import { cite } from '../../law/cite.js';
import { ageReviewFinding, BIRTH_DATE_EVIDENCE } from '../shared/age.js';
import { minor, pensionAge } from './age.js';
import { forPermits, type ResidenceRule } from './context.js';
import { APPLICATION_DATE, DATE_OF_BIRTH, DECISION_DATE } from './facts.js';
import { bornOrRaisedBefore4, grewUp } from './grew-up.js';
import { schoolAge } from './school-age.js';

/**
 * R2-7: the scope, met and exemption rules that read the date of birth (never a dispensation rule:
 * an open dispensation cannot decide the outcome). A test checks that this is exactly that set.
 */
export const AGE_RULES: readonly ResidenceRule[] = [
  minor,
  pensionAge,
  schoolAge,
  bornOrRaisedBefore4,
  grewUp,
];

const outcome = (value: string | number | undefined, lang: Lang) =>
  OUTCOME_NAMES[value as Outcome]?.[lang] ?? String(value);

// An age rule that the facts cannot decide (an anniversary has two readings, the AOW age is not yet
// fixed) is for the IND: Vw 2000 art. 26(1) grants "met ingang van de dag waarop de vreemdeling heeft
// aangetoond dat hij aan alle voorwaarden voldoet". Where the application and decision dates give
// different answers, the engine decides the outcome on each date (R2-1) and gives this rule the
// reason: the same outcome on both dates, or the two outcomes.
export const ageReview: ResidenceRule = defineRule({
  id: 'RES-REVIEW-AGE',
  procedure: 'residence',
  effect: 'manual-review',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DATE_OF_BIRTH, APPLICATION_DATE, DECISION_DATE],
  dependsOn: AGE_RULES,
  citations: () => [cite('vw2000-26', { paragraph: '1' }), cite('aow-7a', { paragraph: '2' })],
  evidence: BIRTH_DATE_EVIDENCE,
  text: {
    en: {
      title: 'Age cannot be settled from the dates',
      description:
        'An age rule (a scope, met or exemption rule that reads the date of birth) is open although every fact is known: a birthday exists only in one reading, the pensionable age is not yet fixed, or the application and decision dates lead to different outcomes.',
      reasons: {
        open: (f) =>
          `These age rules cannot be settled from the facts and need the IND's judgement: ${f.rules}.`,
        settled: () => 'Every age rule is settled by the facts given (or waits only for missing facts).',
        [DATES_DIFFER]: (f: Facts) =>
          `The application date and the decision date lead to different outcomes (on the application date: ${outcome(f.application, 'en')}; on the decision date: ${outcome(f.decision, 'en')}): which date counts is for the IND to decide.`,
        [SAME_ON_BOTH_DATES]: (f: Facts) =>
          `Some age rules differ between the application date and the decision date (${f.rules}), but the answer is the same on both dates (${outcome(f.outcome, 'en')}), whichever date the IND takes.`,
      },
    },
    nl: {
      title: 'Leeftijd niet vast te stellen uit de data',
      description:
        'Een leeftijdsregel (een regel over de reikwijdte, het voldoen aan of de vrijstelling van het vereiste die de geboortedatum leest) blijft open hoewel alle feiten bekend zijn: een verjaardag bestaat maar in één lezing, de pensioengerechtigde leeftijd is nog niet vastgesteld, of de aanvraag- en de beslisdatum leiden tot een andere uitkomst.',
      reasons: {
        open: (f) =>
          `Deze leeftijdsregels zijn niet uit de feiten vast te stellen en vragen het oordeel van de IND: ${f.rules}.`,
        settled: () =>
          'Alle leeftijdsregels zijn met de opgegeven feiten vast te stellen (of wachten alleen op ontbrekende feiten).',
        [DATES_DIFFER]: (f: Facts) =>
          `De aanvraagdatum en de beslisdatum leiden tot een andere uitkomst (op de aanvraagdatum: ${outcome(f.application, 'nl')}; op de beslisdatum: ${outcome(f.decision, 'nl')}): welke datum telt, beslist de IND.`,
        [SAME_ON_BOTH_DATES]: (f: Facts) =>
          `Sommige leeftijdsregels verschillen tussen de aanvraagdatum en de beslisdatum (${f.rules}), maar het antwoord is op beide data hetzelfde (${outcome(f.outcome, 'nl')}), welke datum de IND ook neemt.`,
      },
    },
  },
  evaluate: (_input, _context, prior) => ageReviewFinding(prior, AGE_RULES),
});

import { defineRule } from '../../engine/rule.js';
import { cite } from '../../law/cite.js';
import { ageReviewFinding, BIRTH_DATE_EVIDENCE } from '../shared/age.js';
import { NATURALISATION_VARIANTS, type NaturalisationRule } from './context.js';
import { APPLICATION_DATE, DATE_OF_BIRTH, DECISION_DATE } from './facts.js';
import { allComponents } from './met.js';
import { schoolAge } from './school-age.js';
import { minor } from './scope.js';

/**
 * R2-6: the naturalisation scope, met and exemption rules whose answer rests on the date of birth:
 * the minor scope (an 18th birthday with two readings), the school-age exemption, and the met rule,
 * which reads the ONA component (open while the pensionable age for ONA is not fixed or has two
 * readings and every other component is done). A test checks the list against the rules' reads.
 */
export const AGE_RULES: readonly NaturalisationRule[] = [minor, schoolAge, allComponents];

// RWN art. 1 (meerderjarig) and RnN art. 1(b): whether the applicant is an adult, and the test's
// parts, follow from the date of birth; where the calendar leaves that open, the IND judges.
export const ageReview: NaturalisationRule = defineRule({
  id: 'NAT-REVIEW-AGE',
  procedure: 'naturalisation',
  effect: 'manual-review',
  variants: NATURALISATION_VARIANTS,
  reads: [DATE_OF_BIRTH, APPLICATION_DATE, DECISION_DATE],
  dependsOn: AGE_RULES,
  citations: () => [cite('rwn-1', { paragraph: '1', point: 'b' }), cite('rnn-1', { point: 'b' })],
  evidence: BIRTH_DATE_EVIDENCE,
  text: {
    en: {
      title: 'Age cannot be settled from the dates',
      description:
        'A naturalisation rule that rests on the date of birth is open although every fact is known: an 18th birthday exists only in one reading (born on 29 February), or the pensionable age that exempts ONA is not yet fixed while every other component is done.',
      reasons: {
        open: (f) =>
          `These rules rest on the date of birth and cannot be settled from the facts (an anniversary with two readings, or a pensionable age not yet fixed): ${f.rules}. The IND judges.`,
        settled: () =>
          'Every rule that rests on the date of birth is settled by the facts given (or waits only for missing facts).',
      },
    },
    nl: {
      title: 'Leeftijd niet vast te stellen uit de data',
      description:
        'Een naturalisatieregel die op de geboortedatum rust, blijft open hoewel alle feiten bekend zijn: een 18e verjaardag bestaat maar in één lezing (geboren op 29 februari), of de pensioengerechtigde leeftijd die van ONA vrijstelt, is nog niet vastgesteld terwijl elk ander onderdeel gedaan is.',
      reasons: {
        open: (f) =>
          `Deze regels rusten op de geboortedatum en zijn niet uit de feiten vast te stellen (een verjaardag met twee lezingen, of een pensioengerechtigde leeftijd die nog niet vaststaat): ${f.rules}. De IND beoordeelt dit.`,
        settled: () =>
          'Elke regel die op de geboortedatum rust, is met de opgegeven feiten vast te stellen (of wacht alleen op ontbrekende feiten).',
      },
    },
  },
  evaluate: (_input, _context, prior) => ageReviewFinding(prior, AGE_RULES),
});

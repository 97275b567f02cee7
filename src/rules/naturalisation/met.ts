import { decide, defineRule, firstFailing } from '../../engine/rule.js';
import { all, known, lacking, NO, someItem, type Tri, YES } from '../../engine/tri.js';
import { valuesByDate } from '../../i18n/format.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import { NATURALISATION_LANGUAGE_LEVEL } from '../../parameters/index.js';
import type { Diploma } from '../../schemas/common.js';
import { COMPONENTS, type NaturalisationRequest } from '../../schemas/naturalisation.js';
import { allSkillsAtLeast, LEVELS } from '../shared/documents.js';
import { componentStates, oldExamPassedWhole } from './components.js';
import { NATURALISATION_VARIANTS, type NaturalisationContext, type NaturalisationRule } from './context.js';
import {
  DIPLOMA_TYPE,
  DIPLOMAS,
  PLACE_OF_RESIDENCE,
  RESULT_COMPONENT,
  RESULT_EXAM,
  RESULT_LEVEL,
  RESULT_PASSED_ON,
} from './facts.js';
import { PARTIAL_RULES } from './partial.js';

/** The met rules do not cover the Caribbean test, which also asks for the island's language. */
const notCaribbean = (input: NaturalisationRequest): Tri =>
  known(PLACE_OF_RESIDENCE, input, (p) => p !== 'caribbean');

// BNT art. 3(1)(h) and RnN art. 2: the Wi 2013 diploma (A2 by law, Wi 2013 art. 7(2)(b)), or the
// Wi 2007 diploma with its annotation that every language skill was passed at A2.
function meetsRequirement(diploma: Diploma, pointer: string, context: NaturalisationContext): Tri {
  if (diploma.type === 'civic-integration-diploma-wi2013') {
    return context.level === 'A2' ? YES : allSkillsAtLeast(diploma, pointer, context.level);
  }
  if (diploma.type === 'civic-integration-diploma-wi2007')
    return allSkillsAtLeast(diploma, pointer, context.level);
  return NO;
}

export const diploma: NaturalisationRule = defineRule({
  id: 'NAT-MET-DIPLOMA',
  procedure: 'naturalisation',
  effect: 'requirement-met',
  relieves: COMPONENTS,
  variants: NATURALISATION_VARIANTS,
  reads: [DIPLOMA_TYPE, ...LEVELS, PLACE_OF_RESIDENCE],
  citations: () => [
    cite('bnt-3', { paragraph: '1', point: 'h' }),
    cite('rnn-2', { paragraph: '1' }),
    ind('naturalisation'),
  ],
  evidence: {
    en: ['The original civic integration diploma (with the A2 annotation for a Wi 2007 diploma)'],
    nl: ['Het originele inburgeringsdiploma (met de aantekening A2 bij een diploma Wi 2007)'],
  },
  text: {
    en: {
      title: 'Civic integration diploma at the required level',
      description: `The Wi 2013 civic integration diploma, or the Wi 2007 diploma that shows every language skill at the level in force (${valuesByDate(NATURALISATION_LANGUAGE_LEVEL, 'en')}), meets the requirement.`,
      reasons: {
        held: (f) =>
          `A civic integration diploma at level ${f.level} or higher is listed: the requirement is met.`,
        none: (f) =>
          `No Wi 2013 civic integration diploma, nor a Wi 2007 diploma with every language skill at ${f.level}, is listed.`,
        caribbean: () =>
          "The diploma does not cover the Caribbean test with the island's language (see NAT-REVIEW-CARIBBEAN).",
      },
    },
    nl: {
      title: 'Inburgeringsdiploma op het vereiste niveau',
      description: `Het inburgeringsdiploma Wi 2013, of het diploma Wi 2007 dat elke taalvaardigheid op het geldende niveau (${valuesByDate(NATURALISATION_LANGUAGE_LEVEL, 'nl')}) toont, voldoet aan het vereiste.`,
      reasons: {
        held: (f) =>
          `Er is een inburgeringsdiploma op niveau ${f.level} of hoger opgegeven: aan het vereiste is voldaan.`,
        none: (f) =>
          `Er is geen inburgeringsdiploma Wi 2013 opgegeven, en geen diploma Wi 2007 met elke taalvaardigheid op ${f.level}.`,
        caribbean: () =>
          'Het diploma dekt niet de Caribische toets met de taal van het eiland (zie NAT-REVIEW-CARIBBEAN).',
      },
    },
  },
  evaluate: (input, context) => {
    const held = someItem(DIPLOMAS, input, (d, p) => meetsRequirement(d, p, context));
    const place = notCaribbean(input);
    return decide(
      all(held, place),
      {
        satisfied: 'held',
        notSatisfied: firstFailing(
          [
            [held, 'none'],
            [place, 'caribbean'],
          ],
          'none',
        ),
      },
      { level: context.level },
    );
  },
});

// RnN art. 2: the test is passed when every part of the exam is; a part counts as done when a
// partial rule exempts it or, abroad, when the test has no such part.
export const allComponents: NaturalisationRule = defineRule({
  id: 'NAT-MET-ALL-COMPONENTS',
  procedure: 'naturalisation',
  effect: 'requirement-met',
  dependsOn: PARTIAL_RULES,
  variants: NATURALISATION_VARIANTS,
  reads: [RESULT_EXAM, RESULT_COMPONENT, RESULT_LEVEL, RESULT_PASSED_ON, PLACE_OF_RESIDENCE],
  citations: () => [
    cite('rnn-2', { paragraph: '1' }),
    cite('rnn-2', { paragraph: '3' }),
    ind('naturalisation'),
  ],
  evidence: {
    en: ["DUO's result letters for every component passed, and the documents for every partial exemption"],
    nl: [
      'De uitslagbrieven van DUO voor elk behaald onderdeel, en de documenten voor elke gedeeltelijke vrijstelling',
    ],
  },
  text: {
    en: {
      title: 'Every component passed or exempted',
      description:
        'Each component of the test (reading, listening, writing, speaking, KNM and, in the Netherlands, ONA) is passed at the level in force, exempted by a partial exemption, or not part of the test.',
      reasons: {
        done: () =>
          'Every component is passed, exempted by a partial exemption, or not part of the test: the requirement is met.',
        oldExam: () =>
          'The old civic integration exam (before 2013) was passed as a whole before 1 January 2015 (reading, listening, writing and speaking at A2 or higher, and KNM): RnN art. 2(3) counts it as the naturalisation test passed, so every component is passed, ONA included (the old exam had no ONA part).',
        stillRequired: (f) => `Still required: ${f.required}.`,
        undecided: () =>
          'Whether every component is done cannot be settled from the facts: a partial exemption is open (see the partial rules).',
        caribbean: () =>
          "The components do not cover the Caribbean test with the island's language (see NAT-REVIEW-CARIBBEAN).",
      },
    },
    nl: {
      title: 'Alle onderdelen behaald of vrijgesteld',
      description:
        'Elk onderdeel van de toets (lezen, luisteren, schrijven, spreken, KNM en, in Nederland, ONA) is behaald op het geldende niveau, vrijgesteld door een gedeeltelijke vrijstelling, of hoort niet bij de toets.',
      reasons: {
        done: () =>
          'Elk onderdeel is behaald, gedeeltelijk vrijgesteld of hoort niet bij de toets: aan het vereiste is voldaan.',
        oldExam: () =>
          'Het oude inburgeringsexamen (van vóór 2013) is vóór 1 januari 2015 in zijn geheel gehaald (lezen, luisteren, schrijven en spreken op A2 of hoger, en KNM): RnN art. 2 lid 3 telt dat als het behalen van de naturalisatietoets, dus elk onderdeel is behaald, ONA inbegrepen (het oude examen had geen ONA-onderdeel).',
        stillRequired: (f) => `Nog vereist: ${f.required}.`,
        undecided: () =>
          'Of elk onderdeel gedaan is, valt niet uit de feiten vast te stellen: een gedeeltelijke vrijstelling staat open (zie de gedeeltelijke regels).',
        caribbean: () =>
          'De onderdelen dekken niet de Caribische toets met de taal van het eiland (zie NAT-REVIEW-CARIBBEAN).',
      },
    },
  },
  evaluate: (input, context, prior) => {
    const states = componentStates(input, context, prior);
    const required = states.filter((s) => s.status === 'required').map((s) => s.component);
    const unknown = states.filter((s) => s.status === 'unknown');
    const done: Tri =
      required.length > 0
        ? NO
        : unknown.length > 0
          ? lacking(...new Set(unknown.flatMap((s) => s.missing)))
          : YES;
    const place = notCaribbean(input);
    return decide(
      all(done, place),
      {
        satisfied: oldExamPassedWhole(input) ? 'oldExam' : 'done',
        notSatisfied: firstFailing(
          [
            [done, 'stillRequired'],
            [place, 'caribbean'],
          ],
          'stillRequired',
        ),
        open: 'undecided',
      },
      { required: required.join(', ') },
    );
  },
});

import { factsOf, itemFact } from '../../engine/fact.js';
import type { NaturalisationRequest } from '../../schemas/naturalisation.js';
import { DUO_DECISIONS } from '../shared/facts.js';

/**
 * The naturalisation registry of facts: every fact a naturalisation rule reads, declared once with its
 * pointer, its reader (derived from the pointer, typed by the request schema) and its question in
 * English and Dutch. Rules name facts from here; the engine asks for a missing fact with the question
 * declared here.
 */
export * from '../shared/facts.js';

const request = factsOf<NaturalisationRequest>();

export const PLACE_OF_RESIDENCE = request.at('/placeOfResidence', {
  en: 'Where does the applicant live: the European Netherlands, abroad, or the Caribbean part of the Kingdom?',
  nl: 'Waar woont de aanvrager: in Europees Nederland, in het buitenland, of in het Caribische deel van het Koninkrijk?',
});

export const MARRIED_BEFORE_18 = request.at('/applicant/marriedBefore18', {
  en: 'Was the applicant married before the 18th birthday?',
  nl: 'Was de aanvrager vóór de 18e verjaardag getrouwd?',
});

export const MOLUCCAN = request.at('/applicant/moluccan', {
  en: 'Does the applicant fall under the Moluccans act of 9 September 1976?',
  nl: 'Valt de aanvrager onder de Wet van 9 september 1976 betreffende de positie van Molukkers?',
});

export const EXAM_RESULTS = request.at('/integration/examResults', {
  en: 'Which parts of a civic integration exam has the applicant passed (or none)?',
  nl: 'Welke onderdelen van een inburgeringsexamen heeft de aanvrager behaald (of geen)?',
});

export const RESULT_EXAM = itemFact(EXAM_RESULTS, '/exam', {
  en: 'In which exam was this part passed?',
  nl: 'In welk examen is dit onderdeel behaald?',
});

export const RESULT_COMPONENT = itemFact(EXAM_RESULTS, '/component', {
  en: 'Which component is this result for?',
  nl: 'Voor welk onderdeel is deze uitslag?',
});

export const RESULT_LEVEL = itemFact(EXAM_RESULTS, '/level', {
  en: 'At which level was this language part passed?',
  nl: 'Op welk niveau is dit taalonderdeel behaald?',
});

export const RESULT_PASSED_ON = itemFact(EXAM_RESULTS, '/passedOn', {
  en: 'On which date was this part passed?',
  nl: 'Op welke datum is dit onderdeel behaald?',
});

export const ONA_EXEMPTION = request.at('/integration/onaExemption', {
  en: 'Has DUO exempted the applicant from the ONA part (employee, self-employed, Bbz, registered before 2015), or not?',
  nl: 'Heeft DUO de aanvrager vrijgesteld van het onderdeel ONA (loondienst, zelfstandige, Bbz, aangemeld vóór 2015), of niet?',
});

export const MEDICAL_ADVICE_ISSUED_ON = request.at('/circumstances/medicalAdvice/issuedOn', {
  en: 'On which date was the medical statement (or advice) issued?',
  nl: 'Op welke datum is de medische verklaring afgegeven?',
});

export const DECIDED_ON = itemFact(DUO_DECISIONS, '/decidedOn', {
  en: 'On which date was this decision taken?',
  nl: 'Op welke datum is dit besluit genomen?',
});

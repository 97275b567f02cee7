import { factsOf, itemFact } from '../../engine/fact.js';
import { longDate } from '../../i18n/format.js';
import { WI2013_FROM } from '../../parameters/index.js';
import type { NaturalisationRequest } from '../../schemas/naturalisation.js';
import type { ResidenceRequest } from '../../schemas/residence.js';

/**
 * The facts both requests carry, each declared once: its pointer, how it is read (derived from the
 * pointer, typed by the request schema), and the question that asks for it in English and Dutch.
 * Each procedure's `facts.ts` re-exports these beside its own; that module is its registry.
 */
const request = factsOf<ResidenceRequest | NaturalisationRequest>();

export const APPLICATION_DATE = request.at('/applicationDate', {
  en: 'On which date is the application made?',
  nl: 'Op welke datum is de aanvraag gedaan?',
});

export const DECISION_DATE = request.at('/decisionDate', {
  en: 'On which date will the decision be taken, if it is known?',
  nl: 'Op welke datum wordt op de aanvraag beslist, als dat bekend is?',
});

export const DATE_OF_BIRTH = request.at('/applicant/dateOfBirth', {
  en: "What is the applicant's full date of birth (day, month and year)?",
  nl: 'Wat is de volledige geboortedatum van de aanvrager (dag, maand en jaar)?',
});

export const NATIONALITIES = request.at('/applicant/nationalities', {
  en: 'Which nationalities does the applicant have?',
  nl: 'Welke nationaliteiten heeft de aanvrager?',
});

export const RESIDENCE_PERIODS = request.at('/applicant/residencePeriods', {
  en: 'During which periods was the applicant registered in the BRP in the European Netherlands (from, and the departure date)?',
  nl: 'In welke perioden stond de aanvrager in de BRP ingeschreven in Europees Nederland (vanaf, en de vertrekdatum)?',
});

export const PERIOD_FROM = itemFact(RESIDENCE_PERIODS, '/from', {
  en: 'From which date was the applicant registered in this period?',
  nl: 'Vanaf welke datum stond de aanvrager in deze periode ingeschreven?',
});

export const PERIOD_TO = itemFact(RESIDENCE_PERIODS, '/to', {
  en: 'On which date did this registration end (the BRP departure date)?',
  nl: 'Op welke datum eindigde deze inschrijving (de vertrekdatum in de BRP)?',
});

export const DIPLOMAS = request.at('/integration/diplomas', {
  en: 'Which civic integration diplomas, certificates, Dutch education diplomas or related decisions does the applicant have (or none)?',
  nl: "Welke inburgeringsdiploma's, certificaten, Nederlandse onderwijsdiploma's of verwante besluiten heeft de aanvrager (of geen)?",
});

export const DIPLOMA_TYPE = itemFact(DIPLOMAS, '/type', {
  en: 'What kind of document is this?',
  nl: 'Wat voor document is dit?',
});

export const READING_LEVEL = itemFact(DIPLOMAS, '/levels/reading', {
  en: 'Which level does the document state for reading?',
  nl: 'Welk niveau vermeldt het document voor lezen?',
});

export const LISTENING_LEVEL = itemFact(DIPLOMAS, '/levels/listening', {
  en: 'Which level does the document state for listening?',
  nl: 'Welk niveau vermeldt het document voor luisteren?',
});

export const WRITING_LEVEL = itemFact(DIPLOMAS, '/levels/writing', {
  en: 'Which level does the document state for writing?',
  nl: 'Welk niveau vermeldt het document voor schrijven?',
});

export const SPEAKING_LEVEL = itemFact(DIPLOMAS, '/levels/speaking', {
  en: 'Which level does the document state for speaking?',
  nl: 'Welk niveau vermeldt het document voor spreken?',
});

export const MO_PASSED = itemFact(DIPLOMAS, '/moPassed', {
  en: 'Does the WIN certificate (or its ROC statement) show the maatschappij-oriëntatie part passed at the level of WIN art. 11(1)(b)?',
  nl: 'Blijkt uit het WIN-certificaat (of de ROC-verklaring) dat het onderdeel maatschappij-oriëntatie is behaald op het niveau van WIN art. 11 lid 1 onder b?',
});

export const DUO_DECISIONS = request.at('/integration/duoDecisions', {
  en: `Which decisions did DUO (or before ${longDate(WI2013_FROM.text, 'en')} the municipality) take on the civic integration obligation (or none)?`,
  nl: `Welke besluiten nam DUO (of vóór ${longDate(WI2013_FROM.text, 'nl')} de gemeente) over de inburgeringsplicht (of geen)?`,
});

export const DECISION_KIND = itemFact(DUO_DECISIONS, '/kind', {
  en: 'Is this decision an exemption (vrijstelling) or a dispensation (ontheffing)?',
  nl: 'Is dit besluit een vrijstelling of een ontheffing?',
});

export const DECISION_GROUND = itemFact(DUO_DECISIONS, '/ground', {
  en: 'On which ground was this decision taken?',
  nl: 'Op welke grond is dit besluit genomen?',
});

export const UNABLE_TO_PASS = request.at('/circumstances/medicalAdvice/concludesUnableToPass', {
  en: 'Is there a statement of the doctor designated by DUO that the applicant permanently cannot pass the examination?',
  nl: 'Is er een verklaring van de door DUO aangewezen arts dat de aanvrager het examen blijvend niet kan halen?',
});

export const EFFORTS_ADVICE_POSITIVE = request.at('/circumstances/duoEffortsAdvice/positive', {
  en: 'Has DUO advised that the applicant cannot pass despite demonstrable efforts?',
  nl: 'Heeft DUO geadviseerd dat de aanvrager ondanks aantoonbare inspanningen niet kan slagen?',
});

export const PARTICULAR_CIRCUMSTANCES = request.at('/circumstances/particularIndividualCircumstances', {
  en: 'Do particular individual circumstances prevent the applicant from passing the examination, and can they be shown?',
  nl: 'Verhinderen bijzondere individuele omstandigheden dat de aanvrager het examen haalt, en zijn die aan te tonen?',
});

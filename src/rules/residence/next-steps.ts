import type { NextStep, Outcome } from '../../engine/procedure.js';
import { type Findings, findingOf } from '../../engine/rule.js';
import { longDate } from '../../i18n/format.js';
import { PROVIDE_MISSING_FACTS, step } from '../../i18n/next-steps.js';
import { ASYLUM_PERMIT_ENDS } from '../../parameters/index.js';
import { asylumPermitEnded } from './scope.js';

const COLLECT = step(
  'collect-evidence',
  'applicant',
  'Collect the evidence listed under each satisfied ground, such as a diploma, certificate, medical statement or decision.',
  'Verzamel het bewijs dat bij elke vervulde grond staat, zoals een diploma, certificaat, medische verklaring of besluit.',
);
const APPENDIX = step(
  'send-appendix-with-certified-copies',
  'IND',
  'Fill in the IND appendix on the integration requirement and send it with certified copies of the evidence (a certified copy has a date, signature and stamp; never send originals; at an IND desk, show the originals). The IND assesses the documents and your situation.',
  'Vul de bijlage inburgeringsvereiste van de IND in en stuur die mee met gewaarmerkte kopieën van het bewijs (een gewaarmerkte kopie heeft een datum, handtekening en stempel; stuur nooit originelen; laat aan een IND-loket de originelen zien). De IND beoordeelt de documenten en uw situatie.',
);
const DIPLOMA = step(
  'send-diploma-with-application',
  'IND',
  'Send a certified copy of the civic integration diploma or certificate with the application; the IND checks it.',
  'Stuur een gewaarmerkte kopie van het inburgeringsdiploma of -certificaat mee met de aanvraag; de IND controleert het.',
);
const EXAM = step(
  'take-civic-integration-exam',
  'DUO',
  'Take the civic integration examination at DUO and apply for the permit with the diploma.',
  'Doe het inburgeringsexamen bij DUO en vraag de vergunning aan met het diploma.',
);
const NONE = step(
  'no-integration-evidence-needed',
  'IND',
  'No civic integration evidence is needed for this application; the other conditions of the permit still apply.',
  'Voor deze aanvraag is geen bewijs van inburgering nodig; de andere voorwaarden van de vergunning gelden wel.',
);
const REVIEW = step(
  'ask-ind-or-lawyer',
  'IND',
  'Ask the IND (or a lawyer) how the grounds marked for review apply, and send the evidence with the application.',
  'Vraag de IND (of een advocaat) hoe de gronden die om beoordeling vragen uitwerken, en stuur het bewijs mee met de aanvraag.',
);
const REASSESS = step(
  'reassess-as-permanent-regular',
  'applicant',
  `Assess the case again as the regular permanent permit or the EU long-term resident permit: since ${longDate(ASYLUM_PERMIT_ENDS.text, 'en')} a permanent permit after asylum goes through those, with the integration requirement.`,
  `Beoordeel de zaak opnieuw als verblijfsvergunning regulier voor onbepaalde tijd of EU-verblijfsvergunning voor langdurig ingezetenen: sinds ${longDate(ASYLUM_PERMIT_ENDS.text, 'nl')} loopt een vergunning voor onbepaalde tijd na asiel via die vergunningen, met inburgeringsvereiste.`,
);

export function residenceNextSteps(outcome: Outcome, findings: Findings): readonly NextStep[] {
  switch (outcome) {
    case 'not-applicable':
      return [NONE];
    case 'requirement-met':
      return [DIPLOMA];
    case 'exempt':
    case 'dispensation-possible':
      return [COLLECT, APPENDIX];
    case 'insufficient-information':
      return [PROVIDE_MISSING_FACTS];
    case 'manual-review':
      return findingOf(findings, asylumPermitEnded)?.status === 'satisfied' ? [REASSESS, REVIEW] : [REVIEW];
    default:
      return [EXAM];
  }
}

import type { NextStep, Outcome } from '../../engine/procedure.js';
import type { Findings } from '../../engine/rule.js';
import { PROVIDE_MISSING_FACTS, step } from '../../i18n/next-steps.js';
import type { NaturalisationContext } from './context.js';

const MUNICIPALITY = step(
  'bring-original-evidence-to-municipality',
  'municipality',
  'Bring the ORIGINAL evidence (diploma, certificate, medical advice or decision) to the municipality where you apply for naturalisation: the municipality does not assess copies. It assesses the evidence and advises the IND, which decides.',
  'Neem het ORIGINELE bewijs (diploma, certificaat, medisch advies of besluit) mee naar de gemeente waar u naturalisatie aanvraagt: de gemeente beoordeelt geen kopieën. Zij beoordeelt het bewijs en adviseert de IND, die beslist.',
);
const EMBASSY = step(
  'bring-original-evidence-to-embassy',
  'embassy',
  "Abroad, the Dutch embassy or consulate takes the municipality's role: bring the ORIGINAL evidence there; it assesses the evidence and advises the IND, which decides.",
  'In het buitenland neemt de Nederlandse ambassade of het consulaat de rol van de gemeente over: neem daar het ORIGINELE bewijs mee; zij beoordelen het bewijs en adviseren de IND, die beslist.',
);
const TEST_NL = step(
  'take-naturalisation-test',
  'DUO',
  'Take the naturalisation test (the civic integration exam at DUO) for every component still required, then apply with the results.',
  'Doe de naturalisatietoets (het inburgeringsexamen bij DUO) voor elk onderdeel dat nog vereist is, en vraag daarna naturalisatie aan met de uitslagen.',
);
const TEST_ABROAD = step(
  'take-naturalisation-test-abroad',
  'embassy',
  'Take the naturalisation test for every component still required, at the Dutch embassy or consulate or in the Netherlands (your choice).',
  'Doe de naturalisatietoets voor elk onderdeel dat nog vereist is, bij de Nederlandse ambassade of het consulaat of in Nederland (naar keuze).',
);
const NONE = step(
  'no-naturalisation-test',
  'IND',
  'No naturalisation test applies to this applicant (a Dutch national needs no naturalisation; a minor co-naturalises with a parent).',
  'Voor deze aanvrager geldt geen naturalisatietoets (een Nederlander naturaliseert niet; een minderjarige naturaliseert mee met een ouder).',
);
const REVIEW = step(
  'ask-ind-or-lawyer',
  'IND',
  'Ask the municipality (abroad: the embassy), the IND or a lawyer how the grounds marked for review apply, and bring the original evidence.',
  'Vraag de gemeente (in het buitenland: de ambassade), de IND of een advocaat hoe de gronden die om beoordeling vragen uitwerken, en neem het originele bewijs mee.',
);

export function naturalisationNextSteps(
  outcome: Outcome,
  _findings: Findings,
  context: NaturalisationContext,
): readonly NextStep[] {
  const abroad = context.place === 'abroad';
  const evidence = abroad ? EMBASSY : MUNICIPALITY;
  switch (outcome) {
    case 'not-applicable':
      return [NONE];
    case 'insufficient-information':
      return [PROVIDE_MISSING_FACTS];
    case 'manual-review':
      return [REVIEW, evidence];
    case 'partially-exempt':
    case 'requirement-applies':
      return [abroad ? TEST_ABROAD : TEST_NL, evidence];
    default:
      return [evidence];
  }
}

import type { Outcome } from '../engine/procedure.js';
import type { Localized } from '../engine/rule.js';

/** The first half of the headline, per outcome; the deciding rules' titles follow it. */
export const OUTCOME_HEADLINES: Readonly<Record<Outcome, Localized<string>>> = {
  'not-applicable': {
    en: 'The integration requirement does not apply to this application',
    nl: 'Het inburgeringsvereiste geldt niet voor deze aanvraag',
  },
  'requirement-met': {
    en: 'The integration requirement is met',
    nl: 'Aan het inburgeringsvereiste is voldaan',
  },
  exempt: {
    en: 'You do not have to pass the civic integration examination',
    nl: 'U hoeft het inburgeringsexamen niet te halen',
  },
  'insufficient-information': {
    en: 'More facts are needed before the integration requirement can be assessed',
    nl: 'Er zijn meer feiten nodig om het inburgeringsvereiste te beoordelen',
  },
  'manual-review': {
    en: 'The service cannot settle this case, so the IND must judge it',
    nl: 'De dienst kan deze zaak niet afdoen, dus de IND moet hem beoordelen',
  },
  'dispensation-possible': {
    en: 'The examination is required, but you may ask for a dispensation',
    nl: 'Het examen is vereist, maar u kunt om ontheffing vragen',
  },
  'partially-exempt': {
    en: 'You have to pass only some parts of the examination',
    nl: 'U hoeft maar een deel van het examen te halen',
  },
  'requirement-applies': {
    en: 'You must pass the civic integration examination',
    nl: 'U moet het inburgeringsexamen halen',
  },
};

/** An outcome named in a sentence (a reason that compares the outcomes on two dates). */
export const OUTCOME_NAMES: Readonly<Record<Outcome, Localized<string>>> = {
  'not-applicable': { en: 'the requirement does not apply', nl: 'het vereiste geldt niet' },
  'requirement-met': { en: 'the requirement is met', nl: 'aan het vereiste is voldaan' },
  exempt: { en: 'exempt', nl: 'vrijgesteld' },
  'insufficient-information': { en: 'more facts needed', nl: 'meer feiten nodig' },
  'manual-review': { en: 'for the IND to judge', nl: 'ter beoordeling van de IND' },
  'dispensation-possible': { en: 'a dispensation may be asked', nl: 'ontheffing kan worden gevraagd' },
  'partially-exempt': { en: 'partially exempt', nl: 'gedeeltelijk vrijgesteld' },
  'requirement-applies': { en: 'the examination is required', nl: 'het examen is vereist' },
};

export const NOTICE: Localized<string> = {
  en: 'Advisory assessment. The IND decides; for naturalisation the municipality advises the IND.',
  nl: 'Advies, geen besluit. De IND beslist; bij naturalisatie adviseert de gemeente de IND.',
};

export const MISSING_REASON: Localized<(pointers: readonly string[]) => string> = {
  en: (pointers) => `Cannot be decided yet: needs ${pointers.join(', ')} (see missingFacts).`,
  nl: (pointers) => `Nog niet te beslissen: nodig is ${pointers.join(', ')} (zie missingFacts).`,
};

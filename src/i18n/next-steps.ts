import type { NextStep } from '../engine/procedure.js';

/** A next step with its text in both languages, frozen once. */
export function step(code: string, authority: NextStep['authority'], en: string, nl: string): NextStep {
  return Object.freeze({ code, authority, text: Object.freeze({ en, nl }) });
}

/** The step both procedures give when facts are missing. */
export const PROVIDE_MISSING_FACTS = step(
  'provide-missing-facts',
  'applicant',
  'Answer the questions under missingFacts and assess the case again.',
  'Beantwoord de vragen onder missingFacts en laat de zaak opnieuw beoordelen.',
);

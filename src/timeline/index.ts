import type { Day } from '../calendar/date.js';
import type { Lang, Procedure } from '../engine/rule.js';
import { naturalisationAssessor, residenceAssessor } from '../rules/index.js';
import { medicalEvidenceExpiries } from '../rules/naturalisation/dispensations.js';
import { NATURALISATION_PROCEDURE } from '../rules/naturalisation/index.js';
import { RESIDENCE_PROCEDURE } from '../rules/residence/index.js';
import { type Timeline, TimelineBuilder } from './build.js';
import type { Candidate } from './events.js';

export type { Period, StatusChange, Timeline, TimelineEvent } from './build.js';

const CODES = { 'medical-advice': 'medical-advice-expired', 'duo-decision': 'duo-decision-expired' } as const;

/** The residence timeline: its causes are the calendar's and the law's alone. */
export const residenceTimeline = new TimelineBuilder(RESIDENCE_PROCEDURE, residenceAssessor, () => []);

/** The naturalisation timeline adds the days NAT-DISP-MEDICAL's evidence grows too old. */
export const naturalisationTimeline = new TimelineBuilder(
  NATURALISATION_PROCEDURE,
  naturalisationAssessor,
  (input): Candidate[] =>
    medicalEvidenceExpiries(input).map((e) => ({ day: e.day, code: CODES[e.evidence], rule: e.rule })),
);

/** A timeline of either procedure, for code that handles both alike (the routes, the examples). */
export interface AnyTimeline {
  build(input: unknown, from: Day, until: Day, lang: Lang): Timeline;
}

export const TIMELINES: Readonly<Record<Procedure, AnyTimeline>> = {
  residence: residenceTimeline,
  naturalisation: naturalisationTimeline,
};

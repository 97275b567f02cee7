import { BatchEnvelope } from '../schemas/batch.js';
import { NaturalisationRequest } from '../schemas/naturalisation.js';
import { ResidenceRequest } from '../schemas/residence.js';
import { NaturalisationTimelineRequest, ResidenceTimelineRequest } from '../schemas/timeline.js';
import { batchSemantics } from './batch.js';
import { naturalisationSemantics } from './naturalisation.js';
import { residenceSemantics } from './residence.js';
import { timelineSemantics } from './timeline.js';
import { RequestValidator } from './validator.js';

export type { InvalidParam } from './invalid-params.js';
export type { Validation } from './validator.js';

/** Compiled once at start-up; the single endpoints and the batch use the same validators. */
export const residenceValidator = new RequestValidator<ResidenceRequest>(
  ResidenceRequest,
  residenceSemantics,
);
export const naturalisationValidator = new RequestValidator<NaturalisationRequest>(
  NaturalisationRequest,
  naturalisationSemantics,
);

/** The timelines: the procedure's request and rules, plus the timeline's own. */
export const residenceTimelineValidator = new RequestValidator<ResidenceTimelineRequest>(
  ResidenceTimelineRequest,
  timelineSemantics(residenceSemantics),
);
export const naturalisationTimelineValidator = new RequestValidator<NaturalisationTimelineRequest>(
  NaturalisationTimelineRequest,
  timelineSemantics(naturalisationSemantics),
);

/** The batch envelope; each case's input is then checked by its procedure's validator. */
export const batchValidator = new RequestValidator<unknown>(BatchEnvelope, batchSemantics);

import { type Static, type TObject, Type } from 'typebox';
import { OUTCOMES } from '../engine/procedure.js';
import { PROCEDURES } from '../engine/rule.js';
import { STATUSES } from '../engine/tri.js';
import { EVENT_CODES } from '../timeline/events.js';
import { DEFAULT_YEARS, MAX_YEARS } from '../timeline/window.js';
import { CalendarDate, Nullable } from './common.js';
import { NaturalisationRequest } from './naturalisation.js';
import { ResidenceRequest } from './residence.js';

/** The span of application dates a timeline covers, added to the procedure's request. */
const WINDOW = {
  from: Type.Optional(
    CalendarDate('First application date of the timeline; default: applicationDate, else today'),
  ),
  until: Type.Optional(
    CalendarDate(
      `First application date after the timeline (exclusive); default: from + ${DEFAULT_YEARS} years; at most ${MAX_YEARS} years after from`,
    ),
  ),
};

const DESCRIPTION =
  'The facts of one case, as for the assessment, with the span of application dates to cover. decisionDate is not allowed: each date of the timeline is its own application date.';

/** The procedure's request with `from` and `until`; its own validator checks the rest. */
function timelineRequest<T extends TObject>(request: T, id: string) {
  return Type.Object(
    { ...request.properties, ...WINDOW },
    { $id: id, additionalProperties: false, description: DESCRIPTION },
  );
}

export const ResidenceTimelineRequest = timelineRequest(ResidenceRequest, 'ResidenceTimelineRequest');
export type ResidenceTimelineRequest = Static<typeof ResidenceTimelineRequest>;
export const NaturalisationTimelineRequest = timelineRequest(
  NaturalisationRequest,
  'NaturalisationTimelineRequest',
);
export type NaturalisationTimelineRequest = Static<typeof NaturalisationTimelineRequest>;

const Day = (description: string) => Type.String({ format: 'date', description });

const TimelineEvent = Type.Object(
  {
    code: Type.Enum([...EVENT_CODES]),
    date: Day('The day the event happens: the first day of the period.'),
    rules: Type.Array(Type.String(), {
      description:
        'The rules the event concerns: its own rule (a date of law, evidence), else the rules that changed.',
    }),
    parameter: Type.Optional(
      Type.String({ description: 'The dated parameter that changed (GET /v1/rules cites it).' }),
    ),
    reason: Type.String(),
  },
  { additionalProperties: false },
);

const StatusChange = Type.Object(
  {
    rule: Type.String(),
    from: Nullable(Type.Enum([...STATUSES], { description: 'null: not in the verdict before.' })),
    to: Nullable(Type.Enum([...STATUSES], { description: 'null: no longer in the verdict.' })),
  },
  { additionalProperties: false },
);

const TimelinePeriod = Type.Object(
  {
    from: Day('First application date of the period.'),
    to: Day('First application date after the period (exclusive).'),
    outcome: Type.Enum([...OUTCOMES]),
    requirementApplies: Nullable(Type.Boolean()),
    headline: Type.String(),
    events: Type.Array(TimelineEvent, {
      description: 'What starts the period (more than one when causes fall on the same day).',
    }),
    changes: Type.Array(StatusChange, {
      description:
        'The rules whose status differs from the period before; the first period lists every rule.',
    }),
  },
  { additionalProperties: false },
);

export const Timeline = Type.Object(
  {
    procedure: Type.Enum([...PROCEDURES]),
    from: Day('First application date covered.'),
    until: Day('First application date not covered.'),
    assumption: Type.String({ description: 'How the facts are read on each date: as given.' }),
    periods: Type.Array(TimelinePeriod, {
      description:
        'Consecutive periods [from, to) with one outcome and one status per rule; adjacent periods differ.',
    }),
    ruleSet: Type.Object({ version: Type.String(), hash: Type.String() }, { additionalProperties: false }),
    notice: Type.String(),
  },
  { $id: 'Timeline', additionalProperties: false },
);

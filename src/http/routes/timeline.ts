import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Day } from '../../calendar/date.js';
import type { Lang, Procedure } from '../../engine/rule.js';
import type { NaturalisationRequest } from '../../schemas/naturalisation.js';
import type { ResidenceRequest } from '../../schemas/residence.js';
import { NaturalisationTimelineRequest, ResidenceTimelineRequest } from '../../schemas/timeline.js';
import { naturalisationTimeline, residenceTimeline } from '../../timeline/index.js';
import { renderTimeline } from '../../timeline/render.js';
import { timelineFrom, timelineUntil, type WindowFields } from '../../timeline/window.js';
import { ACCEPT_LANGUAGE, jsonResponse, responses } from '../docs.js';
import { timelineExample } from '../openapi-examples.js';
import { refTo } from '../schema-ref.js';

const ERRORS = [400, 401, 406, 413, 415, 429, 500, 503] as const;

const DESCRIPTION =
  'When does the answer change? The outcome of one case for every application date from `from` (default: applicationDate, else today) to `until` (exclusive; default: 5 years on, at most 25): consecutive periods, each with its outcome, the rules whose status changed and the event that starts it (a birthday, the pensionable age, evidence growing too old, a date of law). The days are derived from the rules themselves, not sampled; each period answers as the assessment would on any of its dates. The facts are taken as given on every date. decisionDate is not allowed (400 notAllowed).';

/** Both procedures' timelines: the same shell, each with its request schema and builder. */
const TIMELINES = {
  residence: {
    operationId: 'timelineResidence',
    summary: 'When the residence answer changes: the outcome over the application date',
    body: ResidenceTimelineRequest,
    build: (input: unknown, from: Day, until: Day, lang: Lang) =>
      residenceTimeline.build(input as ResidenceRequest, from, until, lang),
  },
  naturalisation: {
    operationId: 'timelineNaturalisation',
    summary: 'When the naturalisation answer changes: the outcome over the application date',
    body: NaturalisationTimelineRequest,
    build: (input: unknown, from: Day, until: Day, lang: Lang) =>
      naturalisationTimeline.build(input as NaturalisationRequest, from, until, lang),
  },
} as const;

/** Thin: the body is validated (window included); the builder evaluates, the renderer words it. */
export const timelineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const procedure of Object.keys(TIMELINES) as Procedure[]) {
    const { operationId, summary, body, build } = TIMELINES[procedure];
    app.post(
      `/assess/${procedure}/timeline`,
      {
        schema: {
          operationId,
          summary,
          description: DESCRIPTION,
          tags: ['Assessment'],
          headers: ACCEPT_LANGUAGE,
          body: refTo(body),
          response: responses(
            { 200: jsonResponse('The timeline.', { $ref: 'Timeline#' }, timelineExample(procedure)) },
            ERRORS,
            { instance: `/v1/assess/${procedure}/timeline` },
          ),
        },
      },
      async (request) => {
        // The validator has checked the window, so both dates parse. `from` and `until` ride along
        // in the input: the rules do not read them.
        const window: WindowFields = request.body;
        const from = timelineFrom(window, app.today()) as Day;
        const until = timelineUntil(window, from) as Day;
        return renderTimeline(procedure, build(request.body, from, until, request.lang), request.lang);
      },
    );
  }
};

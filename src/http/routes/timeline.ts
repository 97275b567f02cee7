import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Day } from '../../calendar/date.js';
import { PROCEDURES } from '../../engine/rule.js';
import { NaturalisationTimelineRequest, ResidenceTimelineRequest } from '../../schemas/timeline.js';
import { TIMELINES } from '../../timeline/index.js';
import { renderTimeline } from '../../timeline/render.js';
import { timelineFrom, timelineUntil, type WindowFields } from '../../timeline/window.js';
import { ACCEPT_LANGUAGE, jsonResponse, responses } from '../docs.js';
import { timelineExample, timelineProblemExample } from '../openapi-examples.js';
import { refTo } from '../schema-ref.js';

const ERRORS = [400, 401, 406, 413, 415, 429, 500, 503] as const;

const DESCRIPTION =
  'When does the answer change? The outcome of one case for every application date from `from` (default: applicationDate, else today) to `until` (exclusive; default: 5 years on, at most 25): consecutive periods, each with its outcome, the rules whose status changed and the event that starts it (a birthday, the pensionable age, evidence growing too old, a date of law). The days are derived from the rules themselves, not sampled; each period answers as the assessment would on any of its dates. The facts are taken as given on every date. decisionDate is not allowed (400 notAllowed).';

const BODIES = {
  residence: ResidenceTimelineRequest,
  naturalisation: NaturalisationTimelineRequest,
} as const;

/** Thin: the body is validated (window included); the builder evaluates, the renderer words it. */
export const timelineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const procedure of PROCEDURES) {
    app.post(
      `/assess/${procedure}/timeline`,
      {
        schema: {
          operationId: `timeline${procedure[0]?.toUpperCase()}${procedure.slice(1)}`,
          summary: `When the ${procedure} answer changes: the outcome over the application date`,
          description: DESCRIPTION,
          tags: ['Assessment'],
          headers: ACCEPT_LANGUAGE,
          body: refTo(BODIES[procedure]),
          response: responses(
            { 200: jsonResponse('The timeline.', { $ref: 'Timeline#' }, timelineExample(procedure)) },
            ERRORS,
            {
              instance: `/v1/assess/${procedure}/timeline`,
              examples: { 400: timelineProblemExample(procedure) },
            },
          ),
        },
      },
      async (request) => {
        // The validator has checked the window, so both dates parse. `from` and `until` ride along
        // in the input: the rules do not read them.
        const window: WindowFields = request.body;
        const from = timelineFrom(window, app.today()) as Day;
        const until = timelineUntil(window, from) as Day;
        const timeline = TIMELINES[procedure].build(request.body, from, until, request.lang);
        return renderTimeline(procedure, timeline, request.lang);
      },
    );
  }
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import { SERVICES } from '../../assessment/procedures.js';
import { PROCEDURES, type Procedure } from '../../engine/rule.js';
import { NaturalisationRequest } from '../../schemas/naturalisation.js';
import { ResidenceRequest } from '../../schemas/residence.js';
import { ANY_VIEW, ViewQuery } from '../../schemas/views.js';
import { present } from '../../views/view.js';
import { ACCEPT_LANGUAGE, examplesResponse, responses } from '../docs.js';
import { problemExample, viewExamples } from '../openapi-examples.js';
import { refTo } from '../schema-ref.js';
import { sendJson } from '../serialize.js';

const ERRORS = [400, 401, 406, 408, 413, 415, 429, 500, 503] as const;

/** What the OpenAPI document says of each procedure's endpoint; the rest is the same for both. */
const OPERATIONS: Readonly<
  Record<
    Procedure,
    { operationId: string; summary: string; description: string; verdict: string; body: TSchema }
  >
> = {
  residence: {
    operationId: 'assessResidence',
    summary: 'Assess the integration requirement for a more secure residence permit',
    description:
      'One case: whether the applicant for a permanent (regular or asylum), EU long-term resident or non-temporary humanitarian permit must pass the civic integration examination, is exempt, or may ask for a dispensation. Absent or null facts are unknown; the verdict names the facts that would decide it.',
    verdict: 'The verdict.',
    body: ResidenceRequest,
  },
  naturalisation: {
    operationId: 'assessNaturalisation',
    summary: 'Assess the integration requirement (naturalisation test) for naturalisation',
    description:
      'One case: whether an applicant for naturalisation must pass the naturalisation test, is exempt (wholly or for some components), or may ask for a dispensation. The verdict lists each exam component (reading, listening, writing, speaking, knm, ona) with its status and the rule that set it.',
    verdict: 'The verdict, with components.',
    body: NaturalisationRequest,
  },
};

/**
 * Thin: the body is already validated; the engine does the rest, the view shapes the verdict, and
 * sendJson reuses the frozen parts' JSON.
 */
export const assessRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const procedure of PROCEDURES) {
    const { operationId, summary, description, verdict, body } = OPERATIONS[procedure];
    const { assess } = SERVICES[procedure];
    app.post(
      `/assess/${procedure}`,
      {
        schema: {
          operationId,
          summary,
          description,
          tags: ['Assessment'],
          headers: ACCEPT_LANGUAGE,
          querystring: ViewQuery,
          body: refTo(body),
          response: responses(
            { 200: examplesResponse('application/json', verdict, ANY_VIEW, viewExamples(procedure)) },
            ERRORS,
            { instance: `/v1/assess/${procedure}`, examples: { 400: problemExample(procedure) } },
          ),
        },
      },
      async (request, reply) =>
        sendJson(
          reply,
          present(
            assess(request.body, { today: app.today(), lang: request.lang }),
            request.query.view ?? 'full',
          ),
        ),
    );
  }
};

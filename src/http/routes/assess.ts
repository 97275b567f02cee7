import type { FastifyInstance } from 'fastify';
import { todayInAmsterdam } from '../../calendar/date.js';
import { naturalisationAssessor, residenceAssessor } from '../../rules/index.js';
import type { NaturalisationRequest } from '../../schemas/naturalisation.js';
import type { ResidenceRequest } from '../../schemas/residence.js';
import { ACCEPT_LANGUAGE, jsonResponse, responses } from '../docs.js';
import { problemExample, verdictExample } from '../openapi-examples.js';
import { sendJson } from '../serialize.js';

const ERRORS = [400, 401, 406, 413, 415, 429, 500, 503] as const;

/** Thin: the body is already validated; the engine does the rest; toJson reuses the frozen parts' JSON. */
export async function assessRoutes(app: FastifyInstance) {
  app.post(
    '/assess/residence',
    {
      schema: {
        operationId: 'assessResidence',
        summary: 'Assess the integration requirement for a more secure residence permit',
        description:
          'One case: whether the applicant for a permanent (regular or asylum), EU long-term resident or non-temporary humanitarian permit must pass the civic integration examination, is exempt, or may ask for a dispensation. Absent or null facts are unknown; the verdict names the facts that would decide it.',
        tags: ['Assessment'],
        headers: ACCEPT_LANGUAGE,
        body: { $ref: 'ResidenceRequest#' },
        response: responses(
          { 200: jsonResponse('The verdict.', { $ref: 'Verdict#' }, verdictExample('residence')) },
          ERRORS,
          { instance: '/v1/assess/residence', examples: { 400: problemExample('residence') } },
        ),
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        residenceAssessor.assess(request.body as ResidenceRequest, {
          today: todayInAmsterdam(),
          lang: request.lang,
        }),
      ),
  );

  app.post(
    '/assess/naturalisation',
    {
      schema: {
        operationId: 'assessNaturalisation',
        summary: 'Assess the integration requirement (naturalisation test) for naturalisation',
        description:
          'One case: whether an applicant for naturalisation must pass the naturalisation test, is exempt (wholly or for some components), or may ask for a dispensation. The verdict lists each exam component (reading, listening, writing, speaking, knm, ona) with its status and the rule that set it.',
        tags: ['Assessment'],
        headers: ACCEPT_LANGUAGE,
        body: { $ref: 'NaturalisationRequest#' },
        response: responses(
          {
            200: jsonResponse(
              'The verdict, with components.',
              { $ref: 'Verdict#' },
              verdictExample('naturalisation'),
            ),
          },
          ERRORS,
          { instance: '/v1/assess/naturalisation', examples: { 400: problemExample('naturalisation') } },
        ),
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        naturalisationAssessor.assess(request.body as NaturalisationRequest, {
          today: todayInAmsterdam(),
          lang: request.lang,
        }),
      ),
  );
}

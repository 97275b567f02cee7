import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { OUT_OF_SCOPE } from '../../catalogue/rules.js';
import { BatchRequest, BatchResponse } from '../../schemas/batch.js';
import { BulkLine } from '../../schemas/bulk.js';
import { Example, RuleEntry } from '../../schemas/catalogue.js';
import { NaturalisationRequest } from '../../schemas/naturalisation.js';
import { Problem } from '../../schemas/problem.js';
import { ResidenceRequest } from '../../schemas/residence.js';
import { Verdict } from '../../schemas/verdict.js';
import { CompactVerdict, SummaryVerdict } from '../../schemas/views.js';
import { API_VERSION } from '../../version.js';
import { REQUEST_BODIES, REQUEST_EXAMPLES } from '../openapi-examples.js';

const DESCRIPTION = `Tells whether someone applying for a more secure residence permit (permanent regular or asylum, EU long-term resident, non-temporary humanitarian) or for naturalisation must pass the Dutch civic integration examination (inburgeringsvereiste), or is exempt, or may ask for a dispensation, with every reason cited to the article of law and the IND guidance it rests on.

The answer is advice: the IND decides (for naturalisation on the municipality's advice). Where the law is unsettled the outcome is manual-review; where facts are missing it is insufficient-information, with the questions to ask.

Out of scope: ${OUT_OF_SCOPE.en}

Apply or explain (ADR /core/doc-language): field names are lowerCamelCase English, following the IND's English terms, because the API serves integrators across the EU-law context of these permits; the Dutch legal terms are quoted in the citations, and every text is available in Dutch (Accept-Language: nl).`;

type OpenApiDocument = {
  paths?: Record<
    string,
    Record<string, { operationId?: string; requestBody?: { content?: Record<string, object> } }>
  >;
};

/** Health and the document itself stay open when the operator configures API keys. */
const PUBLIC_OPERATIONS = new Set(['getHealth', 'getOpenApi']);
/** Keys are optional ({}: none needed) unless the operator configures them (API_KEY_SHA256). */
const OPTIONAL_KEY = [{}, { bearerAuth: [] }, { apiKey: [] }];

/**
 * What @fastify/swagger cannot say from the route schemas: examples of a body given by $ref, and
 * the optional API-key security of every operation but the public ones.
 */
function complete(document: OpenApiDocument): OpenApiDocument {
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      const examples = operation.operationId ? REQUEST_EXAMPLES[operation.operationId] : undefined;
      const json = operation.requestBody?.content?.['application/json'];
      if (examples && json) Object.assign(json, { examples });
      // A body the route reads as a stream has no schema for Fastify to validate: described here.
      const body = operation.operationId ? REQUEST_BODIES[operation.operationId] : undefined;
      if (body) Object.assign(operation, { requestBody: body });
      if (operation.operationId && !PUBLIC_OPERATIONS.has(operation.operationId)) {
        Object.assign(operation, { security: OPTIONAL_KEY });
      }
    }
  }
  return document;
}

/** The OpenAPI 3.0.3 document, generated from the same TypeBox schemas that validate requests. */
export const openapi = fp(
  async (app: FastifyInstance) => {
    app.addSchema(ResidenceRequest);
    app.addSchema(NaturalisationRequest);
    app.addSchema(Verdict);
    app.addSchema(CompactVerdict);
    app.addSchema(SummaryVerdict);
    app.addSchema(BatchRequest);
    app.addSchema(BatchResponse);
    app.addSchema(BulkLine);
    app.addSchema(RuleEntry);
    app.addSchema(Example);
    app.addSchema(Problem);
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Civic integration requirement eligibility (inburgeringsvereiste)',
          version: API_VERSION,
          description: DESCRIPTION,
          contact: {
            name: 'Inburgering eligibility service team',
            url: 'https://inburgering-eligibility.example/',
            email: 'api@inburgering-eligibility.example',
          },
          license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/en/' },
        },
        servers: [{ url: '/v1', description: 'This service (all paths are relative to /v1).' }],
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              description:
                'An API key as a bearer token; only when the operator configured keys (API_KEY_SHA256).',
            },
            apiKey: {
              type: 'apiKey',
              in: 'header',
              name: 'X-API-Key',
              description: 'The same API key in the X-API-Key header.',
            },
          },
        },
        tags: [
          { name: 'Assessment', description: 'Assess one case.' },
          { name: 'Catalogue', description: 'The rules and the worked examples.' },
          { name: 'Service', description: 'Health and the API description.' },
        ],
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
      hideUntagged: true,
      transformObject: (document) => complete((document as { openapiObject: OpenApiDocument }).openapiObject),
    });
  },
  { name: 'openapi' },
);

import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { OUT_OF_SCOPE } from '../../catalogue/rules.js';
import { BatchRequest, BatchResponse } from '../../schemas/batch.js';
import { BulkLine } from '../../schemas/bulk.js';
import { Example, RuleEntry } from '../../schemas/catalogue.js';
import { CefrLevelSchema } from '../../schemas/common.js';
import { NaturalisationRequest } from '../../schemas/naturalisation.js';
import { Problem } from '../../schemas/problem.js';
import { ResidenceRequest } from '../../schemas/residence.js';
import { NaturalisationTimelineRequest, ResidenceTimelineRequest, Timeline } from '../../schemas/timeline.js';
import { Verdict } from '../../schemas/verdict.js';
import { CompactVerdict, SummaryVerdict } from '../../schemas/views.js';
import { API_VERSION } from '../../version.js';
import { MAX_DEPTH } from '../json-guard.js';
import { complete, type OpenApiDocument } from '../openapi-document.js';
import { REQUEST_ID_POLICY } from '../request-id.js';

export const API_TITLE = 'Civic integration requirement eligibility (inburgeringsvereiste)';

/** The server of the document: absolute, so that proxies and generated clients resolve it; paths are relative to /v1. */
export const LOCAL_SERVER = 'http://127.0.0.1:8080/v1';

const DESCRIPTION = `Tells whether someone applying for a more secure residence permit (permanent regular or asylum, EU long-term resident, non-temporary humanitarian) or for naturalisation must pass the Dutch civic integration examination (inburgeringsvereiste), or is exempt, or may ask for a dispensation, with every reason cited to the article of law and the IND guidance it rests on.

The answer is advice: the IND decides (for naturalisation on the municipality's advice). Where the law is unsettled the outcome is manual-review; where facts are missing it is insufficient-information, with the questions to ask.

Out of scope: ${OUT_OF_SCOPE.en}

Request bodies are JSON in UTF-8: another charset, or any Content-Encoding, is a 415. A body is refused as it arrives, without being read to the end, when it breaks one of these rules, each a 400 naming the JSON pointer: a key given twice in one object (duplicateKey; the service does not guess which value was meant, as JSON.parse would by keeping the last), nesting deeper than ${MAX_DEPTH} levels (maxDepth), and a number that a double cannot hold as written, such as 1e-400 or 1e400 (numberRange). A batch case larger than the single-case body limit is a 413 naming the case (maxBytes). A body that has not arrived within the request time limit is a 408, and the connection is closed.

Versioning and deprecation: the API version is the API-Version header and info.version (semantic versioning). Within /v1 changes are compatible: new optional request fields, new response fields and new values of response enums (clients ignore what they do not know). A breaking change gets a new path (/v2); /v1 is then served on for at least 12 months, and every /v1 response carries the Deprecation header (RFC 9745) and, once the end date is set, the Sunset header (RFC 8594); the CHANGELOG announces both. The rule set has its own version (ruleSet.version, named by the date of the law: in every verdict, GET /v1/health and GET /v1/rules); a new rule set never changes the contract.

Correlation ids: ${REQUEST_ID_POLICY}

Apply or explain (ADR /core/doc-language): field names are lowerCamelCase English, following the IND's English terms, because the API serves integrators across the EU-law context of these permits; the Dutch legal terms are quoted in the citations, and every text is available in Dutch (Accept-Language: nl).`;

/** The OpenAPI 3.0.3 document, generated from the same TypeBox schemas that validate requests. */
export const openapi = fp(
  async (app: FastifyInstance) => {
    app.addSchema(CefrLevelSchema);
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
    app.addSchema(ResidenceTimelineRequest);
    app.addSchema(NaturalisationTimelineRequest);
    app.addSchema(Timeline);
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: API_TITLE,
          version: API_VERSION,
          description: DESCRIPTION,
          contact: {
            name: 'Inburgering eligibility service team',
            url: 'https://inburgering-eligibility.example/',
            email: 'api@inburgering-eligibility.example',
          },
          license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/en/' },
        },
        servers: [
          {
            url: LOCAL_SERVER,
            description:
              'The service as `npm start` runs it. A deployment serves the same paths under /v1 on its own host: point clients and proxies at https://<host>/v1.',
          },
        ],
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

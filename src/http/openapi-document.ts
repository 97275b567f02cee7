import { REQUEST_BODIES, REQUEST_EXAMPLES } from './openapi-examples.js';

interface Parameter {
  example?: unknown;
  schema?: { example?: unknown; enum?: readonly unknown[] };
}

interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, object> };
  responses?: Record<string, { headers?: Record<string, { required?: boolean }> }>;
  security?: object[];
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, Operation>>;
}

/** Health and the document itself stay open when the operator configures API keys. */
export const PUBLIC_OPERATIONS = new Set(['getHealth', 'getOpenApi']);
/** Keys are optional ({}: none needed) unless the operator configures them (API_KEY_SHA256). */
const OPTIONAL_KEY = [{}, { bearerAuth: [] }, { apiKey: [] }];

/**
 * Every parameter has an example of its own (tools such as Dredd build requests from them): the
 * one its schema gives, else the first allowed value.
 */
function exemplify(parameter: Parameter): void {
  const example = parameter.schema?.example ?? parameter.schema?.enum?.[0];
  if (parameter.example === undefined && example !== undefined) parameter.example = example;
}

/**
 * What @fastify/swagger cannot say from the route schemas: examples of a body given by $ref and of
 * every parameter, the security of each operation (public ones declare `security: []`), and that
 * every documented response header is always sent.
 */
export function complete(document: OpenApiDocument): OpenApiDocument {
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      const id = operation.operationId ?? '';
      const examples = REQUEST_EXAMPLES[id];
      const json = operation.requestBody?.content?.['application/json'];
      if (examples && json) Object.assign(json, { examples });
      // A body the route reads as a stream has no schema for Fastify to validate: described here.
      const body = REQUEST_BODIES[id];
      if (body) Object.assign(operation, { requestBody: body });
      for (const parameter of operation.parameters ?? []) exemplify(parameter);
      operation.security = PUBLIC_OPERATIONS.has(id) ? [] : OPTIONAL_KEY;
      // Every documented response header is sent on every response of its status.
      for (const response of Object.values(operation.responses ?? {})) {
        for (const header of Object.values(response.headers ?? {})) header.required = true;
      }
    }
  }
  return document;
}

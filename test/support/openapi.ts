import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { STATUS_FORMAT } from '../../src/schemas/verdict.js';

/** The committed OpenAPI document, and a validator of responses against it. */
export const OPENAPI = JSON.parse(
  readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'),
);

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addFormat('birth-date', /^\d{4}(-\d{2}(-\d{2})?)?$/);
// Rule statuses named after the dates they are judged on (the NLGov linter asks a format of every …Date field).
ajv.addFormat(STATUS_FORMAT, true);
ajv.addSchema(OPENAPI, 'openapi.json');

/** An inline schema's local $refs, made to point into the document registered as openapi.json. */
function absoluteRefs(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', '"$ref":"openapi.json#/'));
}

function templateOf(path: string): string {
  const bare = path.replace(/^\/v1/, '').split('?')[0] as string;
  for (const template of Object.keys(OPENAPI.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(bare)) return template;
  }
  return bare;
}

/**
 * Checks a response against the document: the status is documented for the operation (or, for
 * paths and methods the document does not have, it is a problem), the media type matches, the
 * body validates against the schema, and every header the document marks required is present.
 */
export function checkResponse(
  method: string,
  path: string,
  status: number,
  headers: Record<string, unknown>,
  body: unknown,
): string[] {
  const errors: string[] = [];
  const contentType = String(headers['content-type'] ?? '').split(';')[0] as string;
  const operation = OPENAPI.paths[templateOf(path)]?.[method.toLowerCase()];
  const response = operation?.responses?.[String(status)];
  if (!response) {
    if (status < 400 || contentType !== 'application/problem+json')
      errors.push(`${method} ${path} ${status} is not documented`);
    const validate = ajv.getSchema('openapi.json#/components/schemas/Problem');
    if (validate && !validate(body)) errors.push(ajv.errorsText(validate.errors));
    return errors;
  }
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    if ((header as { required?: boolean }).required && headers[name.toLowerCase()] === undefined)
      errors.push(`missing header ${name}`);
  }
  const media = response.content?.[contentType];
  if (!media) return [...errors, `media type ${contentType} not documented for ${status}`];
  const ref = media.schema?.$ref as string | undefined;
  const validate = ref ? ajv.getSchema(`openapi.json${ref}`) : ajv.compile(absoluteRefs(media.schema));
  if (validate && !validate(body)) errors.push(ajv.errorsText(validate.errors));
  return errors;
}

/** Validation errors of a value against a schema of the document (its $refs point into it). */
export function schemaErrors(schema: unknown, value: unknown): string[] {
  const ref = (schema as { $ref?: string }).$ref;
  const validate = ref ? ajv.getSchema(`openapi.json${ref}`) : ajv.compile(absoluteRefs(schema));
  if (!validate || validate(value)) return [];
  return [ajv.errorsText(validate.errors)];
}

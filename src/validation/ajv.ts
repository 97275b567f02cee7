import { Ajv } from 'ajv';
import { parseBirthDate } from '../calendar/birth-date.js';
import { parseDay } from '../calendar/date.js';
import { CefrLevelSchema } from '../schemas/common.js';

/**
 * One strict Ajv instance for every request schema: no type coercion, no silent removal of
 * unknown fields, no defaults, and all errors at once (sizes are bounded by maxItems, maxLength and
 * the body limit; the number of errors reported is capped in invalid-params.ts).
 * `date` is the engine's own reading of a calendar date (year 0001 on), so that whatever passes
 * validation, the engine can count with.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    coerceTypes: false,
    removeAdditional: false,
    useDefaults: false,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // An enum error names the allowed values, or the list they come from (x-list).
    verbose: true,
  });
  ajv.addFormat('date', { type: 'string', validate: (text: string) => parseDay(text) !== undefined });
  ajv.addFormat('birth-date', {
    type: 'string',
    validate: (text: string) => parseBirthDate(text) !== undefined,
  });
  ajv.addKeyword({ keyword: 'example' });
  ajv.addKeyword({ keyword: 'x-list' });
  // The shared schemas the request schemas refer to by $ref.
  ajv.addSchema(CefrLevelSchema);
  return ajv;
}

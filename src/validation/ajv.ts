import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parseBirthDate } from '../calendar/birth-date.js';

/**
 * One strict Ajv instance for every request schema: no type coercion, no silent removal of
 * unknown fields, no defaults, and all errors at once (request sizes are bounded by maxItems,
 * maxLength and the body limit, so allErrors cannot be abused).
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
  });
  addFormats.default(ajv, ['date']);
  ajv.addFormat('birth-date', {
    type: 'string',
    validate: (text: string) => parseBirthDate(text) !== undefined,
  });
  ajv.addKeyword({ keyword: 'example' });
  return ajv;
}

import { LANGUAGE_SKILLS } from '../schemas/common.js';
import { UNLEVELLED_COMPONENTS } from '../schemas/naturalisation.js';
import type { InvalidParam } from './invalid-params.js';
import { type Body, commonSemantics, isObject, present } from './semantic.js';

const LEVELLED = new Set<string>(LANGUAGE_SKILLS);
const UNLEVELLED = new Set<string>(UNLEVELLED_COMPONENTS);

/** The naturalisation request's cross-field rules (docs/api.md "Errors"). */
export function naturalisationSemantics(body: Body, today: string): InvalidParam[] {
  const out = commonSemantics(body, today);
  const integration = body.integration;
  if (isObject(integration) && Array.isArray(integration.examResults)) {
    integration.examResults.forEach((result: unknown, i: number) => {
      if (!isObject(result) || typeof result.component !== 'string') return;
      const name = `/integration/examResults/${i}/level`;
      if (UNLEVELLED.has(result.component) && present(result.level)) out.push({ name, code: 'notAllowed' });
      if (LEVELLED.has(result.component) && !present(result.level)) out.push({ name, code: 'required' });
    });
  }
  return out;
}

import type { InvalidParam } from './invalid-params.js';
import type { Body } from './semantic.js';

/** A case id used twice: the whole batch is refused, naming each repeat (`/cases/{i}/id`). */
export function batchSemantics(body: Body): InvalidParam[] {
  if (!Array.isArray(body.cases)) return [];
  const seen = new Set<string>();
  const out: InvalidParam[] = [];
  body.cases.forEach((c: unknown, i: number) => {
    const id = (c as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) out.push({ name: `/cases/${i}/id`, code: 'duplicate' });
    seen.add(id);
  });
  return out;
}

import type { TSchema } from 'typebox';

/**
 * A route's reference to a shared schema (one added with `addSchema`), typed as that schema. The
 * route sends `{ $ref }` so that the OpenAPI document names the component and the validation
 * plugin picks the schema's compiled validator; the type provider reads the schema it stands for,
 * so handlers get typed bodies without casts.
 */
export function refTo<T extends TSchema>(schema: T): T {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('refTo needs a schema with an $id');
  return { $ref: `${id}#` } as unknown as T;
}

/**
 * JSON pointers into a request: their "document order" (the order of the fields in the request
 * schema, list items by index) and their generic form (`/integration/diplomas/*\/type`).
 */
interface SchemaNode {
  readonly properties?: Record<string, SchemaNode>;
  readonly items?: SchemaNode;
}

const INDEX = /^\d+$/;

export function genericPointer(pointer: string): string {
  return pointer
    .split('/')
    .map((segment) => (INDEX.test(segment) ? '*' : segment))
    .join('/');
}

/** Every generic pointer of a schema, in document order (depth first, fields in declared order). */
export function schemaPointers(schema: object, prefix = ''): string[] {
  const node = schema as SchemaNode;
  const out: string[] = [];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const pointer = `${prefix}/${name}`;
    out.push(pointer, ...schemaPointers(child, pointer));
    if (child.items) {
      out.push(`${pointer}/*`, ...schemaPointers(child.items, `${pointer}/*`));
    }
  }
  return out;
}

/** A comparator of pointers by document order, built once from the request schema. */
export function documentOrder(schema: object): (a: string, b: string) => number {
  const rank = new Map(schemaPointers(schema).map((pointer, i) => [pointer, i]));
  const key = (pointer: string): number[] => {
    const segments = pointer.split('/').slice(1);
    const out: number[] = [];
    let generic = '';
    for (const segment of segments) {
      const isIndex = INDEX.test(segment);
      generic += `/${isIndex ? '*' : segment}`;
      out.push(rank.get(generic) ?? Number.MAX_SAFE_INTEGER);
      if (isIndex) out.push(Number(segment));
    }
    return out;
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
      const d = (ka[i] as number) - (kb[i] as number);
      if (d !== 0) return d;
    }
    return ka.length - kb.length;
  };
}

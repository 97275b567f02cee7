import type { Localized } from './rule.js';

/**
 * A fact of a request, declared once in its procedure's registry (`src/rules/<procedure>/facts.ts`):
 * where it is (a JSON pointer), how to read it, and the question that asks for it. Rules name facts
 * from the registry, in what they declare they read and in what they evaluate, so a missing fact
 * is reported under the pointer it was read from and asked with its own question.
 *
 * A request fact is read from the request; an item fact from one item of a list (a diploma, a
 * family member), its pointer then being the item's pointer followed by `path`.
 */
export interface RequestFact<S = never, T = unknown> {
  readonly kind: 'request';
  /** The generic JSON pointer in the request (`*` for a list index). */
  readonly pointer: string;
  readonly read: (subject: S) => T | null | undefined;
  readonly question: Localized<string>;
}

export interface ItemFact<Item = never, T = unknown> {
  readonly kind: 'item';
  /** The generic JSON pointer in the request: the list's pointer, `/*`, then `path`. */
  readonly pointer: string;
  /** The pointer inside one item (`/type`). */
  readonly path: string;
  readonly read: (item: Item) => T | null | undefined;
  readonly question: Localized<string>;
}

/** A fact of either kind, for code that handles them all alike (the catalogue, the questions). */
// biome-ignore lint/suspicious/noExplicitAny: the subjects' types differ per fact
export type AnyFact = RequestFact<any, unknown> | ItemFact<any, unknown>;

type Field<T, K extends string> = K extends keyof NonNullable<T> ? NonNullable<T>[K] : never;

/** The type of the value at a JSON pointer of `T` (never when the pointer names no field). */
export type ValueAt<T, P extends string> = P extends `/${infer Head}/${infer Rest}`
  ? ValueAt<Field<T, Head>, `/${Rest}`>
  : P extends `/${infer Last}`
    ? Field<T, Last>
    : never;

/** The pointer itself when it names a field of `T`; otherwise `never`, so a typo does not compile. */
type PathIn<T, P extends string> = [ValueAt<T, P>] extends [never] ? never : P;

type Element<L> = L extends readonly (infer E)[] ? E : never;

/** Reads the value at the path's segments; undefined as soon as one is absent or null. */
function reader(path: string): (subject: unknown) => unknown {
  const keys = path.slice(1).split('/');
  return (subject) => {
    let value = subject as Record<string, unknown> | null | undefined;
    for (const key of keys) {
      if (value === undefined || value === null) return undefined;
      value = value[key] as Record<string, unknown> | null | undefined;
    }
    return value;
  };
}

/** The registry's builder of request facts for a request type `S` (item facts come from `itemFact`). */
export function factsOf<S>() {
  return {
    /** A fact at `pointer` of the request; its type follows from the pointer. */
    at<P extends string>(
      pointer: PathIn<S, P>,
      question: Localized<string>,
    ): RequestFact<S, NonNullable<ValueAt<S, P>>> {
      return Object.freeze({
        kind: 'request',
        pointer,
        read: reader(pointer) as (subject: S) => NonNullable<ValueAt<S, P>>,
        question: Object.freeze(question),
      });
    },
  };
}

/** A fact of each item of the list `list` at `path` inside the item. */
export function itemFact<L, P extends string>(
  // biome-ignore lint/suspicious/noExplicitAny: any subject holding the list
  list: RequestFact<any, L> | ItemFact<any, L>,
  path: PathIn<Element<L>, P>,
  question: Localized<string>,
): ItemFact<Element<L>, NonNullable<ValueAt<Element<L>, P>>> {
  return Object.freeze({
    kind: 'item',
    pointer: `${list.pointer}/*${path}`,
    path,
    read: reader(path) as (item: Element<L>) => NonNullable<ValueAt<Element<L>, P>>,
    question: Object.freeze(question),
  });
}

/** The pointer of a fact in this case: its own for a request fact, under the item's for an item fact. */
export function pointerOf(fact: AnyFact, at?: string): string {
  return fact.kind === 'item' ? `${at}${fact.path}` : fact.pointer;
}

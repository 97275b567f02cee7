import { type ItemFact, pointerOf, type RequestFact } from './fact.js';

/**
 * Three-valued logic over facts that may be missing. `unknown` carries the JSON pointers of
 * the facts that could still decide it; an `unknown` without pointers means the facts are
 * known but the law or the calendar leaves the answer open (a review case).
 */
export const STATUSES = ['satisfied', 'not-satisfied', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export interface Tri {
  readonly status: Status;
  readonly missing: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

export const YES: Tri = Object.freeze({ status: 'satisfied', missing: NONE });
export const NO: Tri = Object.freeze({ status: 'not-satisfied', missing: NONE });
/** Unknown although every fact is known: the law or the calendar leaves it open. */
export const OPEN: Tri = Object.freeze({ status: 'unknown', missing: NONE });

export function lacking(...pointers: string[]): Tri {
  return { status: 'unknown', missing: pointers };
}

export function truth(value: boolean): Tri {
  return value ? YES : NO;
}

function unknownOf(parts: readonly Tri[]): Tri {
  const missing: string[] = [];
  for (const part of parts) {
    if (part.status !== 'unknown') continue;
    for (const pointer of part.missing) if (!missing.includes(pointer)) missing.push(pointer);
  }
  return missing.length === 0 ? OPEN : { status: 'unknown', missing };
}

/** Conjunction: one known false part decides, whatever the unknown parts. */
export function all(...parts: Tri[]): Tri {
  let unknown = false;
  for (const part of parts) {
    if (part.status === 'not-satisfied') return NO;
    if (part.status === 'unknown') unknown = true;
  }
  return unknown ? unknownOf(parts) : YES;
}

/** Disjunction: one known true part decides, whatever the unknown parts. */
export function any(...parts: Tri[]): Tri {
  let unknown = false;
  for (const part of parts) {
    if (part.status === 'satisfied') return YES;
    if (part.status === 'unknown') unknown = true;
  }
  return unknown ? unknownOf(parts) : NO;
}

export function not(part: Tri): Tri {
  if (part.status === 'satisfied') return NO;
  if (part.status === 'not-satisfied') return YES;
  return part;
}

/** A value at `pointer`: unknown (naming the pointer) when absent or null, else the test's answer. */
function judged<T>(value: T | null | undefined, pointer: string, test: (value: T) => boolean | Tri): Tri {
  if (value === undefined || value === null) return lacking(pointer);
  const answer = test(value);
  return typeof answer === 'boolean' ? truth(answer) : answer;
}

/** A fact of the request: unknown (naming its pointer) when absent or null, else the test's answer. */
export function known<S, T>(fact: RequestFact<S, T>, request: S, test: (value: T) => boolean | Tri): Tri {
  return judged(fact.read(request), fact.pointer, test);
}

/** A fact of the list item at pointer `at`: unknown (naming the item's field) when absent or null. */
export function knownAt<I, T>(
  fact: ItemFact<I, T>,
  item: I,
  at: string,
  test: (value: T) => boolean | Tri,
): Tri {
  return judged(fact.read(item), pointerOf(fact, at), test);
}

/** A yes/no fact of the request: unknown (naming its pointer) when absent or null. */
export function flag<S>(fact: RequestFact<S, boolean>, request: S): Tri {
  return judged(fact.read(request), fact.pointer, isTrue);
}

/** A yes/no fact of the list item at pointer `at`. */
export function flagAt<I>(fact: ItemFact<I, boolean>, item: I, at: string): Tri {
  return judged(fact.read(item), pointerOf(fact, at), isTrue);
}

const isTrue = (value: boolean): boolean => value;

/**
 * Some item of a list fact satisfies `test`, which gets each item and its pointer. An absent list
 * is unknown; `[]` is a known "none"; a list that is present is complete, so only its items' own
 * unknowns stay open.
 */
export function someItem<S, T>(
  list: RequestFact<S, readonly T[]>,
  request: S,
  test: (item: T, at: string) => boolean | Tri,
): Tri {
  const items = list.read(request);
  if (items === undefined || items === null) return lacking(list.pointer);
  const parts: Tri[] = [];
  for (let i = 0; i < items.length; i++) {
    const answer = test(items[i] as T, `${list.pointer}/${i}`);
    const part = typeof answer === 'boolean' ? truth(answer) : answer;
    if (part.status === 'satisfied') return YES;
    parts.push(part);
  }
  return any(...parts);
}

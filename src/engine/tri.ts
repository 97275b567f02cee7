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

/** A fact at `pointer`: unknown (naming the pointer) when absent or null, else the test's answer. */
export function known<T>(
  value: T | null | undefined,
  pointer: string,
  test: (value: T) => boolean | Tri,
): Tri {
  if (value === undefined || value === null) return lacking(pointer);
  const answer = test(value);
  return typeof answer === 'boolean' ? truth(answer) : answer;
}

/** A yes/no fact at `pointer`: unknown (naming the pointer) when absent or null. */
export function flag(value: boolean | null | undefined, pointer: string): Tri {
  return known(value, pointer, (v) => v);
}

/**
 * Some item of a list satisfies `test`. An absent list is unknown; `[]` is a known "none";
 * a list that is present is complete, so only its items' own unknowns stay open.
 */
export function someItem<T>(
  list: readonly T[] | null | undefined,
  pointer: string,
  test: (item: T, itemPointer: string) => boolean | Tri,
): Tri {
  if (list === undefined || list === null) return lacking(pointer);
  const parts: Tri[] = [];
  for (let i = 0; i < list.length; i++) {
    const answer = test(list[i] as T, `${pointer}/${i}`);
    const part = typeof answer === 'boolean' ? truth(answer) : answer;
    if (part.status === 'satisfied') return YES;
    parts.push(part);
  }
  return any(...parts);
}

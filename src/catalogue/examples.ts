import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Procedure } from '../engine/rule.js';

/** A worked case: a request with the verdict it must produce. The test suite runs these very files. */
export interface Example {
  readonly id: string;
  readonly title: { readonly en: string; readonly nl: string };
  readonly procedure: Procedure;
  readonly path: string;
  readonly request: Record<string, unknown>;
  readonly expected: {
    readonly outcome: string;
    /** Exactly the rules that are satisfied. */
    readonly satisfied: readonly string[];
    /** Rules that must be not-satisfied (the "why not" the case is about); others may be anything. */
    readonly notSatisfied: readonly string[];
    /** Exactly the pointers listed in the verdict's missingFacts (any order). */
    readonly missingFacts: readonly string[];
    /** The status of each exam component (naturalisation). */
    readonly components?: Readonly<Record<string, string>>;
  };
}

/** The project root: the nearest folder above this module with a package.json (src/ or dist/src/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above the examples module');
    dir = parent;
  }
  return dir;
}

export const CASES_DIR = join(projectRoot(), 'test', 'cases');

/** Reads the case files of a procedure, checking that each id is its file name. */
export function loadExamples(procedure: Procedure, dir: string = CASES_DIR): Example[] {
  const folder = join(dir, procedure);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Omit<Example, 'path'>;
      if (`${parsed.id}.json` !== name)
        throw new Error(`${name}: id ${parsed.id} does not match the file name`);
      if (parsed.procedure !== procedure)
        throw new Error(`${name}: procedure ${parsed.procedure} in the ${procedure} folder`);
      return Object.freeze({ ...parsed, path: `/v1/assess/${procedure}` });
    });
}

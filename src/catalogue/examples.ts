import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
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

/** The worked cases: data/cases/<procedure>/<the rule or situation they test>/<case>.json. */
export const CASES_DIR = join(projectRoot(), 'data', 'cases');

/**
 * Reads the case files of a procedure, folder by folder (one folder per rule or situation), checking
 * that each id is its folder and file name.
 */
export function loadExamples(procedure: Procedure, dir: string = CASES_DIR): Example[] {
  const root = join(dir, procedure);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.split(sep).join('/'))
    .sort()
    .map((name) => {
      const parsed = JSON.parse(readFileSync(join(root, name), 'utf8')) as Omit<Example, 'path'>;
      if (`${parsed.id}.json` !== name)
        throw new Error(`${name}: id ${parsed.id} does not match the folder and file name`);
      if (parsed.procedure !== procedure)
        throw new Error(`${name}: procedure ${parsed.procedure} in the ${procedure} folder`);
      return Object.freeze({ ...parsed, path: `/v1/assess/${procedure}` });
    });
}

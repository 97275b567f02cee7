import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A worked case: a request with the verdict it must produce (also served by GET /v1/examples). */
export interface CaseFile {
  readonly id: string;
  readonly title: { readonly en: string; readonly nl: string };
  readonly procedure: 'residence' | 'naturalisation';
  readonly request: Record<string, unknown>;
  readonly expected: {
    readonly outcome: string;
    /** Exactly the rules that are satisfied. */
    readonly satisfied: readonly string[];
    /** Rules that must be not-satisfied (the "why not" the case is about); others may be anything. */
    readonly notSatisfied: readonly string[];
    /** Exactly the pointers listed in the verdict's missingFacts (any order). */
    readonly missingFacts: readonly string[];
    readonly components?: Readonly<Record<string, string>>;
  };
}

const ROOT = fileURLToPath(new URL('../cases/', import.meta.url));

export function loadCases(procedure: 'residence' | 'naturalisation'): CaseFile[] {
  const dir = join(ROOT, procedure);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CaseFile;
      if (`${parsed.id}.json` !== name)
        throw new Error(`${name}: id ${parsed.id} does not match the file name`);
      return parsed;
    });
}

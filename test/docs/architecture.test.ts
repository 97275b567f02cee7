import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The import rules of docs/architecture.md "What may import what", checked on every file in src/. */
const SRC = new URL('../../src', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** What a file imports: a src/ folder (or top-level file) for relative imports, else the package or path. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => {
    const spec = m[1] as string;
    if (!spec.startsWith('.'))
      return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);
    const target = relative(SRC, normalize(join(dirname(file), spec)));
    return target.startsWith('..') ? target : (target.split('/')[0] as string).replace(/\.js$/, '.ts');
  });
}

const FILES = walk(SRC).map((path) => ({ layer: relative(SRC, path).split('/')[0] as string, path }));

/** The layers below the HTTP shell: they must work without Fastify, e.g. in a batch job or a test. */
const CORE = [
  'engine',
  'rules',
  'calendar',
  'parameters',
  'law',
  'schemas',
  'validation',
  'catalogue',
  'assessment',
  'i18n',
];

function violations(layers: readonly string[], forbidden: (dependency: string) => boolean): string[] {
  return FILES.filter((f) => layers.includes(f.layer)).flatMap((f) =>
    imports(f.path)
      .filter((dependency) => dependency !== f.layer && forbidden(dependency))
      .map((dependency) => `${relative(SRC, f.path)} imports ${dependency}`),
  );
}

describe('what may import what (docs/architecture.md)', () => {
  it('the core imports nothing from the HTTP shell: not src/http, not Fastify', () => {
    expect(violations(CORE, (d) => d === 'http' || d === 'fastify' || d.startsWith('@fastify/'))).toEqual([]);
  });

  it('the engine imports no rules, no validation, no service code and no wording', () => {
    expect(
      violations(['engine'], (d) =>
        ['rules', 'validation', 'assessment', 'catalogue', 'app.ts', 'i18n'].includes(d),
      ),
    ).toEqual([]);
  });

  it('the calendar stands alone; the law reads only the calendar; parameters only the calendar and the law', () => {
    const local = (d: string) => !d.startsWith('node:') && d !== 'calendar' && d !== 'law';
    expect(violations(['calendar'], (d) => !d.startsWith('node:'))).toEqual([]);
    expect(violations(['law'], (d) => !d.startsWith('node:') && d !== 'calendar')).toEqual([]);
    expect(violations(['parameters'], local)).toEqual([]);
  });

  it('no runtime file reaches into test/', () => {
    expect(violations([...CORE, 'http'], (d) => d.startsWith('../test'))).toEqual([]);
  });

  it('reads every layer it names (the walk finds the files)', () => {
    const layers = new Set(FILES.map((f) => f.layer));
    for (const layer of [...CORE, 'http']) expect(layers.has(layer), layer).toBe(true);
    expect(imports(join(SRC, 'http/serialize.ts'))).toEqual(['fastify', 'engine']);
  });
});

describe('docs/architecture.md "Performance tricks"', () => {
  const page = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
  const tricks = page.slice(page.indexOf('## Performance tricks'));
  const guards = [...tricks.matchAll(/`(test\/[^`]+\.ts)` › "([^"]+)"/g)];

  it('names for each trick a guard test that exists, by file and name', () => {
    expect(guards.length).toBeGreaterThanOrEqual(12);
    const missing = guards.filter(([, file, name]) => {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      return !text.includes(`'${name}'`);
    });
    expect(missing.map(([guard]) => guard)).toEqual([]);
  });

  it('names a guard under every trick', () => {
    for (const trick of tricks.split('\n### ').slice(1, -1)) {
      expect(trick, trick.split('\n')[0]).toMatch(/› "/);
    }
  });
});

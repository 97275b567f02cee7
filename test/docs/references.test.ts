import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const SELF = new URL(import.meta.url).pathname;

/** Where a reference to a document may stand: code, tests, scripts, the OpenAPI document, docs. */
const SCANNED = ['src', 'test', 'scripts', 'bench', 'openapi', 'docs', 'README.md', 'CHANGELOG.md'];

function walk(path: string): string[] {
  const url = new URL(path, ROOT);
  if (!statSync(url).isDirectory()) return [path];
  return readdirSync(url).flatMap((name) => walk(`${path}/${name}`));
}

/** Stored source texts (law, IND pages) are quoted verbatim: their own words are not our references. */
const QUOTED_SOURCES = 'src/law/data/';
const FILES = SCANNED.flatMap(walk).filter(
  (path) => new URL(path, ROOT).pathname !== SELF && !path.startsWith(QUOTED_SOURCES),
);
const TEXTS = FILES.map((path) => ({ path, text: readFileSync(new URL(path, ROOT), 'utf8') }));

/** Every file name in the repository (what a fresh clone holds), outside dependencies. */
const HELD = new Set(
  ['src', 'test', 'scripts', 'bench', 'openapi', 'docs', 'data', 'deploy', 'postman', '.']
    .flatMap((path) => (path === '.' ? readdirSync(ROOT) : walk(path)))
    .map((path) => path.split('/').at(-1) as string),
);

function occurrences(pattern: RegExp): { path: string; match: RegExpMatchArray }[] {
  return TEXTS.flatMap(({ path, text }) => [...text.matchAll(pattern)].map((match) => ({ path, match })));
}

const headings = (page: string) =>
  [...readFileSync(new URL(`docs/${page}.md`, ROOT), 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => m[1]);

describe('references to documents', () => {
  it('name only documents the repository holds (the check the team runs before a stop)', () => {
    // The same pattern as the team's hook: a Markdown name with a capital, or a notes/ page.
    const dangling = occurrences(/[A-Za-z0-9_-]*[A-Z][A-Za-z0-9_-]*\.md\b|notes\/[a-z-]+\.md/g)
      .filter(({ match }) => !HELD.has(match[0].split('/').at(-1) as string))
      .map(({ path, match }) => `${path}: ${match[0]}`);
    expect(dangling).toEqual([]);
  });

  it('point at docs/ pages that exist', () => {
    const pages = new Set(readdirSync(new URL('docs', ROOT)));
    const missing = occurrences(/docs\/([a-z-]+)\.md/g)
      .filter(({ match }) => !pages.has(`${match[1]}.md`))
      .map(({ path, match }) => `${path}: ${match[0]}`);
    expect(missing).toEqual([]);
  });

  it('name sections of docs/ pages that exist (docs/api.md "Outcomes")', () => {
    const cited = occurrences(/docs\/([a-z-]+)\.md "([^"]+)"/g);
    expect(cited.length).toBeGreaterThan(20);
    const missing = cited
      .filter(({ match }) => !headings(match[1] as string).includes(match[2] as string))
      .map(({ path, match }) => `${path}: ${match[0]}`);
    expect(missing).toEqual([]);
  });

  it('never send the reader to notes outside the repository', () => {
    const outside = occurrences(
      /engineering notes|closing notes|\.\.\/shared\/(?:spec|notes|sources)|notes §/gi,
    ).map(({ path, match }) => `${path}: ${match[0]}`);
    expect(outside).toEqual([]);
  });

  it('name only repository paths that exist, in docs/ and the README (CHANGELOG is history)', () => {
    const guides = TEXTS.filter(({ path }) => path === 'README.md' || path.startsWith('docs/'));
    const paths = guides.flatMap(({ path, text }) =>
      [...text.matchAll(/`((?:src|test|scripts|bench|data|deploy|openapi|postman)\/[^`\s]+)`/g)]
        .map((m) => m[1] as string)
        // A template (<procedure>, *, …) names a family of paths, not one.
        .filter((named) => !/[<*…]/.test(named))
        .map((named) => ({ path, named })),
    );
    expect(paths.length).toBeGreaterThan(50);
    const missing = paths
      .filter(({ named }) => !existsSync(new URL(named.replace(/\/$/, ''), ROOT)))
      .map(({ path, named }) => `${path}: ${named}`);
    expect(missing).toEqual([]);
  });
});

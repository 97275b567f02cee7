import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const README = readFileSync(new URL('README.md', ROOT), 'utf8');

/** The tree in README's "How the code is organised": each listed path under its top folder. */
function listedPaths(): { top: string[]; entries: string[] } {
  const section = README.slice(README.indexOf('## How the code is organised'));
  const start = section.indexOf('```\n') + 4;
  const block = section.slice(start, section.indexOf('\n```', start));
  const top: string[] = [];
  const entries: string[] = [];
  let root = '';
  for (const line of block.split('\n')) {
    const topMatch = /^(\S+\/)/.exec(line);
    if (topMatch) {
      root = topMatch[1] as string;
      top.push(root);
      continue;
    }
    // An entry starts two spaces in; deeper lines continue the description above.
    const entry = /^ {2}(\S.*?)(?: {2,}|$)/.exec(line);
    if (!entry) continue;
    for (const name of (entry[1] as string).split(', ')) entries.push(`${root}${name}`);
  }
  return { top, entries };
}

const folders = (path: string) =>
  readdirSync(new URL(path, ROOT), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

/** Test folders that test something other than one src/ folder; the README says what each holds. */
const TEST_ONLY = ['support', 'hostile', 'contract', 'deploy', 'docs', 'server', 'soak', 'browser'];

describe('the README tree', () => {
  const { top, entries } = listedPaths();

  it('names only files and folders that exist', () => {
    expect(entries.length).toBeGreaterThan(20);
    const missing = [...top, ...entries].filter((path) => !existsSync(new URL(path, ROOT)));
    expect(missing).toEqual([]);
  });

  it('lists every top-level folder of src/', () => {
    for (const folder of folders('src')) expect(entries, `src/${folder}/`).toContain(`src/${folder}/`);
  });

  it('lists every test folder that does not mirror a src/ folder', () => {
    const listed = entries.filter((e) => e.startsWith('test/')).map((e) => e.slice(5, -1));
    expect(listed.sort()).toEqual([...TEST_ONLY].sort());
  });
});

describe('test folders mirror src/', () => {
  /** Every folder under test/ (below the test-only ones) whose src/ twin must exist. */
  function mirrored(path: string): string[] {
    return folders(path).flatMap((name) => [`${path}/${name}`, ...mirrored(`${path}/${name}`)]);
  }

  it('has a src/ folder for each test folder (test/calendar tests src/calendar, …)', () => {
    const orphans = folders('test')
      .filter((name) => !TEST_ONLY.includes(name))
      .flatMap((name) => [`test/${name}`, ...mirrored(`test/${name}`)])
      .filter((path) => !existsSync(new URL(`src/${path.slice(5)}`, ROOT)));
    expect(orphans).toEqual([]);
  });
});

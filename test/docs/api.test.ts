import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/engine/procedure.js';
import { EFFECTS } from '../../src/engine/rule.js';
import { PROBLEM_STATUS } from '../../src/i18n/problems.js';
import { OPENAPI } from '../support/openapi.js';

const PAGE = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

/** The text of one `## ` section of docs/api.md. */
function section(title: string): string {
  const start = PAGE.indexOf(`\n## ${title}\n`);
  expect(start, title).toBeGreaterThan(-1);
  const end = PAGE.indexOf('\n## ', start + 1);
  return PAGE.slice(start, end === -1 ? undefined : end);
}

/** The first column of a section's table, code spans only. */
function firstColumn(title: string): string[] {
  return [...section(title).matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1] as string);
}

describe('docs/api.md agrees with the code', () => {
  it('lists the outcomes in the order of their precedence', () => {
    expect(firstColumn('Outcomes')).toEqual([...OUTCOMES]);
  });

  it('names every effect a rule can have', () => {
    const text = section('Outcomes');
    for (const effect of EFFECTS) expect(text, effect).toContain(`\`${effect}\``);
  });

  it('lists every endpoint of the OpenAPI document, and no other', () => {
    const documented = firstColumn('Endpoints').map((e) => {
      const [method, path] = e.split(' /v1');
      return `${method?.toLowerCase()} ${path}`;
    });
    const served = Object.entries(OPENAPI.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(served.sort());
  });

  it('gives every problem code with its status', () => {
    const text = section('Errors').replaceAll('\n', ' ');
    for (const [code, status] of Object.entries(PROBLEM_STATUS)) {
      expect(text, code).toMatch(new RegExp(`${status}[^,;]*\`${code}\``));
    }
  });
});

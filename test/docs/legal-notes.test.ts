import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AOW_BEFORE_2013, AOW_TABLE } from '../../src/parameters/aow.js';
import { ALL_RULES } from '../../src/rules/index.js';

const PAGE = readFileSync(new URL('../../docs/legal-notes.md', import.meta.url), 'utf8');

describe('docs/legal-notes.md agrees with the code', () => {
  it('names every manual-review rule under the open questions', () => {
    const open = PAGE.slice(PAGE.indexOf('## Open questions'), PAGE.indexOf('## AOW age table'));
    const reviews = ALL_RULES.filter((rule) => rule.effect === 'manual-review').map((rule) => rule.id);
    expect(reviews.length).toBeGreaterThan(5);
    for (const id of reviews) expect(open, id).toContain(id);
  });

  it('gives the AOW table row for row as src/parameters/aow.ts holds it', () => {
    const rows = [...PAGE.matchAll(/^\| (\d{4}) +\| (\d+) y(?: (\d+) m)? /gm)].map((m) => ({
      year: Number(m[1]),
      years: Number(m[2]),
      months: Number(m[3] ?? 0),
    }));
    expect(rows).toEqual(AOW_TABLE.map(({ year, years, months }) => ({ year, years, months })));
    expect(PAGE).toMatch(new RegExp(`^\\| before 2013 +\\| ${AOW_BEFORE_2013.years} y `, 'm'));
  });
});

import { describe, expect, it } from 'vitest';
import { FIXED_TODAY } from '../../scripts/fixed-clock.js';
import { day } from '../../src/calendar/date.js';
import type { Verdict } from '../../src/engine/assess.js';
import { allArticles, wordingInForce } from '../../src/law/articles.js';
import { excerpt, type LawCitation } from '../../src/law/cite.js';
import { naturalisationAssessor, residenceAssessor } from '../../src/rules/index.js';
import type { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import type { ResidenceRequest } from '../../src/schemas/residence.js';
import { loadCases } from '../support/cases.js';

/** The audit dates: around each change of a cited wording, and the fixed today. */
const AUDIT_DATES = [
  '2022-01-10',
  '2022-06-01',
  '2024-01-01',
  '2024-08-01',
  '2025-06-01',
  '2026-06-11',
  '2026-06-12',
  FIXED_TODAY,
];

const ASSESS = {
  residence: (r: Record<string, unknown>) =>
    residenceAssessor.assess(r as unknown as ResidenceRequest, { today: FIXED_TODAY, lang: 'en' }),
  naturalisation: (r: Record<string, unknown>) =>
    naturalisationAssessor.assess(r as unknown as NaturalisationRequest, { today: FIXED_TODAY, lang: 'en' }),
};

/** Every worked case moved to the date (a decision date before it is dropped), with its verdict. */
function verdictsOn(date: string): { id: string; request: Record<string, unknown>; verdict: Verdict }[] {
  return (['residence', 'naturalisation'] as const).flatMap((procedure) =>
    loadCases(procedure).map((c) => {
      const { decisionDate, ...rest } = c.request as { decisionDate?: string };
      const request = {
        ...rest,
        applicationDate: date,
        ...(decisionDate && decisionDate >= date ? { decisionDate } : {}),
      };
      return { id: c.id, request, verdict: ASSESS[procedure](request) };
    }),
  );
}

const lawCitations = (verdict: Verdict) =>
  verdict.grounds.flatMap((g) =>
    g.citations.filter((c): c is LawCitation => c.kind === 'law').map((c) => ({ ground: g, c })),
  );

/** The stored wordings of the cited article that hold the cited paragraph and point. */
const wordings = (c: LawCitation) =>
  allArticles().filter((a) => {
    if (a.law !== c.title || a.article !== c.article) return false;
    const [point, item] = (c.point ?? '').split(', ');
    try {
      excerpt(a, { paragraph: c.paragraph, point: point || undefined, item });
      return true;
    } catch {
      return false;
    }
  });

describe.each(AUDIT_DATES)('citation audit of every worked case with application date %s', (date) => {
  const verdicts = verdictsOn(date);

  it('quotes only wordings in force on the reference date, unless marked and none in force is stored', () => {
    for (const { id, request, verdict } of verdicts) {
      for (const { ground, c } of lawCitations(verdict)) {
        const on = day((c.asOf === 'decisionDate' ? request.decisionDate : date) as string);
        const where = `${id} ${ground.rule} ${c.title} ${c.article}`;
        const inForce = wordings(c).find((w) => wordingInForce(w, on));
        if (c.laterText) {
          expect(inForce, `${where}: laterText although a wording in force is stored`).toBeUndefined();
          expect(ground.reason, where).toContain('No wording of');
          continue;
        }
        expect(day(c.versionDate) <= on, `${where}: version ${c.versionDate}`).toBe(true);
        if (c.text === undefined || c.olderText) continue;
        expect(inForce, `${where}: no wording in force`).toBeDefined();
        const lines = new Set(inForce?.text.split('\n'));
        for (const line of c.text.split('\n')) expect(lines.has(line), `${where}: ${line}`).toBe(true);
      }
    }
  });

  it('never gives two provisions one juriconnect id', () => {
    const provisionOf = new Map<string, string>();
    for (const { verdict } of verdicts) {
      for (const { c } of lawCitations(verdict)) {
        const provision = `${c.title}|${c.article}|${c.paragraph ?? ''}|${c.point ?? ''}|${c.text ?? ''}`;
        const seen = provisionOf.get(c.juriconnect);
        if (seen) expect(provision, c.juriconnect).toBe(seen);
        else provisionOf.set(c.juriconnect, provision);
      }
    }
    expect(provisionOf.size).toBeGreaterThan(20);
  });

  it('quotes a text wherever one is stored, and links every law citation to the article', () => {
    for (const { id, verdict } of verdicts) {
      for (const { ground, c } of lawCitations(verdict)) {
        const where = `${id} ${ground.rule} ${c.title} ${c.article}`;
        if (c.text === undefined) expect(wordings(c), `${where}: stored but not quoted`).toHaveLength(0);
        expect(c.url, where).toMatch(
          new RegExp(`^https://wetten\\.overheid\\.nl/BWBR\\d+/${c.versionDate}#Artikel${c.article}$`),
        );
      }
    }
  });
});

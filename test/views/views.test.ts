import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/assessment/procedures.js';
import { loadExamples } from '../../src/catalogue/examples.js';
import type { Verdict } from '../../src/engine/assess.js';
import { toJson } from '../../src/http/serialize.js';
import type { Citation } from '../../src/law/cite.js';
import { citationId } from '../../src/views/citation-id.js';
import { type CompactVerdict, compactVerdict } from '../../src/views/compact.js';
import { summaryVerdict } from '../../src/views/summary.js';
import { TODAY } from '../support/arbitraries.js';

/** What a client does with a compact verdict: each id replaced by its source, and sources dropped. */
function rebuild(compact: CompactVerdict): Verdict {
  const { sources, ...rest } = compact;
  return {
    ...rest,
    grounds: compact.grounds.map((g) => ({
      ...g,
      citations: g.citations.map((id) => {
        const source = sources[id];
        if (!source) throw new Error(`no source ${id}`);
        return source;
      }),
    })),
  };
}

const CASES = [...loadExamples('residence'), ...loadExamples('naturalisation')].flatMap((example) =>
  (['en', 'nl'] as const).map((lang) => ({
    id: `${example.id} (${lang})`,
    verdict: SERVICES[example.procedure].assess(example.request, { today: TODAY, lang }),
  })),
);

describe('the compact view', () => {
  it('rebuilds into the full verdict byte for byte, for every worked case in both languages', () => {
    for (const { id, verdict } of CASES) {
      // The compact bytes as sent, parsed as a client would.
      const compact = JSON.parse(toJson(compactVerdict(verdict)).toString('utf8')) as CompactVerdict;
      expect(JSON.stringify(rebuild(compact)), id).toBe(JSON.stringify(verdict));
    }
  });

  it('lists each distinct citation once and uses every source it lists', () => {
    for (const { id, verdict } of CASES) {
      const compact = compactVerdict(verdict);
      const sources = Object.values(compact.sources).map((c) => JSON.stringify(c));
      expect(new Set(sources).size, id).toBe(sources.length);
      const cited = new Set(compact.grounds.flatMap((g) => g.citations));
      expect([...cited].sort(), id).toEqual(Object.keys(compact.sources).sort());
    }
  });

  it('is smaller than the full verdict whenever a citation repeats', () => {
    for (const { id, verdict } of CASES) {
      const all = verdict.grounds.flatMap((g) => g.citations);
      if (new Set(all).size === all.length) continue;
      expect(toJson(compactVerdict(verdict)).length, id).toBeLessThan(toJson(verdict).length);
    }
  });
});

describe('citation ids', () => {
  const law = CASES[0]?.verdict.grounds.flatMap((g) => g.citations).find((c) => c.kind === 'law');
  const guidance: Citation = {
    kind: 'guidance',
    title: 'IND',
    passage: 'A passage.',
    url: 'https://ind.nl/x',
    lang: 'en',
  };

  it('name a law citation by its juriconnect reference', () => {
    expect(law).toBeDefined();
    expect(citationId(law as Citation)).toBe((law as { juriconnect: string }).juriconnect);
  });

  it('are a function of the citation alone: equal content, equal id; another passage, another id', () => {
    expect(citationId({ ...guidance })).toBe(citationId(guidance));
    expect(citationId(guidance)).toMatch(/^guidance:https:\/\/ind\.nl\/x#[0-9a-f]{12}$/);
    expect(citationId({ ...guidance, passage: 'Another passage.' } as Citation)).not.toBe(
      citationId(guidance),
    );
  });
});

describe('the summary view', () => {
  it('keeps the outcome and the deciding grounds, cites by the same ids as the compact view, and quotes no text', () => {
    for (const { id, verdict } of CASES) {
      const summary = summaryVerdict(verdict);
      expect(summary.outcome, id).toBe(verdict.outcome);
      expect(summary.requirementApplies, id).toBe(verdict.requirementApplies);
      expect(summary.missingFacts, id).toEqual(verdict.missingFacts);
      expect(summary.components, id).toEqual(verdict.components);
      const deciding = verdict.grounds.filter(
        (g) => g.status === 'satisfied' || (g.status === 'unknown' && g.missingFacts.length > 0),
      );
      expect(
        summary.grounds.map((g) => g.rule),
        id,
      ).toEqual(deciding.map((g) => g.rule));
      const compact = compactVerdict(verdict);
      for (const ground of summary.grounds) {
        // The same ids as the compact view, so a client can look each up there.
        const sameGround = compact.grounds.find((g) => g.rule === ground.rule);
        expect(ground.citations, id).toEqual(sameGround?.citations);
      }
      expect(JSON.stringify(summary.grounds), id).not.toMatch(/"(text|passage)":/);
    }
  });
});

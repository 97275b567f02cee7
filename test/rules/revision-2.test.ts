import { describe, expect, it } from 'vitest';
import { type Example, loadExamples } from '../../src/catalogue/examples.js';
import type { AnyFact } from '../../src/engine/fact.js';
import { KIND_OF } from '../../src/engine/outcome.js';
import { naturalisationAssessor, residenceAssessor } from '../../src/rules/index.js';
import { AGE_RULES as NATURALISATION_AGE_RULES } from '../../src/rules/naturalisation/age-review.js';
import { NATURALISATION_RULES } from '../../src/rules/naturalisation/index.js';
import { AGE_RULES as RESIDENCE_AGE_RULES } from '../../src/rules/residence/age-review.js';
import { RESIDENCE_RULES } from '../../src/rules/residence/index.js';
import { DATE_OF_BIRTH } from '../../src/rules/shared/facts.js';
import type { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import type { ResidenceRequest } from '../../src/schemas/residence.js';
import { TODAY } from '../support/arbitraries.js';

/** Texts and rule sets of the rules' revision 2 (CHANGELOG, rule set 2026.12.0) that the worked cases' outcomes cannot show. */
const example = (procedure: 'residence' | 'naturalisation', id: string): Example => {
  const found = loadExamples(procedure).find((e) => e.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};
const residence = (id: string, lang: 'en' | 'nl') =>
  residenceAssessor.assess(example('residence', id).request as ResidenceRequest, { today: TODAY, lang });
const reason = (verdict: { grounds: readonly { rule: string; reason: string }[] }, rule: string) =>
  verdict.grounds.find((g) => g.rule === rule)?.reason ?? '';

const DECIDING = new Set(['scope', 'met', 'exemption']);
const readsBirth = (rule: { reads: readonly AnyFact[] }) => rule.reads.includes(DATE_OF_BIRTH);

describe('R2-7: age reasons name the anniversary they test', () => {
  it.each([
    ['en', /29th birthday/, /18th/],
    ['nl', /29e verjaardag/, /18e/],
  ] as const)(
    'RES-DISP-GREW-UP-IN-NL open on the 29th birthday speaks of the 29th, not the 18th (%s)',
    (lang, names, never) => {
      const verdict = residence('res-disp-grew-up-in-nl/29th-birthday-two-readings', lang);
      const text = reason(verdict, 'RES-DISP-GREW-UP-IN-NL');
      expect(text).toMatch(names);
      expect(text).not.toMatch(never);
      expect(reason(verdict, 'RES-EX-GREW-UP-IN-NL')).toMatch(names);
    },
  );

  it('RES-REVIEW-AGE watches exactly the residence scope, met and exemption rules that read the date of birth', () => {
    const expected = RESIDENCE_RULES.filter((r) => DECIDING.has(KIND_OF[r.effect]) && readsBirth(r));
    expect(RESIDENCE_AGE_RULES.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    const verdict = residence('res-disp-grew-up-in-nl/29th-birthday-two-readings', 'en');
    expect(reason(verdict, 'RES-REVIEW-AGE')).toContain('RES-EX-GREW-UP-IN-NL');
    expect(reason(verdict, 'RES-REVIEW-AGE')).not.toContain('RES-DISP-GREW-UP-IN-NL');
  });

  it('NAT-REVIEW-AGE watches every naturalisation scope, met and exemption rule that reads the date of birth, and no other kind', () => {
    const reading = NATURALISATION_RULES.filter((r) => DECIDING.has(KIND_OF[r.effect]) && readsBirth(r));
    const watched = NATURALISATION_AGE_RULES.map((r) => r.id);
    for (const rule of reading) expect(watched).toContain(rule.id);
    for (const rule of NATURALISATION_AGE_RULES) expect(DECIDING.has(KIND_OF[rule.effect])).toBe(true);
  });
});

describe('R2-1: the two reference dates', () => {
  it.each(['en', 'nl'] as const)(
    'names both outcomes when they differ, and says the answer is the same when not (%s)',
    (lang) => {
      const differ = residence('res-review-age/minor-then-adult-outcomes-differ', lang);
      const review = differ.grounds.find((g) => g.rule === 'RES-REVIEW-AGE');
      expect(review?.status).toBe('satisfied');
      expect(review?.reason).toMatch(
        lang === 'en' ? /exempt.*examination is required/ : /vrijgesteld.*examen is vereist/,
      );
      const minor = differ.grounds.find((g) => g.rule === 'RES-EX-MINOR');
      expect(minor?.statusByDate).toEqual({ applicationDate: 'satisfied', decisionDate: 'not-satisfied' });

      const same = residence('res-review-age/minor-then-born-here-exempt-on-both-dates', lang);
      expect(same.outcome).toBe('exempt');
      expect(reason(same, 'RES-REVIEW-AGE')).toMatch(
        lang === 'en' ? /same on both dates/ : /op beide data hetzelfde/,
      );
      expect(same.headline).toMatch(lang === 'en' ? /Under 18/ : /Jonger dan 18/);
    },
  );
});

describe('R2-3: the old-regime test documents', () => {
  it('quote Besluit inburgering art. 2.5 and say its stored text ends mid-sentence', () => {
    const verdict = residence('res-ex-document/win-test-decision-humanitarian', 'en');
    const ground = verdict.grounds.find((g) => g.rule === 'RES-EX-DOCUMENT');
    expect(ground?.status).toBe('satisfied');
    expect(ground?.reason).toMatch(/ends mid-sentence/);
    const quoted = ground?.citations.find((c) => c.kind === 'law' && c.article === '2.5');
    expect(quoted && 'text' in quoted ? quoted.text : '').toMatch(
      /^Geheel vrijgesteld van de inburgeringsplicht/,
    );
  });
});

describe('R2-5: the old exam passed as a whole', () => {
  it('quotes RnN art. 2(3) in the reason of NAT-MET-ALL-COMPONENTS', () => {
    const c = example('naturalisation', 'nat-met-all-components/old-exam-passed-whole-before-2015');
    const verdict = naturalisationAssessor.assess(c.request as NaturalisationRequest, {
      today: TODAY,
      lang: 'en',
    });
    expect(reason(verdict, 'NAT-MET-ALL-COMPONENTS')).toMatch(/RnN art\. 2\(3\)/);
  });
});

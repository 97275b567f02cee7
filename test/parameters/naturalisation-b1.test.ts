import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { FIXED_TODAY } from '../../scripts/fixed-clock.js';
import type { Verdict } from '../../src/engine/assess.js';
import type { NaturalisationRequest } from '../../src/schemas/naturalisation.js';

/**
 * A rehearsal of the announced change of the naturalisation test from A2 to B1 (a new Besluit
 * naturalisatietoets; date not yet known): test code only, nothing shipped as law. The change is
 * one dated value of NATURALISATION_LANGUAGE_LEVEL (and the A2 value closed the day before); no
 * rule, text or other file changes. Cases dated before and after the hypothetical date must differ.
 */
const B1_FROM = '2027-07-01';

vi.mock('../../src/parameters/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parameters/index.js')>();
  const [a2, ...later] = original.NATURALISATION_LANGUAGE_LEVEL.values;
  if (!a2 || later.length > 0) throw new Error('the rehearsal expects the A2 value alone');
  return {
    ...original,
    NATURALISATION_LANGUAGE_LEVEL: original.parameter(
      original.NATURALISATION_LANGUAGE_LEVEL.id,
      original.NATURALISATION_LANGUAGE_LEVEL.description,
      [
        { ...a2, to: '2027-06-30' },
        {
          from: B1_FROM,
          value: 'B1',
          reference: { kind: 'policy', title: 'Hypothetical Besluit naturalisatietoets (rehearsal only)' },
        },
      ],
    ),
  };
});

const { naturalisationAssessor } = await import('../../src/rules/index.js');

/** The worked example: an oudkomers certificate with reading, listening and writing at A2, KNM passed. */
const EXAMPLE = JSON.parse(
  readFileSync(
    new URL('../../data/examples/naturalisation-language-certificate.json', import.meta.url),
    'utf8',
  ),
) as NaturalisationRequest;

const assessOn = (applicationDate: string, lang: 'en' | 'nl' = 'en'): Verdict =>
  naturalisationAssessor.assess({ ...EXAMPLE, applicationDate }, { today: FIXED_TODAY, lang });

const components = (v: Verdict) =>
  Object.fromEntries((v.components ?? []).map((c) => [c.component, c.status]));
const ground = (v: Verdict, rule: string) => v.grounds.find((g) => g.rule === rule);

describe(`rehearsal: the naturalisation level moves from A2 to B1 on ${B1_FROM}`, () => {
  const before = assessOn('2027-06-30');
  const after = assessOn(B1_FROM);

  it('before the date the A2 certificate exempts the language parts; from it they are required', () => {
    expect(ground(before, 'NAT-PX-LANGUAGE-CERTIFICATE')?.status).toBe('satisfied');
    expect(ground(after, 'NAT-PX-LANGUAGE-CERTIFICATE')?.status).toBe('not-satisfied');
    for (const part of ['reading', 'listening', 'writing']) {
      expect(components(before)[part], part).toBe('exempt');
      expect(components(after)[part], part).toBe('required');
    }
    expect(components(after).knm).toBe(components(before).knm);
    expect(after.outcome).not.toBe(before.outcome);
  });

  it('the texts say A2 before the date and B1 from it, in English and Dutch', () => {
    for (const lang of ['en', 'nl'] as const) {
      const reasonBefore = ground(assessOn('2027-06-30', lang), 'NAT-PX-LANGUAGE-CERTIFICATE')?.reason;
      const reasonAfter = ground(assessOn(B1_FROM, lang), 'NAT-PX-LANGUAGE-CERTIFICATE')?.reason;
      expect(reasonBefore, lang).toContain('A2');
      expect(reasonAfter, lang).toContain('B1');
      expect(reasonAfter, lang).not.toContain('A2');
    }
  });

  it('cases dated before the first date keep A2 exactly as without the rehearsal', () => {
    expect(components(assessOn(FIXED_TODAY))).toEqual(components(before));
  });
});

import { describe, expect, it } from 'vitest';
import { FIXED_TODAY } from '../../scripts/fixed-clock.js';
import type { Ground } from '../../src/engine/assess.js';
import { type BaseContext, decide, defineRule, type Formulation } from '../../src/engine/rule.js';
import { YES } from '../../src/engine/tri.js';
import type { LawCitation } from '../../src/law/cite.js';
import { naturalisationAssessor, residenceAssessor } from '../../src/rules/index.js';
import type { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import type { ResidenceRequest } from '../../src/schemas/residence.js';

/** Someone living in the Netherlands since age 2, asking for the regular permanent permit. */
const grewUp = (applicationDate: string, decisionDate?: string): ResidenceRequest =>
  ({
    requestedPermit: 'permanent-regular',
    applicationDate,
    ...(decisionDate ? { decisionDate } : {}),
    applicant: {
      dateOfBirth: '1990-04-17',
      nationalities: ['MA'],
      familyMembers: [],
      residencePeriods: [{ from: '1992-03-01' }],
      livedInNetherlandsSinceBirthOrBeforeAge4: true,
    },
  }) as unknown as ResidenceRequest;

const ground = (request: ResidenceRequest, rule: string, lang: 'en' | 'nl' = 'en'): Ground => {
  const found = residenceAssessor
    .assess(request, { today: FIXED_TODAY, lang })
    .grounds.find((g) => g.rule === rule);
  if (!found) throw new Error(`${rule} not in the verdict`);
  return found;
};

const vw21 = (g: Ground) =>
  g.citations.filter((c): c is LawCitation => c.kind === 'law' && c.article === '21');

describe('plans quote the law of the reference dates (R2-8)', () => {
  it('Vw 2000 art. 21(4) before and after 2024-07-25: each application date quotes its own wording', () => {
    const [before] = vw21(ground(grewUp('2024-07-24'), 'RES-EX-BORN-OR-RAISED-BEFORE-4'));
    const [after] = vw21(ground(grewUp('2024-07-25'), 'RES-EX-BORN-OR-RAISED-BEFORE-4'));
    expect(before?.versionDate).toBe('2024-01-01');
    expect(after?.versionDate).toBe('2024-07-25');
    expect(before?.text).not.toBe(after?.text);
  });

  it('a decision date under another wording adds its citation beside the application-date one', () => {
    const citations = vw21(ground(grewUp('2024-07-01', '2024-08-01'), 'RES-EX-BORN-OR-RAISED-BEFORE-4'));
    expect(citations.map((c) => [c.versionDate, c.asOf])).toEqual([
      ['2024-01-01', undefined],
      ['2024-07-25', 'decisionDate'],
    ]);
  });

  it('a decision date under the same wording adds nothing', () => {
    const citations = vw21(ground(grewUp('2024-08-01', '2024-09-01'), 'RES-EX-BORN-OR-RAISED-BEFORE-4'));
    expect(citations).toHaveLength(1);
  });

  it('Vb 2000 art. 3.96a before and after the Wi 2021 wording of 2022-01-29', () => {
    const quoted = (date: string) =>
      ground(grewUp(date), 'RES-REQUIREMENT').citations.find(
        (c): c is LawCitation => c.kind === 'law' && c.article === '3.96a',
      );
    expect(quoted('2022-01-28')?.versionDate).toBe('2022-01-01');
    expect(quoted('2022-01-29')?.versionDate).toBe('2022-01-29');
    expect(quoted('2022-01-28')?.text).not.toBe(quoted('2022-01-29')?.text);
  });
});

describe('dated formulations: one rule id, the formulation in force picked by the plan', () => {
  const asylum = (applicationDate: string, decisionDate?: string) =>
    ({
      requestedPermit: 'permanent-asylum',
      applicationDate,
      ...(decisionDate ? { decisionDate } : {}),
      applicant: { dateOfBirth: '1990-04-17', nationalities: ['SY'] },
    }) as unknown as ResidenceRequest;

  it('RES-REVIEW-ASYLUM-PERMIT-ENDED: before the asylum end date a later decision is pending, from it the permit is gone', () => {
    const exists = ground(asylum('2026-06-10', '2026-06-11'), 'RES-REVIEW-ASYLUM-PERMIT-ENDED');
    const pending = ground(asylum('2026-06-11', '2026-06-12'), 'RES-REVIEW-ASYLUM-PERMIT-ENDED');
    const ended = ground(asylum('2026-06-12'), 'RES-REVIEW-ASYLUM-PERMIT-ENDED');
    expect([exists.status, pending.status, ended.status]).toEqual([
      'not-satisfied',
      'satisfied',
      'satisfied',
    ]);
    expect(pending.reason).toContain('made before 12 June 2026');
    expect(ended.reason).toContain('on or after 12 June 2026');
  });

  it('formulations must cover the rule without gap or overlap, the newest being its evaluate', () => {
    const evaluate = () => decide(YES, { satisfied: 'yes', notSatisfied: 'no' });
    const rule = (formulations: Formulation<unknown, BaseContext, 'yes' | 'no'>[], newest = evaluate) =>
      defineRule({
        id: 'TEST',
        procedure: 'residence',
        effect: 'information',
        variants: { only: { from: '2022-01-01' } },
        reads: [],
        citations: () => [],
        evidence: { en: [], nl: [] },
        text: {
          en: { title: '', description: '', reasons: { yes: () => '', no: () => '' } },
          nl: { title: '', description: '', reasons: { yes: () => '', no: () => '' } },
        },
        evaluate: newest,
        formulations,
      });
    const other = () => decide(YES, { satisfied: 'no', notSatisfied: 'yes' });
    expect(() =>
      rule([
        { from: '2022-01-01', to: '2023-12-31', evaluate: other },
        { from: '2024-01-01', evaluate },
      ]),
    ).not.toThrow();
    expect(() =>
      rule([
        { from: '2022-01-01', to: '2023-12-31', evaluate: other },
        { from: '2024-01-02', evaluate },
      ]),
    ).toThrow(/gap/);
    expect(() => rule([{ from: '2022-06-01', evaluate }])).toThrow(/gap/);
    expect(() => rule([{ from: '2022-01-01', to: '2023-12-31', evaluate }])).toThrow(/gap/);
    expect(() => rule([{ from: '2022-01-01', evaluate: other }])).toThrow(/newest/);
  });
});

describe('a later wording quoted because none in force is stored: the reason says so', () => {
  const ona = (applicationDate: string, lang: 'en' | 'nl') =>
    naturalisationAssessor
      .assess(
        {
          applicationDate,
          placeOfResidence: 'european-netherlands',
          applicant: { dateOfBirth: '1980-03-12', nationalities: ['MA'] },
          integration: { onaExemption: 'employee' },
        } as unknown as NaturalisationRequest,
        { today: FIXED_TODAY, lang },
      )
      .grounds.find((g) => g.rule === 'NAT-PX-ONA-DUO');

  it('RnN art. 4(8)(c) as amended on 2024-05-17: laterText and a note before that date, neither from it', () => {
    const before = { en: ona('2024-05-16', 'en'), nl: ona('2024-05-16', 'nl') };
    const after = ona('2024-05-17', 'en');
    const amended = (g: Ground | undefined) =>
      g?.citations.find((c): c is LawCitation => c.kind === 'law' && c.point === 'c');
    expect(amended(before.en)?.laterText).toBe(true);
    expect(before.en?.reason).toContain(
      'No wording of Regeling naturalisatietoets Nederland art. 4 in force',
    );
    expect(before.nl?.reason).toContain('Er is geen tekst van Regeling naturalisatietoets Nederland art. 4');
    expect(amended(after)?.laterText).toBeUndefined();
    expect(after?.reason).not.toContain('No wording');
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../src/calendar/date.js';
import { testApp } from '../support/app.js';
import { TODAY } from '../support/arbitraries.js';
import { postTo } from '../support/http.js';
import { naturalisationCaseArb, residenceCaseArb } from './arbitraries.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
  await app.ready();
});
afterAll(() => app.close());

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../data/examples/${name}.json`, import.meta.url), 'utf8'));

interface Answer {
  from: string;
  until: string;
  assumption: string;
  periods: {
    from: string;
    to: string;
    outcome: string;
    events: { code: string; date: string; rules: string[]; parameter?: string; reason: string }[];
    changes: { rule: string; from: string | null; to: string | null }[];
  }[];
}

const timeline = async (procedure: string, body: unknown, lang = 'en') => {
  const res = await postTo(app, `/v1/assess/${procedure}/timeline`, body, { 'Accept-Language': lang });
  return res;
};

/** The periods as [from, outcome, event codes]: what a case worker reads first. */
const outline = (answer: Answer) =>
  answer.periods.map((p) => [p.from, p.outcome, p.events.map((e) => e.code)]);

describe('POST /v1/assess/{procedure}/timeline', () => {
  it('shows a minor turning 18: exempt until the 18th birthday, then the requirement applies', async () => {
    const res = await timeline('residence', example('residence-timeline-minor-turns-18'));
    expect(res.status).toBe(200);
    const answer = res.body as Answer;
    expect([answer.from, answer.until]).toEqual(['2026-11-28', '2031-11-28']);
    expect(outline(answer)).toEqual([
      ['2026-11-28', 'exempt', ['start']],
      ['2028-04-17', 'requirement-applies', ['birthday']],
    ]);
    expect(answer.periods[1]?.events[0]).toMatchObject({ rules: ['RES-EX-MINOR'], reason: '18th birthday' });
    expect(answer.periods[1]?.changes).toEqual([
      { rule: 'RES-EX-MINOR', from: 'satisfied', to: 'not-satisfied' },
    ]);
  });

  it('shows the pensionable age (in Dutch): the requirement applies, then exempt', async () => {
    const res = await timeline('residence', example('residence-timeline-pensionable-age'), 'nl');
    const answer = res.body as Answer;
    expect(outline(answer)).toEqual([
      ['2026-11-28', 'requirement-applies', ['start']],
      ['2028-08-20', 'exempt', ['pensionable-age']],
    ]);
    expect(answer.periods[1]?.events[0]?.reason).toBe('AOW-leeftijd bereikt');
    expect(answer.assumption).toMatch(/^Elke periode/);
  });

  it('shows a medical advice growing older than 6 months: dispensation possible, then not', async () => {
    const res = await timeline('naturalisation', example('naturalisation-timeline-medical-advice'));
    const answer = res.body as Answer;
    expect(outline(answer)).toEqual([
      ['2026-11-28', 'dispensation-possible', ['start']],
      ['2027-04-06', 'requirement-applies', ['medical-advice-expired']],
    ]);
    expect(answer.periods[1]?.events[0]?.rules).toEqual(['NAT-DISP-MEDICAL']);
  });

  it('shows the end of the Turkish exemption as a dated parameter', async () => {
    const body = { ...example('residence-turkish-2025'), from: '2024-06-01', until: '2025-06-01' };
    delete body.applicationDate;
    const answer = (await timeline('residence', body)).body as Answer;
    // The rule's dated formulation changes that day too: both events are listed, the parameter's first.
    const event = answer.periods[1]?.events.find((e: { code: string }) => e.code === 'parameter-changed');
    expect(event).toMatchObject({
      code: 'parameter-changed',
      date: '2025-01-01',
      parameter: 'turkish-exemption',
    });
    expect(event?.reason).toMatch(/^Turkish exemption ended/);
  });

  it('runs from the applicationDate, else today, for five years unless until says otherwise', async () => {
    const minor = example('residence-minor');
    const fromApplication = (await timeline('residence', { ...minor, applicationDate: '2027-02-28' })).body;
    expect([fromApplication.from, fromApplication.until]).toEqual(['2027-02-28', '2032-02-28']);
    const { applicationDate: _, ...undated } = minor;
    const fromToday = (await timeline('residence', undated)).body;
    expect([fromToday.from, fromToday.until]).toEqual([TODAY, '2031-11-28']);
    const explicit = (await timeline('residence', { ...minor, from: '2028-02-29', until: '2053-02-28' }))
      .body;
    expect([explicit.from, explicit.until]).toEqual(['2028-02-29', '2053-02-28']);
  });

  it('names every invalid field: decisionDate, from before 2022 or the birth date, until out of order or range', async () => {
    const invalid = async (body: object) =>
      (
        (await timeline('residence', { requestedPermit: 'permanent-regular', ...body })).body
          .invalidParams as {
          name: string;
          code: string;
        }[]
      ).map((p) => [p.name, p.code]);
    expect(await invalid({ decisionDate: '2027-01-01', from: '2021-12-31', until: '2047-01-01' })).toEqual([
      ['/decisionDate', 'notAllowed'],
      ['/from', 'outOfRange'],
      ['/until', 'outOfRange'],
    ]);
    // Born after `from`: the birth date is named, as the assessment names it against applicationDate.
    const born = { dateOfBirth: '2026-02' };
    expect(await invalid({ from: '2026-01-01', until: '2026-01-01', applicant: born })).toEqual([
      ['/applicant/dateOfBirth', 'dateOrder'],
      ['/until', 'dateOrder'],
    ]);
    expect(await invalid({ applicationDate: '2026-03-01', from: '2026-01-01', applicant: born })).toEqual([
      ['/from', 'dateOrder'],
    ]);
    expect(await invalid({ from: '2026-02-30', to: '2027-01-01' })).toEqual([
      ['/to', 'unknownParam'],
      ['/from', 'date'],
    ]);
  });
});

describe('the timeline endpoints against the assess endpoints', () => {
  const RUNS = 25;
  for (const [procedure, arb] of [
    ['residence', residenceCaseArb],
    ['naturalisation', naturalisationCaseArb],
  ] as const) {
    it(`${procedure}: the first and last day of every period assess to its outcome and statuses (${RUNS} cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(arb, async (c) => {
          const from = formatDay(c.from);
          const until = formatDay(c.from + c.days);
          const res = await timeline(procedure, { ...c.input, from, until });
          expect(res.status).toBe(200);
          const statuses = new Map<string, string>();
          for (const period of (res.body as Answer).periods) {
            for (const change of period.changes) {
              if (change.to === null) statuses.delete(change.rule);
              else statuses.set(change.rule, change.to);
            }
            for (const on of [period.from, formatDay((parseDay(period.to) as number) - 1)]) {
              const verdict = (
                await postTo(app, `/v1/assess/${procedure}`, { ...c.input, applicationDate: on })
              ).body;
              expect(verdict.outcome).toBe(period.outcome);
              expect(
                new Map(verdict.grounds.map((g: { rule: string; status: string }) => [g.rule, g.status])),
              ).toEqual(statuses);
            }
          }
        }),
        { seed: 17, numRuns: RUNS },
      );
    }, 120_000);
  }
});

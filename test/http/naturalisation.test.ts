import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { conforms, expectJsonAnswerHeaders, postTo } from '../support/http.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ bodyLimit: 64 * 1024 });
});
afterAll(() => app.close());

const PATH = '/v1/assess/naturalisation';

/**
 * An adult Moroccan national in the European Netherlands, every fact known, no full exemption,
 * and a DUO decision exempting ONA (employee): docs/rules.md NAT-PX-ONA-DUO exempts ONA, the other five
 * components stay required, so docs/api.md "Outcomes" gives partially-exempt.
 */
const VALID = {
  applicationDate: '2026-11-28',
  placeOfResidence: 'european-netherlands',
  applicant: {
    dateOfBirth: '1985-05-20',
    nationalities: ['MA'],
    marriedBefore18: false,
    residencePeriods: [{ from: '2015-03-01' }],
    moluccan: false,
  },
  integration: { diplomas: [], examResults: [], duoDecisions: [], onaExemption: 'employee' },
  circumstances: {
    medicalAdvice: { concludesUnableToPass: false },
    duoEffortsAdvice: { positive: false },
    particularIndividualCircumstances: false,
  },
};

interface Component {
  component: string;
  status: string;
  rules: string[];
}
interface Ground {
  rule: string;
  status: string;
  title: string;
  reason: string;
}

/** Every response of this suite must match the OpenAPI document. */
const post = (body: unknown, headers?: Record<string, string>) => postTo(app, PATH, body, headers);

describe('POST /v1/assess/naturalisation: a valid case', () => {
  it('answers 200 with a verdict with components and the ADR headers', async () => {
    const res = await post(VALID);
    expect(res.status).toBe(200);
    expectJsonAnswerHeaders(res, 'en');
    expect(res.headers['x-request-id']).toBeTruthy();

    expect(res.body.procedure).toBe('naturalisation');
    expect(res.body.outcome).toBe('partially-exempt');
    expect(res.body.requirementApplies).toBe(true);
    expect(res.body.assessment).toEqual({
      applicationDate: '2026-11-28',
      decisionDate: null,
      language: 'en',
    });
    expect(res.body.missingFacts).toEqual([]);
    expect(res.body.ruleSet.hash).toMatch(/^sha256:[0-9a-f]{64}$/);

    const components = res.body.components as Component[];
    expect(components.map((c) => [c.component, c.status])).toEqual([
      ['reading', 'required'],
      ['listening', 'required'],
      ['writing', 'required'],
      ['speaking', 'required'],
      ['knm', 'required'],
      ['ona', 'exempt'],
    ]);
    expect(components[5]?.rules).toContain('NAT-PX-ONA-DUO');

    const grounds = res.body.grounds as Ground[];
    const status = new Map(grounds.map((g) => [g.rule, g.status]));
    expect(status.get('NAT-PX-ONA-DUO')).toBe('satisfied');
    expect(status.get('NAT-REQUIREMENT')).toBe('satisfied');
    expect(status.get('NAT-MET-ALL-COMPONENTS')).toBe('not-satisfied');
    expect(status.get('NAT-SCOPE-DUTCH-NATIONAL')).toBe('not-satisfied');
    expect(status.get('NAT-SCOPE-MINOR')).toBe('not-satisfied');
    // Neither BE/LU/TR nor at pensionable age: the information rule has nothing to say.
    expect(status.has('NAT-NOT-RESIDENCE-EXEMPTIONS')).toBe(false);
    for (const ground of grounds) expect(ground.rule).toMatch(/^NAT-/);
  });

  it('answers in Dutch for Accept-Language nl, with the same codes, rule ids and components', async () => {
    const [en, nl] = await Promise.all([post(VALID), post(VALID, { 'Accept-Language': 'nl' })]);
    expect(nl.status).toBe(200);
    expect(nl.headers['content-language']).toBe('nl');
    expect(nl.body.assessment.language).toBe('nl');
    expect(nl.body.outcome).toBe(en.body.outcome);
    expect(nl.body.requirementApplies).toBe(en.body.requirementApplies);
    expect(nl.body.components).toEqual(en.body.components);
    expect((nl.body.grounds as Ground[]).map((g) => [g.rule, g.status])).toEqual(
      (en.body.grounds as Ground[]).map((g) => [g.rule, g.status]),
    );
    expect(nl.body.headline).not.toBe(en.body.headline);
    const enTitles = new Map((en.body.grounds as Ground[]).map((g) => [g.rule, g.title]));
    expect((nl.body.grounds as Ground[]).some((g) => g.title !== enTitles.get(g.rule))).toBe(true);
  });
});

describe('POST /v1/assess/naturalisation: invalid input', () => {
  const INVALID = {
    applicationDate: '2021-06-01',
    decisionDate: '2021-05-01',
    placeOfResidence: 'amsterdam-SECRET',
    applicant: { dateOfBirth: '1985-05-20', favouriteColour: 'SECRET-VALUE-123' },
    integration: {
      examResults: [
        { exam: 'wi2013', component: 'knm', level: 'B1' },
        { exam: 'wi2013', component: 'reading' },
      ],
    },
  };

  it('names every invalid field once, with its code, and never echoes the submitted values', async () => {
    const res = await post(INVALID);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code: 'paramsValidation', instance: PATH });
    const params = res.body.invalidParams as { name: string; code: string; reason?: string }[];
    const names = params.map((p) => p.name);
    expect(new Set(names).size, JSON.stringify(params)).toBe(names.length);
    const byName = Object.fromEntries(params.map((p) => [p.name, p.code]));
    // decisionDate here is both before applicationDate and before 2022-01-01: docs/api.md gives it
    // dateOrder and outOfRange, and one entry per field; either code names it (dateOrder alone is
    // checked in the next test).
    expect(['dateOrder', 'outOfRange']).toContain(byName['/decisionDate']);
    expect({ ...byName, '/decisionDate': undefined }).toEqual({
      '/applicationDate': 'outOfRange',
      '/decisionDate': undefined,
      '/placeOfResidence': 'enum',
      '/applicant/favouriteColour': 'unknownParam',
      '/integration/examResults/0/level': 'notAllowed',
      '/integration/examResults/1/level': 'required',
    });
    expect(params).toHaveLength(6);
    for (const value of ['SECRET-VALUE-123', 'amsterdam-SECRET', '2021-06-01', '2021-05-01']) {
      expect(res.text).not.toContain(value);
    }
  });

  it('names decisionDate with dateOrder when it is before applicationDate', async () => {
    const res = await post({ ...VALID, decisionDate: '2026-11-27' });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams).toEqual([
      { name: '/decisionDate', code: 'dateOrder', reason: expect.any(String) },
    ]);
    expect(res.text).not.toContain('2026-11-27');
  });

  it('gives the problem title in Dutch for Accept-Language nl', async () => {
    const res = await post(INVALID, { 'Accept-Language': 'nl' });
    expect(res.status).toBe(400);
    expect(res.headers['content-language']).toBe('nl');
    expect(res.body.title).toBe('Een of meerdere parameters zijn niet correct.');
    expect(res.body.code).toBe('paramsValidation');
  });
});

describe('routing', () => {
  it('answers GET on /v1/assess/naturalisation with 405 and Allow: POST', async () => {
    const res = conforms('GET', PATH, await request(app.server).get(PATH));
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('methodNotAllowed');
  });
});

import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/calendar/date.js';
import { RULE_SET_VERSION, ruleSet } from '../../src/rules/index.js';
import { API_VERSION } from '../../src/version.js';
import { testApp } from '../support/app.js';
import { conforms, expectJsonAnswerHeaders, postTo } from '../support/http.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ bodyLimit: 64 * 1024 });
});
afterAll(() => app.close());

const VALID = {
  requestedPermit: 'permanent-regular',
  applicationDate: '2026-11-28',
  applicant: { dateOfBirth: '2010-04-17', nationalities: ['MA'] },
};

/** Every response of this suite must match the OpenAPI document. */
const post = (body: unknown, headers?: Record<string, string>) =>
  postTo(app, '/v1/assess/residence', body, headers);

describe('a valid assessment over HTTP', () => {
  it('answers 200 with a verdict and the ADR headers', async () => {
    const res = await post(VALID);
    expect(res.status).toBe(200);
    expectJsonAnswerHeaders(res, 'en');
    expect(res.body.outcome).toBe('exempt');
    expect(res.body.ruleSet.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('answers in Dutch for Accept-Language nl-NL and says so', async () => {
    const res = await post(VALID, { 'Accept-Language': 'nl-NL,nl;q=0.9,en;q=0.8' });
    expect(res.headers['content-language']).toBe('nl');
    expect(res.body.assessment.language).toBe('nl');
    expect(res.body.headline).toMatch(/^U hoeft het inburgeringsexamen niet te halen/);
  });

  it('falls back to English for an unsupported language, never 406', async () => {
    const res = await post(VALID, { 'Accept-Language': 'fr-FR' });
    expect(res.status).toBe(200);
    expect(res.headers['content-language']).toBe('en');
  });

  it('keeps codes and rule ids the same in every language', async () => {
    const [en, nl] = await Promise.all([post(VALID), post(VALID, { 'Accept-Language': 'nl' })]);
    expect(nl.body.outcome).toBe(en.body.outcome);
    expect(nl.body.grounds.map((g: { rule: string; status: string }) => [g.rule, g.status])).toEqual(
      en.body.grounds.map((g: { rule: string; status: string }) => [g.rule, g.status]),
    );
    expect(nl.body.ruleSet).toEqual(en.body.ruleSet);
  });

  it('echoes a valid X-Request-ID and replaces one that could be a BSN or has other characters', async () => {
    expect((await post(VALID, { 'X-Request-ID': 'case-17:a.b_c' })).headers['x-request-id']).toBe(
      'case-17:a.b_c',
    );
    const bsn = await post(VALID, { 'X-Request-ID': '123456782' });
    expect(bsn.headers['x-request-id']).not.toBe('123456782');
    expect(bsn.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await post(VALID, { 'X-Request-ID': 'a b' })).headers['x-request-id']).not.toBe('a b');
  });

  it('propagates a valid W3C traceparent', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    expect((await post(VALID, { traceparent })).headers.traceparent).toBe(traceparent);
  });

  it('accepts null as unknown and an empty applicant as all-unknown', async () => {
    const res = await post({
      requestedPermit: 'permanent-regular',
      applicationDate: null,
      applicant: {},
      integration: null,
    });
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe('insufficient-information');
    expect(res.body.missingFacts.length).toBeGreaterThan(0);
  });
});

describe('invalid input', () => {
  it('names every invalid field at once, with codes, and never echoes the submitted values', async () => {
    const res = await post({
      requestedPermit: 'permanent-regularX',
      applicationDate: '2026-02-30',
      decisionDate: '2021-06-01',
      humanitarianGround: 'other',
      applicant: {
        dateOfBirth: '1990-13',
        nationalities: ['tr'],
        yearsLawfulResidenceBeforeAge19: 2.5,
        favouriteColour: 'SECRET-VALUE-123',
        residencePeriods: [{ from: '2020-01-01', to: '2019-01-01' }],
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 400,
      code: 'paramsValidation',
      instance: '/v1/assess/residence',
    });
    const byName = Object.fromEntries(
      res.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]),
    );
    expect(byName).toEqual({
      '/requestedPermit': 'enum',
      '/applicationDate': 'date',
      '/decisionDate': 'outOfRange',
      '/humanitarianGround': 'notAllowed',
      '/applicant/dateOfBirth': 'date',
      '/applicant/nationalities/0': 'enum',
      '/applicant/yearsLawfulResidenceBeforeAge19': 'integer',
      '/applicant/favouriteColour': 'unknownParam',
      '/applicant/residencePeriods/0/to': 'dateOrder',
    });
    for (const value of ['SECRET-VALUE-123', 'permanent-regularX', '2026-02-30', '1990-13', '2.5']) {
      expect(res.text).not.toContain(value);
    }
  });

  it('names the field to correct for cross-field errors', async () => {
    const res = await post({
      requestedPermit: 'permanent-regular',
      applicationDate: '2026-11-28',
      decisionDate: '2026-11-27',
      applicant: { dateOfBirth: '2026-11-29', dutchNationalityLoss: { lossReason: 'renunciation' } },
    });
    expect(res.status).toBe(400);
    expect(
      res.body.invalidParams.map((p: { name: string; code: string }) => `${p.name} ${p.code}`).sort(),
    ).toEqual([
      '/applicant/dateOfBirth dateOrder',
      '/applicant/dutchNationalityLoss notAllowed',
      '/decisionDate dateOrder',
    ]);
  });

  it('requires requestedPermit', async () => {
    const res = await post({});
    expect(res.status).toBe(400);
    expect(res.body.invalidParams).toEqual([
      { name: '/requestedPermit', code: 'required', reason: expect.any(String) },
    ]);
  });

  it('answers invalid JSON with 400 paramsValidation', async () => {
    const res = await post('{"requestedPermit":', { 'Content-Type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('paramsValidation');
    expect(res.body.invalidParams[0]).toMatchObject({ name: '', code: 'json' });
  });

  it.each([['[]'], ['"text"'], ['null'], ['42']])(
    'answers JSON that is not an object (%s) with 400',
    async (body) => {
      const res = await post(body, { 'Content-Type': 'application/json' });
      expect(res.status).toBe(400);
      expect(res.body.invalidParams[0].name).toBe('');
    },
  );

  it('refuses prototype-polluting keys without polluting anything', async () => {
    const res = await post('{"requestedPermit":"permanent-regular","__proto__":{"polluted":true}}', {
      'Content-Type': 'application/json',
    });
    expect(res.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers a wrong content type with 415', async () => {
    const res = await post('requestedPermit=permanent-regular', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupportedMediaType');
    const text = await post('hello', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
  });

  it('answers a body over the limit with 413', async () => {
    const big = { ...VALID, applicant: { ...VALID.applicant, dateOfBirth: 'x'.repeat(70 * 1024) } };
    const res = await post(big);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payloadTooLarge');
  });
});

describe('routing and negotiation', () => {
  it('answers a wrong method with 405 and Allow', async () => {
    const res = conforms(
      'GET',
      '/v1/assess/residence',
      await request(app.server).get('/v1/assess/residence'),
    );
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(res.body.code).toBe('methodNotAllowed');
    const del = await request(app.server).delete('/v1/health');
    expect(del.status).toBe(405);
    expect(del.headers.allow).toBe('GET, HEAD');
  });

  it('answers an unknown path with 404 problem+json and the ADR headers', async () => {
    const res = conforms('GET', '/v1/unknown', await request(app.server).get('/v1/unknown'));
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['api-version']).toBe('1.0.0');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it.each([['text/html'], ['application/xml'], ['application/json;q=0, text/html']])(
    'answers Accept: %s with 406',
    async (accept) => {
      const res = await request(app.server).get('/v1/health').set('Accept', accept);
      expect(res.status).toBe(406);
      expect(res.body.code).toBe('notAcceptable');
    },
  );

  it.each([
    ['application/json'],
    ['application/problem+json'],
    ['*/*'],
    ['application/*'],
    ['text/html, application/json;q=0.5'],
  ])('accepts Accept: %s', async (accept) => {
    expect((await request(app.server).get('/v1/health').set('Accept', accept)).status).toBe(200);
  });

  it('answers health with ok, the API version and the rule-set version and hash', async () => {
    const res = conforms('GET', '/v1/health', await request(app.server).get('/v1/health'));
    expect(res.body).toEqual({ status: 'ok', apiVersion: API_VERSION, ruleSet: ruleSet() });
    expect(res.body.ruleSet.version).toBe(RULE_SET_VERSION);
  });

  it('names the rule-set version and hash with the rule catalogue, as in a verdict', async () => {
    const rules = conforms('GET', '/v1/rules', await request(app.server).get('/v1/rules'));
    const verdict = await request(app.server)
      .post('/v1/assess/residence')
      .send({ requestedPermit: 'permanent-regular' });
    expect(rules.body.ruleSet).toEqual({
      version: verdict.body.ruleSet.version,
      hash: verdict.body.ruleSet.hash,
    });
  });
});

describe('the default application date', () => {
  it("is today in Amsterdam by the app's clock, so a test or an auditor can fix it", async () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    const late = await testApp({ clock: fixedClock('2029-12-31T23:30:00Z') });
    try {
      const { applicationDate: _, ...undated } = VALID;
      const res = await postTo(late, '/v1/assess/residence', undated);
      expect(res.status).toBe(200);
      expect(res.body.assessment.applicationDate).toBe('2030-01-01');
    } finally {
      await late.close();
    }
  });
});

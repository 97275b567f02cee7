import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../src/schemas/common.js';
import { testApp } from '../support/app.js';
import { postTo } from '../support/http.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

const RESIDENCE = { requestedPermit: 'permanent-regular', applicationDate: '2026-11-28' };
const NATURALISATION = { applicationDate: '2026-11-28' };
type Param = { name: string; code: string; reason: string };
const params = (body: { invalidParams?: Param[] }) => body.invalidParams ?? [];

describe('nationalities: ISO 3166-1 alpha-2 codes currently assigned, plus XK', () => {
  it('takes the list from the maintained package: 249 assigned codes and XK, no withdrawn or unassigned ones', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['NL', 'TR', 'XK', 'SS', 'TK']));
    for (const code of ['ZZ', 'UK', 'AN', 'CS', 'YU', 'EU']) expect(COUNTRY_CODES).not.toContain(code);
  });

  const FIELDS = [
    [
      '/v1/assess/residence',
      { ...RESIDENCE, applicant: { nationalities: ['ZZ'] } },
      '/applicant/nationalities/0',
    ],
    [
      '/v1/assess/residence',
      { ...RESIDENCE, applicant: { familyMembers: [{ nationalities: ['TR', 'UK'] }] } },
      '/applicant/familyMembers/0/nationalities/1',
    ],
    [
      '/v1/assess/naturalisation',
      { ...NATURALISATION, applicant: { nationalities: ['ZZ'] } },
      '/applicant/nationalities/0',
    ],
  ] as const;

  it.each(FIELDS)(
    '%s: an unassigned code is a 400 enum on %j that says what the list is',
    async (path, body, pointer) => {
      const res = await postTo(app, path, body, { 'Accept-Language': 'nl' });
      expect(res.status).toBe(400);
      const param = params(res.body).find((p) => p.name === pointer);
      expect(param).toMatchObject({ code: 'enum' });
      expect(param?.reason).toContain('ISO 3166-1');
      expect(param?.reason).toContain('XK');
      expect(param?.reason.length).toBeLessThan(200);
    },
  );

  it('accepts XK and a code such as SS (assigned in 2011)', async () => {
    const res = await postTo(app, '/v1/assess/residence', {
      ...RESIDENCE,
      applicant: { nationalities: ['XK', 'SS'] },
    });
    expect(res.status).toBe(200);
  });
});

describe('errors an integrator can act on', () => {
  it('an enum error lists the allowed values, in English and Dutch', async () => {
    for (const lang of ['en', 'nl']) {
      const res = await postTo(
        app,
        '/v1/assess/residence',
        { requestedPermit: 'permanent' },
        { 'Accept-Language': lang },
      );
      const reason = params(res.body).find((p) => p.name === '/requestedPermit')?.reason;
      expect(reason).toContain(
        'permanent-regular, permanent-asylum, eu-long-term-resident, non-temporary-humanitarian',
      );
    }
  });

  it('a bad birth date names YYYY, YYYY-MM and YYYY-MM-DD (the Dutch text JJJJ), whatever is wrong with it', async () => {
    for (const dateOfBirth of ['1990-02-30', '17-04-1990', '1990-00-15']) {
      const en = await postTo(app, '/v1/assess/residence', { ...RESIDENCE, applicant: { dateOfBirth } });
      expect(params(en.body)).toEqual([
        {
          name: '/applicant/dateOfBirth',
          code: 'date',
          reason: expect.stringMatching(/YYYY-MM-DD, YYYY-MM or YYYY/),
        },
      ]);
      const nl = await postTo(
        app,
        '/v1/assess/residence',
        { ...RESIDENCE, applicant: { dateOfBirth } },
        { 'Accept-Language': 'nl' },
      );
      expect(params(nl.body)[0]?.reason).toMatch(/JJJJ-MM-DD, JJJJ-MM of JJJJ/);
    }
  });

  it("accepts the BRP's notation of an incomplete birth date, with the same verdict as the short form", async () => {
    for (const [brp, short] of [
      ['2010-00-00', '2010'],
      ['2010-05-00', '2010-05'],
    ]) {
      const a = await postTo(app, '/v1/assess/residence', { ...RESIDENCE, applicant: { dateOfBirth: brp } });
      const b = await postTo(app, '/v1/assess/residence', {
        ...RESIDENCE,
        applicant: { dateOfBirth: short },
      });
      expect(a.status).toBe(200);
      expect(a.body.outcome).toBe(b.body.outcome);
      expect(a.body.grounds).toEqual(b.body.grounds);
    }
  });

  it('Dutch reasons use plain words (no "enumeratie", "request body", "Parameter is")', async () => {
    const res = await postTo(
      app,
      '/v1/assess/residence',
      { requestedPermit: 'x', applicant: { dateOfBirth: 5, favouriteColour: 'red' } },
      { 'Accept-Language': 'nl' },
    );
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/enumeratie|request body|Parameter is|resource/i);
  });

  it('instance is always a path template: the operation, or / for a path that matches none', async () => {
    expect((await request(app.server).get('/v1/rules/NOPE')).body.instance).toBe('/v1/rules/{ruleId}');
    expect((await request(app.server).get('/v1/nothing-here')).body.instance).toBe('/');
    expect((await request(app.server).get('/elsewhere')).body.instance).toBe('/');
  });

  it('sends JSON and problems with the media type exactly as the document names it (no charset)', async () => {
    expect((await request(app.server).get('/v1/health')).headers['content-type']).toBe('application/json');
    expect((await request(app.server).get('/v1/rules/NOPE')).headers['content-type']).toBe(
      'application/problem+json',
    );
    const verdict = await postTo(app, '/v1/assess/residence', RESIDENCE);
    expect(verdict.headers['content-type']).toBe('application/json');
  });
});

describe('batch case ids from case systems', () => {
  it('takes an id such as zaak/2026/001 and gives it back with its result', async () => {
    const res = await postTo(app, '/v1/assess/batch', {
      cases: [{ id: 'zaak/2026/001', procedure: 'residence', input: RESIDENCE }],
    });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ id: 'zaak/2026/001', status: 200 });
  });
});

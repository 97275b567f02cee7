import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SERVICES } from '../../src/assessment/procedures.js';
import { OUTCOMES } from '../../src/engine/procedure.js';
import { testApp } from '../support/app.js';
import { postTo } from '../support/http.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ batchBodyLimit: 64 * 1024 });
});
afterAll(() => app.close());

const MINOR = {
  requestedPermit: 'permanent-regular',
  applicationDate: '2026-11-28',
  applicant: { dateOfBirth: '2010-04-17' },
};
const ABROAD = {
  applicationDate: '2026-11-28',
  placeOfResidence: 'abroad',
  applicant: { nationalities: ['NL'] },
};

const batch = (body: unknown) => postTo(app, '/v1/assess/batch', body);

describe('POST /v1/assess/batch', () => {
  it('answers each case in input order, with a summary that counts every outcome', async () => {
    const res = await batch({
      cases: [
        { id: 'case-1', procedure: 'residence', input: MINOR },
        { id: 'case-2', procedure: 'naturalisation', input: ABROAD },
        { id: 'case-3', procedure: 'residence', input: { requestedPermit: 'permanent-regular' } },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { id: string; status: number }) => [r.id, r.status])).toEqual([
      ['case-1', 200],
      ['case-2', 200],
      ['case-3', 200],
    ]);
    expect(res.body.results[0].verdict.outcome).toBe('exempt');
    expect(res.body.results[1].verdict.outcome).toBe('not-applicable');
    expect(res.body.results[2].verdict.outcome).toBe('insufficient-information');
    expect(Object.keys(res.body.summary).sort()).toEqual([...OUTCOMES, 'invalid', 'failed'].sort());
    expect(res.body.summary).toMatchObject({
      exempt: 1,
      'not-applicable': 1,
      'insufficient-information': 1,
      invalid: 0,
      failed: 0,
    });
  });

  it('gives an invalid case its own 400 problem, with pointers relative to its input, and assesses the others', async () => {
    const res = await batch({
      cases: [
        {
          id: 'bad',
          procedure: 'naturalisation',
          input: { placeOfResidence: 'mars', secret: 'DO-NOT-ECHO' },
        },
        { id: 'good', procedure: 'residence', input: MINOR },
        { id: 'wrong-kind', procedure: 'residence', input: ABROAD },
      ],
    });
    expect(res.status).toBe(200);
    const [bad, good, wrong] = res.body.results;
    expect(bad.status).toBe(400);
    expect(bad.problem).toMatchObject({ status: 400, code: 'paramsValidation' });
    expect(bad.problem.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      '/placeOfResidence',
      '/secret',
    ]);
    expect(good.status).toBe(200);
    expect(wrong.status).toBe(400);
    expect(res.body.summary).toMatchObject({ invalid: 2, exempt: 1 });
    expect(res.text).not.toContain('DO-NOT-ECHO');
  });

  it('gives a case that fails unexpectedly its own 500 problem, and the others still succeed', async () => {
    const assess = SERVICES.residence.assess;
    const spy = vi.spyOn(SERVICES.residence, 'assess').mockImplementation((input, options) => {
      if ((input as { applicationDate?: string }).applicationDate === '2026-01-01') throw new Error('boom');
      return assess(input, options);
    });
    try {
      const res = await batch({
        cases: [
          { id: 'ok', procedure: 'residence', input: MINOR },
          { id: 'fails', procedure: 'residence', input: { ...MINOR, applicationDate: '2026-01-01' } },
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.results[0].status).toBe(200);
      expect(res.body.results[1]).toMatchObject({
        id: 'fails',
        status: 500,
        problem: { status: 500, code: 'serverError' },
      });
      expect(JSON.stringify(res.body.results[1].problem)).not.toContain('boom');
      expect(res.body.summary.failed).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses duplicate ids, naming each repeat', async () => {
    const res = await batch({
      cases: [
        { id: 'x', procedure: 'residence', input: MINOR },
        { id: 'y', procedure: 'residence', input: MINOR },
        { id: 'x', procedure: 'residence', input: MINOR },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams).toEqual([
      { name: '/cases/2/id', code: 'duplicate', reason: expect.any(String) },
    ]);
  });

  it('refuses an empty batch, more than 1,000 cases, and ids that could carry personal data', async () => {
    expect((await batch({ cases: [] })).body.invalidParams[0]).toMatchObject({
      name: '/cases',
      code: 'minItems',
    });
    const many = Array.from({ length: 1001 }, (_, i) => ({ id: `c${i}`, procedure: 'residence', input: {} }));
    const tooMany = await batch({ cases: many });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.invalidParams[0]).toMatchObject({ name: '/cases', code: 'maxItems' });
    const bsn = await batch({ cases: [{ id: 'Jan Jansen 1990', procedure: 'residence', input: MINOR }] });
    expect(bsn.body.invalidParams[0]).toMatchObject({ name: '/cases/0/id', code: 'pattern' });
  });

  it('answers a body over the batch limit with 413', async () => {
    const big = Array.from({ length: 1000 }, (_, i) => ({
      id: `c${i}`,
      procedure: 'residence',
      input: MINOR,
    }));
    const res = await batch({ cases: big });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payloadTooLarge');
  });
});

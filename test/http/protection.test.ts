import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { keyMatches } from '../../src/http/plugins/protection.js';
import { testApp } from '../support/app.js';
import { checkResponse } from '../support/openapi.js';

const KEY = 'a-long-random-api-key-for-tests';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const BODY = {
  requestedPermit: 'permanent-regular',
  applicationDate: '2026-11-28',
  applicant: { dateOfBirth: '2010-04-17' },
};

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('API keys (optional)', () => {
  it('is off by default', async () => {
    app = await testApp();
    expect((await request(app.server).post('/v1/assess/residence').send(BODY)).status).toBe(200);
  });

  it('when configured, answers 401 problem without a valid key, and accepts Bearer and X-API-Key', async () => {
    app = await testApp({ protection: { apiKeyHashes: [sha256('other-key'), sha256(KEY)] } });
    const none = await request(app.server).post('/v1/assess/residence').send(BODY);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.body).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(checkResponse('POST', '/v1/assess/residence', none.status, none.headers, none.body)).toEqual([]);
    const wrong = await request(app.server)
      .post('/v1/assess/residence')
      .set('Authorization', 'Bearer nope')
      .send(BODY);
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('nope');
    const bearer = await request(app.server)
      .post('/v1/assess/residence')
      .set('Authorization', `Bearer ${KEY}`)
      .send(BODY);
    expect(bearer.status).toBe(200);
    const header = await request(app.server).get('/v1/rules/RES-EX-MINOR').set('X-API-Key', KEY);
    expect(header.status).toBe(200);
    expect((await request(app.server).get('/v1/rules')).status).toBe(401);
  });

  it('keeps /v1/health and /v1/openapi.json open', async () => {
    app = await testApp({ protection: { apiKeyHashes: [sha256(KEY)] } });
    expect((await request(app.server).get('/v1/health')).status).toBe(200);
    expect((await request(app.server).get('/v1/openapi.json')).status).toBe(200);
  });

  it('compares hashes without regard to where they differ', () => {
    const hashes = [Buffer.from(sha256(KEY), 'hex')];
    expect(keyMatches(KEY, hashes)).toBe(true);
    expect(keyMatches(`${KEY}x`, hashes)).toBe(false);
    expect(keyMatches('', hashes)).toBe(false);
  });
});

describe('rate limiting (optional)', () => {
  it('answers 429 problem with Retry-After past the limit, and never limits health', async () => {
    app = await testApp({ protection: { rateLimitMax: 3, rateLimitWindowMs: 60000 } });
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await request(app.server).post('/v1/assess/residence').send(BODY)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await request(app.server).post('/v1/assess/residence').send(BODY);
    expect(limited.body).toMatchObject({ status: 429, code: 'tooManyRequests' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(
      checkResponse('POST', '/v1/assess/residence', limited.status, limited.headers, limited.body),
    ).toEqual([]);
    for (let i = 0; i < 10; i++) expect((await request(app.server).get('/v1/health')).status).toBe(200);
  });
});

describe('overload', () => {
  it('answers 503 problem with Retry-After while the event loop lags', async () => {
    app = await testApp({ protection: { maxEventLoopDelayMs: 10 } });
    let status = 0;
    let body: { code?: string } = {};
    let retryAfter: string | undefined;
    for (let attempt = 0; attempt < 8 && status !== 503; attempt++) {
      const until = performance.now() + 1200;
      while (performance.now() < until) {
        // Keep the event loop busy, as an overloaded process would.
      }
      await new Promise((r) => setTimeout(r, 20));
      const res = await app.inject({ method: 'POST', url: '/v1/assess/residence', payload: BODY });
      status = res.statusCode;
      body = res.json();
      retryAfter = res.headers['retry-after'] as string | undefined;
    }
    expect(status).toBe(503);
    expect(body.code).toBe('serviceUnavailable');
    expect(retryAfter).toBe('5');
    // Health is exempt, so that probes do not restart a busy but healthy process.
    expect((await app.inject({ method: 'GET', url: '/v1/health' })).statusCode).toBe(200);
  }, 20000);
});

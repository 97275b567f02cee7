import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import languageCertificate from '../../data/examples/naturalisation-language-certificate.json' with {
  type: 'json',
};
import minor from '../../data/examples/residence-minor.json' with { type: 'json' };
import { testApp } from '../support/app.js';
import { postTo } from '../support/http.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

const REQUESTS = { residence: minor, naturalisation: languageCertificate } as const;

describe('?view= on the assess endpoints', () => {
  for (const [procedure, body] of Object.entries(REQUESTS)) {
    it(`${procedure}: full is the default, compact lists sources once, summary keeps the deciding grounds`, async () => {
      const path = `/v1/assess/${procedure}`;
      const plain = await postTo(app, path, body);
      const full = await postTo(app, `${path}?view=full`, body);
      const compact = await postTo(app, `${path}?view=compact`, body);
      const summary = await postTo(app, `${path}?view=summary`, body);
      expect(full.text).toBe(plain.text);
      expect(plain.body.grounds[0].citations[0]).toHaveProperty('kind');
      expect(typeof compact.body.grounds[0].citations[0]).toBe('string');
      expect(Object.keys(compact.body.sources)).toContain(compact.body.grounds[0].citations[0]);
      expect(compact.text.length).toBeLessThan(full.text.length);
      expect(summary.body.outcome).toBe(full.body.outcome);
      expect(summary.body).not.toHaveProperty('notice');
      expect(summary.text.length).toBeLessThan(compact.text.length);
    });
  }

  it('refuses an unknown view with a 400 naming the parameter', async () => {
    const res = await postTo(app, '/v1/assess/residence?view=tiny', minor);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['view']);
  });
});

describe('?view= on the batch', () => {
  it('gives each verdict in the view asked for, and leaves problems as they are', async () => {
    const res = await postTo(app, '/v1/assess/batch?view=compact', {
      cases: [
        { id: 'a', procedure: 'residence', input: minor },
        { id: 'b', procedure: 'residence', input: { requestedPermit: 'none' } },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.results[0].verdict).toHaveProperty('sources');
    expect(res.body.results[1].status).toBe(400);
    expect(res.body.results[1].problem.invalidParams.length).toBeGreaterThan(0);
  });

  it('refuses an unknown view with a 400 naming the parameter', async () => {
    const res = await postTo(app, '/v1/assess/batch?view=all', {
      cases: [{ id: 'a', procedure: 'residence', input: minor }],
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['view']);
  });
});

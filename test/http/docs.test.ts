import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { OPENAPI } from '../support/openapi.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ protection: { apiKeyHashes: ['0'.repeat(64)] } });
});
afterAll(() => app.close());

describe('GET /docs', () => {
  it('serves the Swagger UI page to a browser, without an API key, pointing at /v1/openapi.json', async () => {
    const page = await request(app.server).get('/docs').set('Accept', 'text/html,application/xhtml+xml');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const init = await request(app.server).get('/docs/init.js');
    expect(init.text).toContain("fetch('/v1/openapi.json')");
    // "Try it out" goes to the host serving the page, not the document's local default server.
    expect(init.text).toContain("window.location.origin + '/v1'");
    for (const asset of ['/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js']) {
      expect((await request(app.server).get(asset)).status).toBe(200);
    }
  });

  it('is not part of the API description', () => {
    expect(Object.keys(OPENAPI.paths).some((path) => path.includes('docs'))).toBe(false);
  });
});

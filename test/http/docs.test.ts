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

  it('lets browsers keep the Swagger UI files a day and revalidate them by ETag (304)', async () => {
    for (const asset of ['/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js']) {
      const first = await request(app.server).get(asset);
      expect(first.headers['cache-control']).toBe('public, max-age=86400');
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]{27}"$/);
      const again = await request(app.server).get(asset).set('If-None-Match', etag);
      expect(again.status).toBe(304);
      expect(again.text ?? '').toBe('');
    }
    // The API's own answers stay no-store.
    expect((await request(app.server).get('/v1/health')).headers['cache-control']).toBe('no-store');
  });

  it('is not part of the API description', () => {
    expect(Object.keys(OPENAPI.paths).some((path) => path.includes('docs'))).toBe(false);
  });
});

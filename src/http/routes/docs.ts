import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import getAbsoluteFSPath from 'swagger-ui-dist/absolute-path.js';

/** The page loads these from the service itself: no CDN, so it works in a closed network too. */
const ASSETS: Readonly<Record<string, { type: string; file: string }>> = {
  'swagger-ui.css': { type: 'text/css; charset=utf-8', file: 'swagger-ui.css' },
  'swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', file: 'swagger-ui-bundle.js' },
};

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Civic integration requirement eligibility: API documentation</title>
    <link rel="stylesheet" href="/docs/swagger-ui.css">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/swagger-ui-bundle.js"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>
`;

/**
 * Swagger UI reads the same document the API serves at /v1/openapi.json; "try it out" goes to the
 * host that serves the page (the document's server is the local default, http://127.0.0.1:8080/v1).
 */
const INIT = `fetch('/v1/openapi.json')
  .then((response) => response.json())
  .then((spec) => {
    spec.servers = [{ url: window.location.origin + '/v1', description: 'This service' }];
    window.ui = SwaggerUIBundle({
      spec,
      dom_id: '#swagger-ui',
      deepLinking: true,
      tryItOutEnabled: false,
      displayRequestDuration: true,
    });
  });
`;

/** GET /docs: a human page for the API (Swagger UI), public, and outside the JSON-only negotiation. */
export async function docsRoutes(app: FastifyInstance) {
  const dir = getAbsoluteFSPath();
  const assets = Object.fromEntries(
    Object.entries(ASSETS).map(([name, { type, file }]) => [
      name,
      { type, body: readFileSync(join(dir, file)) },
    ]),
  );
  const config = { public: true, html: true };
  const schema = { hide: true };

  app.get('/docs', { config, schema }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(PAGE),
  );
  app.get('/docs/init.js', { config, schema }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(INIT),
  );
  // The Swagger UI files (1.7 MB) change only with the swagger-ui-dist version: browsers keep them
  // a day and then revalidate by ETag (304) instead of fetching them on every visit.
  const assetConfig = { ...config, cacheControl: 'public, max-age=86400' };
  for (const [name, asset] of Object.entries(assets)) {
    const etag = `"${createHash('sha256').update(asset.body).digest('base64url').slice(0, 27)}"`;
    app.get(`/docs/${name}`, { config: assetConfig, schema }, async (request, reply) => {
      reply.header('ETag', etag);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(asset.type).send(asset.body);
    });
  }
}

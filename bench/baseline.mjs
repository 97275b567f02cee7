// The cost of HTTP and JSON alone: a bare Fastify server that parses the same request bodies and
// answers with the service's own responses, computed beforehand (no validation, no rules).
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const fixtures = JSON.parse(readFileSync(process.env.BASELINE_FIXTURES, 'utf8'));
const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
for (const [path, { status, contentType, body }] of Object.entries(fixtures)) {
  // Bytes made once: the cheapest way to send this answer, so the baseline is the hardest to match.
  const bytes = Buffer.from(body);
  app.post(path, async (request, reply) => {
    if (request.body === undefined) throw new Error('no body');
    return reply.code(status).type(contentType).send(bytes);
  });
}
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));

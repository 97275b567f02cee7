import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_FILE, generateCollection, serialise } from '../../scripts/gen-postman.js';
import { testApp } from '../support/app.js';

/** The part of newman's Node API this suite uses (newman ships no type declarations). */
interface NewmanSummary {
  run: {
    stats: Record<'requests' | 'assertions' | 'testScripts', { total: number; failed: number }>;
    failures: { source?: { name?: string }; error: { test?: string; message: string } }[];
    executions: {
      item: { name: string };
      assertions?: { assertion: string; error?: { message: string } }[];
    }[];
  };
}
interface Newman {
  run(
    options: {
      collection: object;
      envVar: { key: string; value: string }[];
      reporters: string[];
      timeoutRequest: number;
    },
    callback: (err: Error | null, summary: NewmanSummary) => void,
  ): void;
}
const newman = createRequire(import.meta.url)('newman') as Newman;

const committed = readFileSync(COLLECTION_FILE, 'utf8');

describe('the Postman collection (postman/collection.json)', () => {
  it('is what scripts/gen-postman.ts makes of openapi/openapi.json (no drift)', async () => {
    const fresh = serialise(await generateCollection());
    if (fresh !== committed) {
      const a = committed.split('\n');
      const b = fresh.split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      expect.fail(
        `postman/collection.json is out of date: run npm run generate\n` +
          `first difference at line ${line + 1}:\n- ${a[line]}\n+ ${b[line]}`,
      );
    }
  });

  const KEY = 'postman-key';
  describe.each([
    { deployment: 'without API keys', apiKey: '', apiKeyHashes: [] },
    {
      deployment: 'with API keys (the apiKey variable)',
      apiKey: KEY,
      apiKeyHashes: [createHash('sha256').update(KEY).digest('hex')],
    },
  ])('run with newman against the app $deployment', ({ apiKey, apiKeyHashes }) => {
    let app: FastifyInstance;
    let baseUrl: string;
    beforeAll(async () => {
      app = await testApp({ protection: { apiKeyHashes } });
      await app.listen({ port: 0, host: '127.0.0.1' });
      baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/v1`;
    });
    afterAll(() => app.close());

    it('passes every assertion: documented statuses, API-Version, media types, body schemas', async () => {
      const summary = await new Promise<NewmanSummary>((done, fail) => {
        newman.run(
          {
            collection: JSON.parse(committed),
            envVar: [
              { key: 'baseUrl', value: baseUrl },
              { key: 'apiKey', value: apiKey },
            ],
            reporters: [],
            timeoutRequest: 10000,
          },
          (err, result) => (err ? fail(err) : done(result)),
        );
      });
      const { requests, assertions, testScripts } = summary.run.stats;
      console.log(
        `newman: ${requests.total} requests, ${assertions.total} assertions, ` +
          `${assertions.failed} failed assertions, ${summary.run.failures.length} failures`,
      );
      const failures = summary.run.failures.map(
        (f) => `${f.source?.name ?? '?'}: ${f.error.test ? `${f.error.test}: ` : ''}${f.error.message}`,
      );
      expect(failures).toEqual([]);
      expect(requests.failed).toBe(0);
      expect(testScripts.failed).toBe(0);
      expect(assertions.failed).toBe(0);
      // Every request ran its test script, and every script asserted something.
      expect(requests.total).toBeGreaterThan(0);
      for (const execution of summary.run.executions) {
        expect(execution.assertions?.length ?? 0, execution.item.name).toBeGreaterThanOrEqual(5);
      }
    }, 30000);
  });
});

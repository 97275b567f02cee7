import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputOf, type Served, serve } from '../support/process.js';
import { API_KEY, KEYED_SERVER } from './live.js';

/**
 * Dredd against the live server process: the committed document and the server's /v1 URL, plus
 * the hook file that turns the request of each documented error into one that provokes it
 * (dredd-hooks.cjs; it skips 429, 500 and 503, which a healthy server cannot be made to answer).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How many documented responses have a status the hooks skip (408, 429, 500, 503). */
function unprovokable(): number {
  const document = JSON.parse(
    readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'),
  ) as {
    paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
  };
  return Object.values(document.paths)
    .flatMap((operations) => Object.values(operations))
    .flatMap((operation) => Object.keys(operation.responses ?? {}))
    .filter((status) => ['408', '429', '500', '503'].includes(status)).length;
}

let server: Served;
beforeAll(async () => {
  server = await serve({ ...KEYED_SERVER, LOG_LEVEL: 'silent' });
}, 60000);
afterAll(() => server?.stop());

describe('Dredd against the live service', () => {
  it('passes every transaction it can provoke, with no failure and no error', async () => {
    const dredd = spawn(
      'node_modules/.bin/dredd',
      [
        'openapi/openapi.json',
        `${server.origin}/v1`,
        '--hookfiles=test/contract/dredd-hooks.cjs',
        '--reporter=dot',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DREDD_API_KEY: API_KEY, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const output = outputOf(dredd);
    const [code] = await once(dredd, 'exit');
    const plain = stripVTControlCharacters(output().all);
    const summary = /complete: (\d+) passing, (\d+) failing, (\d+) errors, (\d+) skipped/.exec(plain);
    expect(summary, plain.slice(-3000)).not.toBeNull();
    const [passing, failing, errors, skipped] = (summary ?? []).slice(1).map(Number);
    expect({ failing, errors, code }, plain.slice(-3000)).toEqual({ failing: 0, errors: 0, code: 0 });
    // Every operation's success and each error status a default server can be made to answer.
    expect(passing).toBeGreaterThanOrEqual(35);
    // Only the responses no healthy server can be made to give are skipped (dredd-hooks.cjs).
    expect(skipped).toBeLessThanOrEqual(unprovokable());
  }, 300000);
});

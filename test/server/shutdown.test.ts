import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnServer, waitForHealth } from '../support/process.js';

const BODY = readFileSync(
  new URL('../../data/cases/naturalisation/nat-outcome/baseline-requirement-applies.json', import.meta.url),
  'utf8',
);
const REQUEST = JSON.stringify(JSON.parse(BODY).request);

describe('graceful shutdown of the real process', () => {
  it('finishes every request in flight on SIGTERM, answers health 503 while draining, then refuses new connections and exits 0 within the grace period', async () => {
    const port = 30000 + Math.floor(Math.random() * 20000);
    // Three seconds of draining: compressed answers cost CPU, and on a loaded machine 200 of them took
    // longer than the default second, so that connections still in the listen backlog when the server
    // closed were reset (a limit of the close, not of the drain). Shutdown is what is tested: a stall
    // of the busy machine must not turn answers into 503s either.
    const child = spawnServer(port, {
      CLOSE_GRACE_MS: '8000',
      DRAIN_DELAY_MS: '3000',
      MAX_EVENT_LOOP_DELAY_MS: '0',
    });
    await waitForHealth(port);
    const exited = once(child, 'exit');

    const inFlight = Array.from({ length: 200 }, () =>
      fetch(`http://127.0.0.1:${port}/v1/assess/naturalisation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: REQUEST,
      }).then(async (res) => ({ status: res.status, body: await res.json() })),
    );
    await new Promise((r) => setTimeout(r, 30));
    const signalled = performance.now();
    child.kill('SIGTERM');

    // While draining, health answers 503 so that load balancers stop sending new requests.
    let health: number | string = 200;
    for (let i = 0; i < 40 && health === 200; i++) {
      await new Promise((r) => setTimeout(r, 25));
      health = await fetch(`http://127.0.0.1:${port}/v1/health`, { headers: { connection: 'close' } }).then(
        (res) => res.status,
        () => 'refused',
      );
    }
    expect([503, 'refused']).toContain(health);

    const results = await Promise.all(inFlight);
    for (const result of results) {
      expect(result.status).toBe(200);
      expect((result.body as { procedure: string }).procedure).toBe('naturalisation');
    }

    const [code] = await exited;
    expect(code).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(8000);
    const after = await fetch(`http://127.0.0.1:${port}/v1/health`).then(
      (res) => res.status,
      () => 'refused',
    );
    expect(after).toBe('refused');
  }, 60000);
});

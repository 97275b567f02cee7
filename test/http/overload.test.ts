import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Blocks this process's event loop: a real stall, as a batch computed in one go used to make. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

describe('the overload guard reacts to one real stall (the longest event-loop delay, not the mean)', () => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    app = await testApp({ protection: { maxEventLoopDelayMs: 300 } });
  });
  afterAll(() => app.close());

  it('after a single 1.5 s stall requests get 503 with Retry-After while health stays 200; then it recovers', async () => {
    await sleep(600);
    stall(1500);
    const statuses: number[] = [];
    let refused: { status: number; retryAfter: unknown; code: unknown } | undefined;
    for (let i = 0; i < 12 && !refused; i++) {
      const res = await app.inject({ method: 'GET', url: '/v1/rules/RES-EX-MINOR' });
      statuses.push(res.statusCode);
      const health = await app.inject({ method: 'GET', url: '/v1/health' });
      expect(health.statusCode).toBe(200);
      if (res.statusCode === 503)
        refused = { status: 503, retryAfter: res.headers['retry-after'], code: res.json().code };
      else await sleep(50);
    }
    expect(refused, `statuses after the stall: ${statuses}`).toEqual({
      status: 503,
      retryAfter: '5',
      code: 'serviceUnavailable',
    });
    let status = 503;
    for (let i = 0; i < 50 && status === 503; i++) {
      await sleep(100);
      status = (await app.inject({ method: 'GET', url: '/v1/rules/RES-EX-MINOR' })).statusCode;
    }
    expect(status).toBe(200);
  }, 15000);
});

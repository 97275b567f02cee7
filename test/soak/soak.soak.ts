import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { expect, it } from 'vitest';
import { RssSampler } from '../support/rss.js';

/** A bounded soak: 60 s of mixed valid and invalid traffic on loopback against the built server (npm run build). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const request = (file: string) =>
  JSON.stringify(
    JSON.parse(readFileSync(new URL(`../../data/cases/${file}`, import.meta.url), 'utf8')).request,
  );

it(`serves ${SECONDS} s of mixed traffic with no errors and no memory growth past 10% between the halves`, async () => {
  const port = 40000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['dist/src/server.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  try {
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/v1/health`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const json = { 'content-type': 'application/json' };
    const rss = new RssSampler(child.pid as number);
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: 20,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          path: '/v1/assess/residence',
          headers: json,
          body: request('residence/res-outcome/baseline-requirement-applies.json'),
        },
        {
          method: 'POST',
          path: '/v1/assess/naturalisation',
          headers: json,
          body: request('naturalisation/nat-outcome/baseline-requirement-applies.json'),
        },
        {
          method: 'POST',
          path: '/v1/assess/residence',
          headers: json,
          body: '{"requestedPermit":"x","applicant":{"dateOfBirth":"1990-13"}}',
        },
        { method: 'GET', path: '/v1/rules/RES-EX-MINOR' },
        { method: 'POST', path: '/v1/assess/naturalisation', headers: json, body: '{not json' },
      ],
    });
    rss.stop();
    // Mean RSS over the 5 s before each mark: single readings jump with garbage collection.
    const half = rss.meanBefore(SECONDS / 2);
    const end = rss.meanBefore(SECONDS);
    console.log(
      `soak: ${Math.round(result.requests.total)} requests, ${result.requests.average} req/s, mean RSS ${half.toFixed(1)} MB before ${SECONDS / 2} s, ${end.toFixed(1)} MB before ${SECONDS} s`,
    );
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result['5xx']).toBe(0);
    expect(result.requests.total).toBeGreaterThan(SECONDS * 100);
    expect(half).toBeGreaterThan(0);
    expect((end - half) / half).toBeLessThanOrEqual(0.1);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}, 180000);

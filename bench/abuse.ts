/**
 * npm run bench:abuse (and part of npm run bench): the built service under the abuse of issue 13,
 * on loopback. Two measurements, each printed with its targets met or NOT MET:
 *
 * - isolation: health and single-assessment latency while 8 clients post 1,000-case batches in a
 *   loop, side by side with the same probes on the idle service (the baseline);
 * - memory: 60 unfinished 16 MB uploads, 20 concurrent 1,000-case batches, 50 clients that never
 *   read their batch answer and 2,000 idle sockets, all at once: the server's RSS while they hold
 *   on, whether it is back under 200 MB within 30 s of their going, and that it never exited.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadExamples } from '../src/catalogue/examples.js';
import { rssMb } from '../test/support/rss.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const HOST = '127.0.0.1';
const ISOLATION_SECONDS = Number(process.env.BENCH_ABUSE_SECONDS ?? 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface AbuseTarget {
  readonly target: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: string;
  readonly met: boolean;
}

function batchOf(n: number, padding = 0): string {
  const mixed = [...loadExamples('residence'), ...loadExamples('naturalisation')];
  const cases = Array.from({ length: n }, (_, i) => {
    const e = mixed[i % mixed.length] as (typeof mixed)[number];
    const input = padding ? { ...e.request, padding: 'x'.repeat(padding) } : e.request;
    return { id: `case-${i}`, procedure: e.procedure, input };
  });
  return JSON.stringify({ cases });
}

async function start(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/src/server.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 400; i++) {
    try {
      if ((await fetch(`http://${HOST}:${port}/v1/health`)).ok) return child;
    } catch {
      await sleep(50);
    }
  }
  throw new Error('the service did not start');
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGKILL');
  await once(child, 'exit');
}

const p99 = (ms: number[]) =>
  [...ms].sort((a, b) => a - b)[Math.max(0, Math.ceil(ms.length * 0.99) - 1)] ?? 0;

/** Times requests one after another until `until`; every answer must be a 200. */
async function probe(
  url: string,
  until: number,
  init?: RequestInit,
): Promise<{ ms: number[]; failed: number }> {
  const ms: number[] = [];
  let failed = 0;
  while (performance.now() < until) {
    const began = performance.now();
    const res = await fetch(url, init).catch(() => undefined);
    await res?.arrayBuffer();
    if (res?.status === 200) ms.push(performance.now() - began);
    else failed++;
    await sleep(20);
  }
  return { ms, failed };
}

async function isolation(port: number): Promise<{ rows: string[]; targets: AbuseTarget[] }> {
  const base = `http://${HOST}:${port}`;
  const single: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(loadExamples('residence')[0]?.request),
  };
  const measure = async (seconds: number) => {
    const until = performance.now() + seconds * 1000;
    const [health, assess] = await Promise.all([
      probe(`${base}/v1/health`, until),
      probe(`${base}/v1/assess/residence`, until, single),
    ]);
    return { health, assess };
  };
  const idle = await measure(Math.max(3, ISOLATION_SECONDS / 2));

  // The batch clients run in their own process: their parsing of 5 MB answers must not delay the probes here.
  const load = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      'batch-load',
      String(port),
      String(ISOLATION_SECONDS + 1),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  load.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  await sleep(1500);
  const loaded = await measure(ISOLATION_SECONDS);
  await once(load, 'exit');
  const { batches, refused } = JSON.parse(out || '{"batches":0,"refused":0}') as {
    batches: number;
    refused: number;
  };

  const f = (n: number) => n.toFixed(1).padStart(8);
  const rows = [
    `probe                      | idle p99 ms | with 8 batch loops p99 ms | failed (loaded)`,
    `health                     | ${f(p99(idle.health.ms))}    | ${f(p99(loaded.health.ms))}                  | ${loaded.health.failed}`,
    `single assessment          | ${f(p99(idle.assess.ms))}    | ${f(p99(loaded.assess.ms))}                  | ${loaded.assess.failed}`,
    `1,000-case batches answered: ${batches} (${(batches / ISOLATION_SECONDS).toFixed(1)}/s), refused or failed: ${refused}`,
  ];
  const targets: AbuseTarget[] = [
    {
      target: '8 concurrent 1,000-case batches: health p99 ≤ 100 ms',
      value: p99(loaded.health.ms),
      limit: 100,
      unit: 'ms',
      met: false,
    },
    {
      target: '8 concurrent 1,000-case batches: single assessment p99 ≤ 250 ms',
      value: p99(loaded.assess.ms),
      limit: 250,
      unit: 'ms',
      met: false,
    },
  ].map((t) => ({ ...t, met: t.value <= t.limit && loaded.health.failed + loaded.assess.failed === 0 }));
  return { rows, targets };
}

async function socketTo(port: number): Promise<Socket | undefined> {
  const socket = connect({ port, host: HOST });
  socket.on('error', () => {});
  try {
    await once(socket, 'connect');
    return socket;
  } catch {
    return undefined;
  }
}

function postHead(length: number): string {
  return `POST /v1/assess/batch HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
}

async function memory(
  port: number,
  child: ChildProcess,
): Promise<{ rows: string[]; targets: AbuseTarget[] }> {
  const pid = child.pid as number;
  const rss0 = rssMb(pid);
  const sockets: Socket[] = [];
  let peak = rss0;
  const sampler = setInterval(() => {
    if (child.exitCode === null) peak = Math.max(peak, rssMb(pid));
  }, 100);

  // 60 uploads of a valid 16 MB batch (1,000 cases of 16 KB), all but the last byte.
  const big = Buffer.from(batchOf(1000, 15_500));
  for (let i = 0; i < 60; i++) {
    const socket = await socketTo(port);
    if (!socket) continue;
    socket.write(postHead(big.length));
    socket.write(big.subarray(0, big.length - 1));
    sockets.push(socket);
  }
  // 20 concurrent 1,000-case batches, read to the end.
  const batch = batchOf(1000);
  const answered = Promise.all(
    Array.from({ length: 20 }, () =>
      fetch(`http://${HOST}:${port}/v1/assess/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: batch,
      }).then(
        (res) => res.arrayBuffer().then(() => res.status),
        () => 0,
      ),
    ),
  );
  // 50 clients that send a 1,000-case batch and never read the answer.
  for (let i = 0; i < 50; i++) {
    const socket = await socketTo(port);
    if (!socket) continue;
    socket.pause();
    socket.write(postHead(Buffer.byteLength(batch)) + batch);
    sockets.push(socket);
  }
  // 2,000 idle sockets.
  for (let i = 0; i < 2000; i++) {
    const socket = await socketTo(port);
    if (socket) sockets.push(socket);
  }
  const statuses = await answered;
  await sleep(5000);
  const held = rssMb(pid);

  for (const socket of sockets) socket.destroy();
  const gone = performance.now();
  let back = Number.POSITIVE_INFINITY;
  let after = held;
  while (performance.now() - gone < 30000) {
    await sleep(500);
    after = rssMb(pid);
    if (after <= 200) {
      back = (performance.now() - gone) / 1000;
      break;
    }
  }
  clearInterval(sampler);
  const alive =
    child.exitCode === null &&
    (await fetch(`http://${HOST}:${port}/v1/health`).then(
      (r) => r.ok,
      () => false,
    ));

  const rows = [
    `RSS: start ${rss0.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, while held ${held.toFixed(0)} MB, after the clients went ${after.toFixed(0)} MB${Number.isFinite(back) ? ` (≤ 200 MB after ${back.toFixed(1)} s)` : ''}`,
    `20 concurrent batches: ${statuses.filter((s) => s === 200).length} answered 200, ${statuses.filter((s) => s === 503).length} refused 503 (BATCH_CONCURRENCY), ${statuses.filter((s) => s !== 200 && s !== 503).length} other`,
  ];
  const targets: AbuseTarget[] = [
    {
      target: 'abuse (60 uploads, 20 batches, 50 non-readers, 2,000 idle): peak RSS ≤ 400 MB',
      value: peak,
      limit: 400,
      unit: 'MB',
      met: peak <= 400,
    },
    {
      target: 'after the abusers go: RSS ≤ 200 MB within 30 s',
      value: after,
      limit: 200,
      unit: 'MB',
      met: after <= 200,
    },
    {
      target: 'the process never exits and answers health after',
      value: alive ? 1 : 0,
      limit: 1,
      unit: 'alive',
      met: alive,
    },
  ];
  return { rows, targets };
}

/** Both measurements on fresh services; the caller prints them (bench/run.ts or main below). */
export async function abuseBench(port: number): Promise<{ rows: string[]; targets: AbuseTarget[] }> {
  // Eight batches in flight need eight slots (the default is BATCH_CONCURRENCY=4).
  const isolated = await start(port, { BATCH_CONCURRENCY: '8' });
  const iso = await isolation(port).finally(() => stop(isolated));
  const abused = await start(port + 1, {});
  const mem = await memory(port + 1, abused).finally(() => stop(abused));
  return { rows: [...iso.rows, ...mem.rows], targets: [...iso.targets, ...mem.targets] };
}

export function printTargets(targets: readonly AbuseTarget[]): void {
  for (const t of targets) {
    const value = t.unit === 'alive' ? (t.value ? 'yes' : 'no') : `${t.value.toFixed(1)} ${t.unit}`;
    console.log(`${t.target.padEnd(80)}| ${value.padEnd(13)}| ${t.met ? 'met' : 'NOT MET'}`);
  }
}

/** The batch clients (run as a child process): 8 loops posting 1,000-case batches for `seconds`. */
async function batchLoad(port: number, seconds: number) {
  const body = batchOf(1000);
  const until = performance.now() + seconds * 1000;
  let batches = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (performance.now() < until) {
        const res = await fetch(`http://${HOST}:${port}/v1/assess/batch`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }).catch(() => undefined);
        await res?.arrayBuffer();
        if (res?.status === 200) batches++;
        else refused++;
      }
    }),
  );
  process.stdout.write(JSON.stringify({ batches, refused }));
}

if (process.argv[2] === 'batch-load') {
  await batchLoad(Number(process.argv[3]), Number(process.argv[4]));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = 21000 + Math.floor(Math.random() * 20000);
  abuseBench(port).then(
    ({ rows, targets }) => {
      for (const row of rows) console.log(row);
      console.log('');
      printTargets(targets);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

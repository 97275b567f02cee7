/**
 * The weight of verdicts (issue 14): bytes per view, compact answers against a baseline that sends
 * the same compact bytes, full answers with gzip, a batch of 1,000 at view=compact, and 100,000
 * cases through the bulk endpoint and through the command-line runner. Run alone with
 * `npm run bench:weight` (builds first), or as part of `npm run bench`. See bench/README.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import autocannon from 'autocannon';
import { SERVICES } from '../src/assessment/procedures.js';
import { loadExamples } from '../src/catalogue/examples.js';
import { BROTLI_OPTIONS } from '../src/http/plugins/compression.js';
import { toJson } from '../src/http/serialize.js';
import { present, VIEWS, type View } from '../src/views/view.js';
import { RssSampler } from '../test/support/rss.js';
import { printRows, printTargets, type Target } from './report.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const HOST = '127.0.0.1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 2;
const BULK_CASES = Number(process.env.BENCH_BULK_CASES ?? 100_000);
const TODAY = '2026-11-28';

const target = (t: Omit<Target, 'met'>): Target => ({
  ...t,
  met: t.higherIsBetter ? t.value >= t.limit : t.value <= t.limit,
});

const ALL = () => [...loadExamples('residence'), ...loadExamples('naturalisation')];
const byId = (id: string) => ALL().find((e) => e.id === id)?.request as object;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Bytes of every worked case's verdict in each view (English), and of the full verdict as the service compresses it for br. */
function bytesPerView() {
  const sizes: Record<View | 'full+br', number[]> = { full: [], compact: [], summary: [], 'full+br': [] };
  for (const e of ALL()) {
    const verdict = SERVICES[e.procedure].assess(e.request, { today: TODAY, lang: 'en' });
    for (const view of VIEWS) sizes[view].push(toJson(present(verdict, view)).length);
    sizes['full+br'].push(brotliCompressSync(toJson(verdict), BROTLI_OPTIONS).length);
  }
  return Object.fromEntries(
    Object.entries(sizes).map(([view, s]) => [view, { median: median(s), max: Math.max(...s) }]),
  ) as Record<View | 'full+br', { median: number; max: number }>;
}

/** Where the baseline answers a scenario: a path of its own per scenario. */
const baselinePath = (s: Scenario) => `/${s.name.replaceAll(/[^a-z0-9]+/g, '-')}`;

function start(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    try {
      await (
        await fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
      ).arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`${url} did not answer`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

interface Scenario {
  readonly name: string;
  readonly path: string;
  readonly body: string;
  readonly connections: number;
  readonly headers?: Record<string, string>;
}

interface Measure {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
}

async function load(port: number, s: Scenario): Promise<Measure> {
  const result = await autocannon({
    url: `http://${HOST}:${port}${s.path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...s.headers },
    body: s.body,
    connections: s.connections,
    duration: SECONDS,
  });
  if (result.errors + result.timeouts + result.non2xx > 0) throw new Error(`${s.name}: errors or non-2xx`);
  // No answer within the run: latencies unknown, so no target on them is met.
  if (result.requests.total === 0)
    return { rps: 0, p50: Number.POSITIVE_INFINITY, p99: Number.POSITIVE_INFINITY };
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const mean = (ms: Measure[]): Measure => ({
  rps: ms.reduce((a, m) => a + m.rps, 0) / ms.length,
  p50: ms.reduce((a, m) => a + m.p50, 0) / ms.length,
  p99: ms.reduce((a, m) => a + m.p99, 0) / ms.length,
});

function bulkLines(n: number): Readable {
  const mixed = ALL();
  return Readable.from(
    (function* () {
      for (let i = 0; i < n; i++) {
        const e = mixed[i % mixed.length] as (typeof mixed)[number];
        yield `${JSON.stringify({ id: `case-${i}`, procedure: e.procedure, input: e.request })}\n`;
      }
    })(),
  );
}

/** Streams n cases through the bulk endpoint at view=compact; cases/s and the server's peak RSS. */
async function bulkRun(port: number, pid: number, n: number) {
  const sampler = new RssSampler(pid);
  const began = performance.now();
  let lines = 0;
  await new Promise<void>((resolve, reject) => {
    const req = request(
      {
        host: HOST,
        port,
        method: 'POST',
        path: '/v1/assess/bulk?view=compact',
        headers: { 'content-type': 'application/x-ndjson' },
      },
      (res) => {
        res.on('data', (chunk: Buffer) => {
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        });
        res.on('end', resolve);
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    bulkLines(n).pipe(req);
  });
  const seconds = (performance.now() - began) / 1000;
  sampler.stop();
  if (lines !== n + 1) throw new Error(`bulk: ${lines} lines for ${n} cases`);
  return { casesPerSecond: n / seconds, peakRssMb: sampler.peak() };
}

/** The same cases through the command-line runner (the built one), to /dev/null. */
async function cliRun(n: number): Promise<number> {
  const began = performance.now();
  const child = start(['dist/src/cli/main.js', 'assess', '--view', 'compact', '--today', TODAY], {});
  child.stdout?.resume();
  bulkLines(n).pipe(child.stdin as NodeJS.WritableStream);
  await once(child, 'exit');
  return n / ((performance.now() - began) / 1000);
}

export async function weightBench() {
  const sizes = bytesPerView();
  const mixed = ALL();
  const cases = Array.from({ length: 1000 }, (_, i) => {
    const e = mixed[i % mixed.length] as (typeof mixed)[number];
    return { id: `case-${i}`, procedure: e.procedure, input: e.request };
  });
  const list: Scenario[] = [
    {
      name: 'residence view=compact',
      path: '/v1/assess/residence?view=compact',
      body: JSON.stringify(byId('res-outcome/baseline-requirement-applies')),
      connections: 50,
    },
    {
      name: 'naturalisation view=compact',
      path: '/v1/assess/naturalisation?view=compact',
      body: JSON.stringify(byId('nat-outcome/baseline-requirement-applies')),
      connections: 50,
    },
    {
      name: 'residence view=full, gzip',
      path: '/v1/assess/residence',
      body: JSON.stringify(byId('res-outcome/baseline-requirement-applies')),
      connections: 50,
      headers: { 'accept-encoding': 'gzip' },
    },
    {
      name: 'batch of 1,000 view=compact',
      path: '/v1/assess/batch?view=compact',
      body: JSON.stringify({ cases }),
      connections: 1,
    },
  ];

  const port = 41000 + Math.floor(Math.random() * 10000);
  // A bulk stream of 100,000 cases is one request: give it longer than the default 30 s to arrive.
  const serve = async () => {
    const child = start(['dist/src/server.js'], {
      PORT: String(port),
      HOST,
      LOG_LEVEL: 'warn',
      REQUEST_TIMEOUT_MS: '600000',
    });
    await waitFor(`http://${HOST}:${port}/v1/health`);
    return child;
  };
  const service = await serve();

  // The baseline sends the service's own answer bytes (compact, or full uncompressed), made beforehand.
  const fixtures: Record<string, { status: number; contentType: string; body: string }> = {};
  for (const s of list) {
    const res = await fetch(`http://${HOST}:${port}${s.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: s.body,
    });
    fixtures[baselinePath(s)] = {
      status: res.status,
      contentType: res.headers.get('content-type') ?? 'application/json',
      body: await res.text(),
    };
  }
  const fixtureFile = join(tmpdir(), `bench-weight-fixtures-${process.pid}.json`);
  writeFileSync(fixtureFile, JSON.stringify(fixtures));
  const baseline = start(['bench/baseline.mjs'], { PORT: String(port + 1), BASELINE_FIXTURES: fixtureFile });
  await waitFor(`http://${HOST}:${port + 1}/none`);

  const rows: { scenario: string; service: Measure; baseline: Measure }[] = [];
  for (const s of list) {
    const runs = { service: [] as Measure[], baseline: [] as Measure[] };
    const onBaseline = { ...s, path: baselinePath(s), headers: {} };
    for (let round = 0; round < ROUNDS; round++) {
      runs.service.push(await load(port, s));
      runs.baseline.push(await load(port + 1, onBaseline));
    }
    rows.push({ scenario: s.name, service: mean(runs.service), baseline: mean(runs.baseline) });
  }
  await stop(baseline);
  await stop(service);
  // Bulk on a fresh process: its memory is then the stream's, not what the load before left behind.
  const fresh = await serve();
  const bulk = await bulkRun(port, fresh.pid as number, BULK_CASES);
  await stop(fresh);
  const cli = await cliRun(BULK_CASES);

  const row = (name: string) => rows.find((r) => r.scenario.startsWith(name)) as (typeof rows)[number];
  const targets = [
    target({
      target: 'compact bytes ≤ 40% of full (median)',
      value: sizes.compact.median / sizes.full.median,
      limit: 0.4,
      unit: 'ratio',
      higherIsBetter: false,
    }),
    target({
      target: 'summary bytes ≤ 3 KB (median)',
      value: sizes.summary.median / 1024,
      limit: 3,
      unit: 'KB',
      higherIsBetter: false,
    }),
    ...['residence', 'naturalisation'].flatMap((name) => [
      target({
        target: `${name} compact: requests/s ≥ 85% of baseline`,
        value: row(name).service.rps / row(name).baseline.rps,
        limit: 0.85,
        unit: 'ratio',
        higherIsBetter: true,
      }),
      target({
        target: `${name} compact: p99 ≤ 1.5 × baseline`,
        value: row(name).service.p99 / Math.max(row(name).baseline.p99, 1),
        limit: 1.5,
        unit: 'ratio',
        higherIsBetter: false,
      }),
    ]),
    target({
      target: 'batch of 1,000 view=compact: p50 ≤ 100 ms',
      value: row('batch').service.p50,
      limit: 100,
      unit: 'ms',
      higherIsBetter: false,
    }),
    target({
      target: `bulk ${BULK_CASES} cases (compact): ≥ 5,000 cases/s`,
      value: bulk.casesPerSecond,
      limit: 5000,
      unit: '/s',
      higherIsBetter: true,
    }),
    target({
      target: `bulk ${BULK_CASES} cases: server RSS ≤ 200 MB throughout`,
      value: bulk.peakRssMb,
      limit: 200,
      unit: 'MB',
      higherIsBetter: false,
    }),
  ];

  const fixed = (n: number, digits = 1) => n.toFixed(digits);
  console.log('\nverdict bytes (worked cases, en) | median | max');
  for (const [view, s] of Object.entries(sizes)) {
    console.log(`${view.padEnd(33)}| ${String(s.median).padStart(6)} | ${String(s.max).padStart(6)}`);
  }
  printRows(rows);
  console.log('(the gzip row: the service compresses, the baseline sends the full bytes uncompressed)');
  console.log(`\nbulk: ${fixed(bulk.casesPerSecond, 0)} cases/s, peak RSS ${fixed(bulk.peakRssMb)} MB`);
  console.log(`command-line runner: ${fixed(cli, 0)} cases/s (${BULK_CASES} cases, compact, to a pipe)`);
  printTargets(targets);
  return { sizes, rows, bulk, cliCasesPerSecond: cli, targets };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  weightBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

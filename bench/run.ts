/**
 * npm run bench: the built service against a bare-HTTP baseline on this machine, side by side,
 * loopback only, about two minutes. Prints a table with every target met or not, and writes
 * bench/results.json. See bench/README.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadExamples } from '../src/catalogue/examples.js';
import { RssSampler, rssMb } from '../test/support/rss.js';
import { abuseBench, printTargets as printAbuseTargets } from './abuse.js';
import { printRows, printTargets } from './report.js';
import { weightBench } from './weight.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const HOST = '127.0.0.1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 2;
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);

interface Scenario {
  readonly name: string;
  readonly path: string;
  readonly body: string;
  readonly connections: number;
  readonly pipelining: number;
}

interface Measure {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

const example = (id: string) => {
  const all = [...loadExamples('residence'), ...loadExamples('naturalisation')];
  const found = all.find((e) => e.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found.request;
};

function scenarios(): Scenario[] {
  const mixed = [...loadExamples('residence'), ...loadExamples('naturalisation')];
  const cases = Array.from({ length: 1000 }, (_, i) => {
    const e = mixed[i % mixed.length] as (typeof mixed)[number];
    return { id: `case-${i}`, procedure: e.procedure, input: e.request };
  });
  return [
    {
      name: 'residence (full case)',
      path: '/v1/assess/residence',
      body: JSON.stringify(example('res-outcome/baseline-requirement-applies')),
      connections: 50,
      pipelining: 1,
    },
    {
      name: 'naturalisation (full case)',
      path: '/v1/assess/naturalisation',
      body: JSON.stringify(example('nat-outcome/baseline-requirement-applies')),
      connections: 50,
      pipelining: 1,
    },
    {
      name: 'invalid body (400 problem)',
      path: '/v1/assess/residence',
      body: JSON.stringify({
        requestedPermit: 'permanent',
        applicationDate: '2021-02-30',
        applicant: { dateOfBirth: '1990-13', nationalities: ['tr'], favourite: 1 },
      }),
      connections: 50,
      pipelining: 1,
    },
    {
      name: 'batch of 1,000 mixed cases',
      path: '/v1/assess/batch',
      body: JSON.stringify({ cases }),
      connections: 1,
      pipelining: 1,
    },
  ];
}

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitFor(url: string, method = 'GET', body?: string): Promise<number> {
  const began = performance.now();
  for (;;) {
    try {
      const res = await fetch(url, {
        method,
        body,
        headers: body ? { 'content-type': 'application/json' } : {},
      });
      await res.arrayBuffer();
      return performance.now() - began;
    } catch {
      await new Promise((r) => setTimeout(r, 5));
    }
    if (performance.now() - began > 20000) throw new Error(`${url} did not answer`);
  }
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function load(port: number, s: Scenario, seconds: number): Promise<Measure> {
  const result = await autocannon({
    url: `http://${HOST}:${port}${s.path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: s.body,
    connections: s.connections,
    pipelining: s.pipelining,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const average = (ms: Measure[]): Measure => ({
  rps: ms.reduce((a, m) => a + m.rps, 0) / ms.length,
  p50: ms.reduce((a, m) => a + m.p50, 0) / ms.length,
  p99: ms.reduce((a, m) => a + m.p99, 0) / ms.length,
  errors: ms.reduce((a, m) => a + m.errors, 0),
  non2xx: ms.reduce((a, m) => a + m.non2xx, 0),
});

async function coldStart(port: number): Promise<number> {
  const child = start(process.execPath, ['dist/src/server.js'], {
    PORT: String(port),
    HOST,
    LOG_LEVEL: 'warn',
  });
  const ms = await waitFor(`http://${HOST}:${port}/v1/health`);
  await stop(child);
  return ms;
}

/** Runs a bench script in its own process (one core, no HTTP) and reads the JSON line it prints. */
async function childJson(args: string[]): Promise<Record<string, number>> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  await once(child, 'exit');
  return JSON.parse(out);
}

async function engineAlone(): Promise<number> {
  const request = join(tmpdir(), `bench-request-${process.pid}.json`);
  writeFileSync(request, JSON.stringify(example('res-outcome/baseline-requirement-applies')));
  return (await childJson(['bench/engine.mjs', request])).hz as number;
}

/** The 5-year timeline of a full case, engine only (bench/timeline.mjs): ms of the slower procedure. */
async function timelineAlone(): Promise<number> {
  return (await childJson(['bench/timeline.mjs', '--json'])).ms as number;
}

async function main() {
  const began = performance.now();
  const list = scenarios();
  const servicePort = 21000 + Math.floor(Math.random() * 20000);
  const baselinePort = servicePort + 1;

  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}`);
  const cold = [await coldStart(servicePort), await coldStart(servicePort), await coldStart(servicePort)];

  const service = start(process.execPath, ['dist/src/server.js'], {
    PORT: String(servicePort),
    HOST,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  });
  await waitFor(`http://${HOST}:${servicePort}/v1/health`);

  // The baseline answers with exactly what the service answers, computed here beforehand.
  const fixtures: Record<string, { status: number; contentType: string; body: string }> = {};
  for (const s of list) {
    const res = await fetch(`http://${HOST}:${servicePort}${s.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: s.body,
    });
    fixtures[s.path + (res.status === 400 ? '/invalid' : '')] = {
      status: res.status,
      contentType: res.headers.get('content-type') ?? 'application/json',
      body: await res.text(),
    };
  }
  const fixtureFile = join(tmpdir(), `bench-fixtures-${process.pid}.json`);
  writeFileSync(fixtureFile, JSON.stringify(fixtures));
  const baseline = start(process.execPath, ['bench/baseline.mjs'], {
    PORT: String(baselinePort),
    BASELINE_FIXTURES: fixtureFile,
  });
  await waitFor(`http://${HOST}:${baselinePort}/none`, 'POST', '{}');
  const baselineScenario = (s: Scenario): Scenario =>
    s.name.startsWith('invalid') ? { ...s, path: `${s.path}/invalid` } : s;

  // Memory: a mixed soak on the service, RSS at its half and at its end.
  const soakHalf = SOAK_SECONDS / 2;
  const rss0 = rssMb(service.pid as number);
  const sampler = new RssSampler(service.pid as number);
  const soak = list.slice(0, 3);
  for (let loaded = 0; loaded < SOAK_SECONDS; loaded += 5) {
    await load(servicePort, soak[(loaded / 5) % soak.length] as Scenario, 5);
  }
  sampler.stop();
  // Mean RSS over the 5 s before each mark: single readings jump with garbage collection.
  const rssHalf = sampler.meanBefore(soakHalf);
  const rssEnd = sampler.meanBefore(SOAK_SECONDS);

  // Service and baseline alternate, round by round, so that drift of the machine cancels out.
  const rows: { scenario: string; service: Measure; baseline: Measure }[] = [];
  for (const s of list) {
    const seconds = s.name.startsWith('batch') ? SECONDS + 1 : SECONDS;
    const runs: { service: Measure[]; baseline: Measure[] } = { service: [], baseline: [] };
    for (let round = 0; round < ROUNDS; round++) {
      runs.service.push(await load(servicePort, s, seconds));
      runs.baseline.push(await load(baselinePort, baselineScenario(s), seconds));
    }
    rows.push({ scenario: s.name, service: average(runs.service), baseline: average(runs.baseline) });
  }

  await stop(baseline);
  await stop(service);
  const engine = await engineAlone();
  const timeline = await timelineAlone();
  // Issue 13: isolation and memory under abuse, on fresh services (bench/abuse.ts).
  const abuse = await abuseBench(servicePort + 2);

  const by = (name: string) => rows.find((r) => r.scenario.startsWith(name)) as (typeof rows)[number];
  const targets = [
    ...['residence', 'naturalisation'].flatMap((name) => {
      const r = by(name);
      return [
        {
          target: `${name}: requests/s ≥ 85% of baseline`,
          value: r.service.rps / r.baseline.rps,
          limit: 0.85,
          unit: 'ratio',
          higherIsBetter: true,
        },
        {
          target: `${name}: p99 ≤ 1.5 × baseline`,
          value: r.service.p99 / Math.max(r.baseline.p99, 1),
          limit: 1.5,
          unit: 'ratio',
          higherIsBetter: false,
        },
      ];
    }),
    {
      target: 'invalid input: requests/s ≥ 60% of baseline',
      value: by('invalid').service.rps / by('invalid').baseline.rps,
      limit: 0.6,
      unit: 'ratio',
      higherIsBetter: true,
    },
    {
      target: 'batch of 1,000: p50 ≤ 100 ms',
      value: by('batch').service.p50,
      limit: 100,
      unit: 'ms',
      higherIsBetter: false,
    },
    {
      target: 'engine alone: ≥ 200,000 residence assessments/s',
      value: engine,
      limit: 200000,
      unit: '/s',
      higherIsBetter: true,
    },
    {
      target: 'timeline: 5-year timeline of a full case ≤ 5 ms (engine)',
      value: timeline,
      limit: 5,
      unit: 'ms',
      higherIsBetter: false,
    },
    {
      target: 'cold start to first 200 on /v1/health ≤ 500 ms (median of 3)',
      value: [...cold].sort((a, b) => a - b)[1] as number,
      limit: 500,
      unit: 'ms',
      higherIsBetter: false,
    },
    {
      target: `RSS after ${SOAK_SECONDS} s of load ≤ 150 MB`,
      value: rssEnd,
      limit: 150,
      unit: 'MB',
      higherIsBetter: false,
    },
    {
      target: `RSS growth between ${soakHalf} s and ${SOAK_SECONDS} s ≤ 10%`,
      value: (rssEnd - rssHalf) / rssHalf,
      limit: 0.1,
      unit: 'ratio',
      higherIsBetter: false,
    },
  ].map((t) => ({ ...t, met: t.higherIsBetter ? t.value >= t.limit : t.value <= t.limit }));

  const fixed = (n: number, digits = 1) => n.toFixed(digits);
  printRows(rows);
  console.log(
    `\nRSS: start ${fixed(rss0)} MB, ${soakHalf} s ${fixed(rssHalf)} MB, ${SOAK_SECONDS} s ${fixed(rssEnd)} MB`,
  );
  printTargets(targets);
  console.log('\nunder abuse (bench/abuse.ts):');
  for (const row of abuse.rows) console.log(row);
  printAbuseTargets(abuse.targets);
  // Issue 14: views, compression, batch at view=compact, bulk and the command-line runner.
  const weight = await weightBench();
  const results = {
    // When the run was made: a record of a measurement (results.json is not committed or compared).
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version },
    seconds: {
      perRun: SECONDS,
      rounds: ROUNDS,
      soak: SOAK_SECONDS,
      total: Math.round((performance.now() - began) / 1000),
    },
    rows,
    rss: { start: rss0, half: rssHalf, end: rssEnd },
    coldStartMs: cold,
    engineAssessmentsPerSecond: engine,
    timelineMs: timeline,
    targets: [...targets, ...abuse.targets],
    weight,
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten: bench/results.json (${results.seconds.total} s in all)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

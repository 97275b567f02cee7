// The timeline engine alone, no HTTP: a 5-year timeline of a full case (every fact known) of each
// procedure, on one core (this process). Target: ≤ 5 ms each. Run alone with `npm run bench:timeline`;
// `npm run bench` runs it too (with --json) and lists the target with the others.
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { parseDay } from '../dist/src/calendar/date.js';
import { naturalisationTimeline, residenceTimeline } from '../dist/src/timeline/index.js';
import { DEFAULT_YEARS, yearsAfter } from '../dist/src/timeline/window.js';

export const TARGET_MS = 5;

const request = (procedure, name) =>
  JSON.parse(readFileSync(new URL(`../data/cases/${procedure}/${name}.json`, import.meta.url), 'utf8'))
    .request;

const CASES = [
  ['residence', residenceTimeline, request('residence', 'res-outcome/baseline-requirement-applies')],
  [
    'naturalisation',
    naturalisationTimeline,
    request('naturalisation', 'nat-outcome/baseline-requirement-applies'),
  ],
];

const bench = new Bench({ time: Number(process.env.BENCH_TIMELINE_MS ?? 2000), warmupTime: 500 });
for (const [procedure, builder, input] of CASES) {
  const from = parseDay(input.applicationDate);
  const until = yearsAfter(from, DEFAULT_YEARS);
  bench.add(procedure, () => builder.build(input, from, until, 'en'));
}
await bench.run();

// The slower procedure is the figure: the target holds for both.
const results = bench.tasks.map((task) => ({ procedure: task.name, ms: task.result.latency.mean }));
const worst = Math.max(...results.map((r) => r.ms));
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ ms: worst, results })}\n`);
} else {
  for (const r of results) console.log(`${r.procedure.padEnd(15)} 5-year timeline: ${r.ms.toFixed(3)} ms`);
  console.log(
    `target: 5-year timeline of a full case ≤ ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : 'NOT MET'}`,
  );
}

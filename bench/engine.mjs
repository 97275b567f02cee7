// The engine alone, no HTTP: residence assessments per second on one core (this process).
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { residenceAssessor } from '../dist/src/rules/index.js';

const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bench = new Bench({ time: 3000, warmupTime: 1000 });
bench.add('residence assessment', () => {
  residenceAssessor.assess(request, { today: '2026-11-28', lang: 'en' });
});
await bench.run();
const task = bench.tasks[0];
process.stdout.write(
  `${JSON.stringify({ hz: task.result.throughput.mean, samples: task.result.latency.samples?.length })}\n`,
);

/** The tables both benchmarks print: scenarios side by side with the baseline, and targets met or not. */

interface Measured {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
}

export interface Row {
  readonly scenario: string;
  readonly service: Measured;
  readonly baseline: Measured;
}

export interface Target {
  readonly target: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: string;
  readonly higherIsBetter: boolean;
  readonly met: boolean;
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

export function printRows(rows: readonly Row[]): void {
  console.log(
    '\nscenario                      | service req/s  p50 ms  p99 ms | baseline req/s  p50 ms  p99 ms | ratio',
  );
  for (const r of rows) {
    console.log(
      `${r.scenario.padEnd(30)}| ${fixed(r.service.rps).padStart(13)} ${fixed(r.service.p50).padStart(7)} ${fixed(r.service.p99).padStart(7)} | ${fixed(r.baseline.rps).padStart(14)} ${fixed(r.baseline.p50).padStart(7)} ${fixed(r.baseline.p99).padStart(7)} | ${fixed(r.service.rps / r.baseline.rps, 2)}`,
    );
  }
}

export function printTargets(targets: readonly Target[]): void {
  console.log('\ntarget                                                       | value        | met');
  for (const t of targets) {
    const value =
      t.unit === 'ratio' ? fixed(t.value, 2) : `${fixed(t.value, t.unit === '/s' ? 0 : 1)} ${t.unit}`;
    console.log(`${t.target.padEnd(61)}| ${value.padEnd(13)}| ${t.met ? 'met' : 'NOT MET'}`);
  }
}

import { readFileSync } from 'node:fs';

/** Resident memory of a process, in MB (Linux: VmRSS). */
export function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

/**
 * Samples a process's resident memory four times a second. Garbage collection makes single
 * readings jump; the mean over the seconds before a mark is what a leak would move.
 */
export class RssSampler {
  private readonly samples: { at: number; mb: number }[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly began = performance.now();

  constructor(private readonly pid: number) {
    this.timer = setInterval(
      () => this.samples.push({ at: performance.now() - this.began, mb: rssMb(this.pid) }),
      250,
    );
  }

  /** The mean RSS over the `seconds` before `atSecond` (since the sampler started). */
  meanBefore(atSecond: number, seconds = 5): number {
    const to = atSecond * 1000;
    const window = this.samples.filter((s) => s.at > to - seconds * 1000 && s.at <= to);
    return window.reduce((sum, s) => sum + s.mb, 0) / Math.max(window.length, 1);
  }

  /** The highest reading so far. */
  peak(): number {
    return Math.max(0, ...this.samples.map((s) => s.mb));
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

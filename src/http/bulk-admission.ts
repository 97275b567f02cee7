import { HttpProblem } from './problem.js';

/** Seconds a refused client waits before trying again. */
const RETRY_AFTER_SECONDS = '5';

/**
 * How many bulk streams one process serves at once. A stream keeps a core busy for as long as the
 * client sends; more streams than that only share it, so the next one is told to come back
 * (503 with Retry-After) and can go to another replica.
 */
export class BulkAdmission {
  private open = 0;

  constructor(private readonly max: number) {}

  /** Lets one stream in, or refuses it with 503; the stream calls the returned function when it ends. */
  admit(): () => void {
    if (this.open >= this.max) {
      throw new HttpProblem('serviceUnavailable', undefined, { 'Retry-After': RETRY_AFTER_SECONDS });
    }
    this.open++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.open--;
    };
  }
}

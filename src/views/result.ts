import type { BatchResult } from '../assessment/batch.js';
import { present, type View } from './view.js';

/** A batch or bulk result with its verdict in the view asked for; problems are left as they are. */
export function presentResult(result: BatchResult, view: View) {
  return result.status === 200 && view !== 'full'
    ? { ...result, verdict: present(result.verdict, view) }
    : result;
}

import type { Day } from './date.js';

/** A half-open interval of days: `from` inclusive, `to` exclusive (the first day no longer in it). */
export interface Interval {
  readonly from: Day;
  readonly to: Day;
}

/** Sorts and merges intervals so that overlapping or touching ones count once. O(n log n). */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.from <= last.to) {
      if (next.to > last.to) merged[merged.length - 1] = { from: last.from, to: next.to };
    } else {
      merged.push(next);
    }
  }
  return merged;
}

/** Days of already merged intervals that fall inside `window`. */
export function daysWithin(merged: readonly Interval[], window: Interval): number {
  let total = 0;
  for (const i of merged) {
    if (i.from >= window.to) break;
    const from = Math.max(i.from, window.from);
    const to = Math.min(i.to, window.to);
    if (to > from) total += to - from;
  }
  return total;
}

/** "At least N years" of days: N × 365.25 (8 years = 2922 days), as docs/rules.md defines it. */
export function yearsInDays(years: number): number {
  return Math.ceil(years * 365.25);
}

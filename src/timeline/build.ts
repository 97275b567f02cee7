import { type Day, formatDay, parseDay } from '../calendar/date.js';
import type { Assessor, Verdict } from '../engine/assess.js';
import type { Outcome, ProcedureDefinition } from '../engine/procedure.js';
import type { BaseContext, Lang } from '../engine/rule.js';
import type { Status } from '../engine/tri.js';
import { type Candidate, calendarCandidates, type PersonFacts } from './events.js';

/** A rule whose status differs from the period before (`null`: not in the verdict then). */
export interface StatusChange {
  readonly rule: string;
  readonly from: Status | null;
  readonly to: Status | null;
}

/** An event that starts a period: a candidate on whose day the answer did change. */
export interface TimelineEvent extends Candidate {
  /** The rules the event changed (for a rule's own cause: that rule). */
  readonly rules: readonly string[];
}

/** Application dates `[from, to)` with one outcome and one status per rule. */
export interface Period {
  readonly from: Day;
  readonly to: Day;
  readonly outcome: Outcome;
  readonly requirementApplies: boolean | null;
  readonly headline: string;
  readonly events: readonly TimelineEvent[];
  /** The first period lists every rule (from `null`); later ones only those that changed. */
  readonly changes: readonly StatusChange[];
}

export interface Timeline {
  readonly from: Day;
  readonly until: Day;
  readonly periods: readonly Period[];
}

/** What the timeline reads of a request beyond the candidates: the BRP periods that may run on. */
export interface TimelineFacts extends PersonFacts {
  readonly applicant?:
    | (PersonFacts['applicant'] & {
        readonly residencePeriods?: readonly { readonly from: string; readonly to?: string | null }[] | null;
      })
    | null;
}

/** One evaluation: the verdict's outcome and statuses, and a key to compare them by. */
interface State {
  readonly verdict: Verdict;
  readonly key: string;
}

/**
 * The outcome of one case over a span of application dates. Each candidate day (events.ts) is
 * evaluated once by the engine itself; where a residence period runs on, the days between are
 * searched by bisection (the accumulated days only grow, so each rule changes at most once there).
 * Adjacent periods with the same outcome and statuses are one period. Pure: the facts are taken as
 * given on every date, and nothing reads the clock.
 */
export class TimelineBuilder<I extends TimelineFacts, C extends BaseContext, V extends string> {
  constructor(
    private readonly procedure: ProcedureDefinition<I, C, V>,
    private readonly assessor: Assessor<I, C, V>,
    /** The procedure's own candidates (naturalisation: medical evidence growing too old). */
    private readonly extra: (input: I) => readonly Candidate[],
  ) {}

  build(input: I, from: Day, until: Day, lang: Lang): Timeline {
    const states = new Map<Day, State>();
    const stateOn = (on: Day): State => {
      let state = states.get(on);
      if (!state) {
        const date = formatDay(on);
        const verdict = this.assessor.assess({ ...input, applicationDate: date }, { today: date, lang });
        state = { verdict, key: keyOf(verdict) };
        states.set(on, state);
      }
      return state;
    };

    const byDay = new Map<Day, Candidate[]>();
    for (const c of calendarCandidates(this.procedure, input, from, until, this.extra(input))) {
      const list = byDay.get(c.day);
      if (list) list.push(c);
      else byDay.set(c.day, [c]);
    }
    const days = [...byDay.keys()].sort((a, b) => a - b);
    const running = runningPeriods(input);

    const periods: Period[] = [];
    let current = stateOn(from);
    let start = from;
    let events: TimelineEvent[] = [{ day: from, code: 'start', rules: [] }];
    let changes = diff(undefined, current.verdict);
    const close = (to: Day) =>
      periods.push({
        from: start,
        to,
        outcome: current.verdict.outcome,
        requirementApplies: current.verdict.requirementApplies,
        headline: current.verdict.headline,
        events,
        changes,
      });
    const open = (on: Day, next: State, causes: readonly Candidate[]) => {
      close(on);
      changes = diff(current.verdict, next.verdict);
      events = attribute(causes, changes);
      current = next;
      start = on;
    };

    for (let i = 0; i <= days.length; i++) {
      const segmentStart = days[i - 1] ?? from;
      const segmentEnd = days[i] ?? until;
      // Residence running on within the segment: find each change by bisection. `at` has the current key.
      if (running(segmentStart, segmentEnd)) {
        let at = Math.max(start, segmentStart);
        while (segmentEnd - 1 > at && stateOn(segmentEnd - 1).key !== current.key) {
          let low = at;
          let high = segmentEnd - 1;
          while (high - low > 1) {
            const mid = (low + high) >>> 1;
            if (stateOn(mid).key === current.key) low = mid;
            else high = mid;
          }
          open(high, stateOn(high), [{ day: high, code: 'residence-accumulated' }]);
          at = high;
        }
      }
      if (i === days.length) break;
      const next = stateOn(segmentEnd);
      if (next.key !== current.key) open(segmentEnd, next, byDay.get(segmentEnd) ?? []);
    }
    close(until);
    return { from, until, periods };
  }
}

/** The outcome and every rule's status, in the plan's order (which changes only with the rules in force). */
function keyOf(verdict: Verdict): string {
  let key = verdict.outcome;
  for (const ground of verdict.grounds) key += `|${ground.rule}:${ground.status}`;
  return key;
}

function diff(before: Verdict | undefined, after: Verdict): StatusChange[] {
  const old = new Map(before?.grounds.map((g) => [g.rule, g.status]));
  const changes: StatusChange[] = [];
  for (const ground of after.grounds) {
    const was = old.get(ground.rule) ?? null;
    if (was !== ground.status) changes.push({ rule: ground.rule, from: was, to: ground.status });
    old.delete(ground.rule);
  }
  for (const [rule, was] of old) changes.push({ rule, from: was, to: null });
  return changes;
}

/**
 * The causes of a change: those that belong to a changed rule, else (a birthday, a parameter) all
 * of the day's causes, each naming the rules that changed.
 */
function attribute(causes: readonly Candidate[], changes: readonly StatusChange[]): TimelineEvent[] {
  const changed = changes.map((c) => c.rule);
  const own = causes.filter((c) => c.rule !== undefined && changed.includes(c.rule));
  // A dated formulation usually follows a dated parameter of the same day (the Turkish cut-off): the
  // parameter's event says why, so it is listed beside the rule's.
  const parameters = causes.filter((c) => c.code === 'parameter-changed');
  const chosen = own.length > 0 ? [...parameters, ...own] : causes.filter((c) => c.rule === undefined);
  return (chosen.length > 0 ? chosen : causes).map((c) => ({
    ...c,
    rules: c.rule !== undefined ? [c.rule] : changed,
  }));
}

/** Whether a BRP period of the case runs on somewhere in `[from, to)` (an open or a future end). */
function runningPeriods(input: TimelineFacts): (from: Day, to: Day) => boolean {
  const spans: [Day, Day][] = [];
  for (const p of input.applicant?.residencePeriods ?? []) {
    const start = parseDay(p.from);
    if (start === undefined) continue;
    spans.push([start, p.to ? (parseDay(p.to) ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY]);
  }
  return (from, to) => spans.some(([start, end]) => start < to && end > from);
}

import { formatDay } from '../calendar/date.js';
import type { Outcome } from '../engine/procedure.js';
import type { Lang, Procedure } from '../engine/rule.js';
import type { Status } from '../engine/tri.js';
import { NOTICE } from '../i18n/outcomes.js';
import { EVENT_REASONS, TIMELINE_ASSUMPTION } from '../i18n/timeline.js';
import { ALL_RULES, ruleSet } from '../rules/index.js';
import type { Timeline, TimelineEvent } from './build.js';
import type { EventCode } from './events.js';

/** The answer of the timeline endpoints (src/schemas/timeline.ts), in one language. */
export interface TimelineAnswer {
  readonly procedure: Procedure;
  readonly from: string;
  readonly until: string;
  readonly assumption: string;
  readonly periods: readonly {
    readonly from: string;
    readonly to: string;
    readonly outcome: Outcome;
    readonly requirementApplies: boolean | null;
    readonly headline: string;
    readonly events: readonly {
      readonly code: EventCode;
      readonly date: string;
      readonly rules: readonly string[];
      readonly parameter?: string;
      readonly reason: string;
    }[];
    readonly changes: readonly {
      readonly rule: string;
      readonly from: Status | null;
      readonly to: Status | null;
    }[];
  }[];
  readonly ruleSet: { readonly version: string; readonly hash: string };
  readonly notice: string;
}

const TITLES = new Map(ALL_RULES.map((rule) => [rule.id, rule.text]));

/** "RES-EX-MINOR (Under 18 years of age)", joined: a reason names the rules by id and title. */
function ruleNames(ids: readonly string[], lang: Lang): string {
  return ids.map((id) => `${id} (${TITLES.get(id)?.[lang].title ?? id})`).join(', ');
}

function reasonOf(event: TimelineEvent, lang: Lang): string {
  const { age, reading, fixed, parameter, law } = event;
  const rules = ruleNames(event.rules, lang);
  return EVENT_REASONS[event.code][lang]({
    date: formatDay(event.day),
    rules,
    age,
    reading,
    fixed,
    parameter,
    law,
  });
}

export function renderTimeline(procedure: Procedure, timeline: Timeline, lang: Lang): TimelineAnswer {
  const { version, hash } = ruleSet();
  return {
    procedure,
    from: formatDay(timeline.from),
    until: formatDay(timeline.until),
    assumption: TIMELINE_ASSUMPTION[lang],
    periods: timeline.periods.map((p) => ({
      from: formatDay(p.from),
      to: formatDay(p.to),
      outcome: p.outcome,
      requirementApplies: p.requirementApplies,
      headline: p.headline,
      events: p.events.map((e) => ({
        code: e.code,
        date: formatDay(e.day),
        rules: e.rules,
        ...(e.parameter !== undefined ? { parameter: e.parameter } : {}),
        reason: reasonOf(e, lang),
      })),
      changes: p.changes,
    })),
    ruleSet: { version, hash },
    notice: NOTICE[lang],
  };
}

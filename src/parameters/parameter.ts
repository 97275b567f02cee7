import { type Day, day } from '../calendar/date.js';

/** Where a value comes from: an article of law, a policy text or a judgment. */
export interface LegalReference {
  readonly kind: 'law' | 'policy' | 'case-law';
  readonly title: string;
  readonly url?: string;
  /** Id in the project's article data (`src/law/data/articles.json`) when the text is stored there. */
  readonly articleId?: string;
  readonly paragraph?: string;
  readonly point?: string;
}

export interface DatedValue<T> {
  /** First day the value is in force (inclusive). */
  readonly from: string;
  /** Last day the value is in force (inclusive); absent while it still is. */
  readonly to?: string;
  readonly value: T;
  readonly reference: LegalReference;
}

/** A value that changes over time, each period with its legal basis (OpenFisca's parameters). */
export interface Parameter<T> {
  readonly id: string;
  readonly description: string;
  readonly values: readonly DatedValue<T>[];
  readonly periods: readonly { readonly from: Day; readonly to: Day; readonly value: DatedValue<T> }[];
}

export function parameter<T>(id: string, description: string, values: DatedValue<T>[]): Parameter<T> {
  const frozen = values.map((v) => Object.freeze(v));
  const periods = frozen.map((v) => ({
    from: day(v.from),
    to: v.to ? day(v.to) : Number.POSITIVE_INFINITY,
    value: v,
  }));
  return Object.freeze({ id, description, values: Object.freeze(frozen), periods: Object.freeze(periods) });
}

/** The value in force on `on`, or undefined: never a silent fall-back to another period. */
export function valueOn<T>(p: Parameter<T>, on: Day): DatedValue<T> | undefined {
  // Newest first: most reference dates fall in the latest period.
  for (let i = p.periods.length - 1; i >= 0; i--) {
    const period = p.periods[i] as Parameter<T>['periods'][number];
    if (on >= period.from && on <= period.to) return period.value;
  }
  return undefined;
}

/** The value in force, for parameters the service models for every date it accepts. */
export function requireValueOn<T>(p: Parameter<T>, on: Day): T {
  const found = valueOn(p, on);
  if (!found) throw new RangeError(`parameter ${p.id} has no value in force on day ${on}`);
  return found.value;
}

/** The first day a parameter takes `value`: the date of law at which it changed. */
export function firstDayOf<T>(p: Parameter<T>, value: T): { readonly text: string; readonly day: Day } {
  const found = p.periods.find((period) => period.value.value === value);
  if (!found) throw new RangeError(`parameter ${p.id} never takes the value ${String(value)}`);
  return Object.freeze({ text: found.value.from, day: found.from });
}

/** A provision of law in force from a day on: one dated value `true` with its reference. */
export function inForceFrom(
  id: string,
  description: string,
  from: string,
  reference: LegalReference,
): Parameter<boolean> {
  return parameter(id, description, [{ from, value: true, reference }]);
}

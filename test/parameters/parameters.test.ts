import { describe, expect, it } from 'vitest';
import { day, formatDay } from '../../src/calendar/date.js';
import {
  ASYLUM_PERMIT_ENDS,
  EU_EEA_CH_STATES,
  euEeaChOn,
  firstDayOf,
  MODELLED_FROM,
  MODELLED_FROM_DAY,
  type Parameter,
  PERMANENT_ASYLUM_PERMIT,
  PRE_2013_EXAM_COUNTS,
  PRE_2013_EXAM_DEADLINE,
  parameter,
  QUALIFICATION_DUTY,
  QUALIFICATION_DUTY_START_DAY,
  requireValueOn,
  TURKISH_EXEMPTION,
  TURKISH_EXEMPTION_ENDS,
  TURKISH_EXEMPTION_STARTS,
  valueOn,
  WI2013_FROM,
  WI2013_IN_FORCE,
  WI2021_IN_FORCE,
} from '../../src/parameters/index.js';

const at = (text: string) => day(text);

const sample = parameter<string>('sample', 'a test parameter', [
  { from: '2020-01-01', to: '2021-12-31', value: 'old', reference: { kind: 'law', title: 'Old law' } },
  { from: '2022-01-01', value: 'new', reference: { kind: 'law', title: 'New law' } },
]);

describe('dated parameters (docs/api.md "Dated")', () => {
  it('from and to are both inclusive', () => {
    expect(valueOn(sample, at('2020-01-01'))?.value).toBe('old');
    expect(valueOn(sample, at('2021-12-31'))?.value).toBe('old');
    expect(valueOn(sample, at('2022-01-01'))?.value).toBe('new');
    expect(valueOn(sample, at('2099-01-01'))?.value).toBe('new');
  });

  it('never falls back silently to another period', () => {
    expect(valueOn(sample, at('2019-12-31'))).toBeUndefined();
    expect(() => requireValueOn(sample, at('2019-12-31'))).toThrow(RangeError);
    expect(requireValueOn(sample, at('2022-06-01'))).toBe('new');
  });

  it('each value carries its legal reference', () => {
    expect(valueOn(sample, at('2021-01-01'))?.reference.title).toBe('Old law');
    for (const p of [TURKISH_EXEMPTION, PERMANENT_ASYLUM_PERMIT] as Parameter<unknown>[]) {
      for (const v of p.values) expect(v.reference.title.length, p.id).toBeGreaterThan(0);
    }
  });

  it('firstDayOf gives the date of law at which a value starts', () => {
    expect(firstDayOf(sample, 'new')).toEqual({ text: '2022-01-01', day: at('2022-01-01') });
    expect(() => firstDayOf(sample, 'never')).toThrow(RangeError);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(sample)).toBe(true);
    expect(Object.isFrozen(sample.values)).toBe(true);
    expect(Object.isFrozen(sample.values[0])).toBe(true);
  });

  it('the project parameters have contiguous, non-overlapping periods', () => {
    for (const p of [TURKISH_EXEMPTION, PERMANENT_ASYLUM_PERMIT] as Parameter<unknown>[]) {
      for (let i = 1; i < p.periods.length; i++) {
        const previous = p.periods[i - 1];
        const next = p.periods[i];
        expect(next?.from, p.id).toBe((previous?.to as number) + 1);
      }
      expect(p.periods[p.periods.length - 1]?.to, p.id).toBe(Number.POSITIVE_INFINITY);
    }
  });
});

describe('dates of law', () => {
  it('the service models the law from 2022-01-01 (Wi 2021)', () => {
    expect(MODELLED_FROM).toBe('2022-01-01');
    expect(MODELLED_FROM_DAY).toBe(at('2022-01-01'));
  });

  it('the Turkish exemption ends on 2025-01-01', () => {
    expect(TURKISH_EXEMPTION_ENDS.text).toBe('2025-01-01');
    expect(requireValueOn(TURKISH_EXEMPTION, at('2024-12-31'))).toBe(true);
    expect(requireValueOn(TURKISH_EXEMPTION, at('2025-01-01'))).toBe(false);
    expect(requireValueOn(TURKISH_EXEMPTION, MODELLED_FROM_DAY)).toBe(true);
  });

  it('the permanent asylum permit ends on 2026-06-12', () => {
    expect(formatDay(ASYLUM_PERMIT_ENDS.day)).toBe('2026-06-12');
    expect(requireValueOn(PERMANENT_ASYLUM_PERMIT, at('2026-06-11'))).toBe(true);
    expect(requireValueOn(PERMANENT_ASYLUM_PERMIT, at('2026-06-12'))).toBe(false);
    expect(requireValueOn(PERMANENT_ASYLUM_PERMIT, MODELLED_FROM_DAY)).toBe(true);
  });

  it('the qualification duty began on 2007-08-01', () => {
    expect(QUALIFICATION_DUTY_START_DAY).toBe(at('2007-08-01'));
  });

  it('EU, EEA and Switzerland on every modelled date: 27 + IS, LI, NO + CH', () => {
    const states = euEeaChOn(MODELLED_FROM_DAY);
    expect(states.size).toBe(31);
    for (const code of ['BE', 'LU', 'NL', 'DE', 'HR', 'IS', 'LI', 'NO', 'CH'])
      expect(states.has(code), code).toBe(true);
    for (const code of ['GB', 'TR', 'MA', 'SY', 'UA']) expect(states.has(code), code).toBe(false);
    expect(euEeaChOn(at('2099-01-01'))).toBe(states);
  });

  it('the EU/EEA/CH list is dated: Croatia from 2013-07-01, the United Kingdom until 2020-12-31', () => {
    expect(euEeaChOn(at('2013-06-30')).has('HR')).toBe(false);
    expect(euEeaChOn(at('2013-07-01')).has('HR')).toBe(true);
    expect(euEeaChOn(at('2020-12-31')).has('GB')).toBe(true);
    expect(euEeaChOn(at('2021-01-01')).has('GB')).toBe(false);
    expect(() => euEeaChOn(at('1957-12-31'))).toThrow(RangeError);
    for (const v of EU_EEA_CH_STATES.values) expect(v.reference.title.length, v.from).toBeGreaterThan(0);
  });

  it('the first modelled date, the qualification duty and the pre-2013 exam deadline are dated values', () => {
    expect(valueOn(WI2021_IN_FORCE, at('2021-12-31'))).toBeUndefined();
    expect(requireValueOn(QUALIFICATION_DUTY, at('2007-08-01'))).toBe(true);
    expect(valueOn(QUALIFICATION_DUTY, at('2007-07-31'))).toBeUndefined();
    expect(PRE_2013_EXAM_DEADLINE).toBe(at('2015-01-01'));
    expect(WI2013_FROM.text).toBe('2013-01-01');
    expect(TURKISH_EXEMPTION_STARTS.text).toBe('2011-08-16');
    expect(requireValueOn(PRE_2013_EXAM_COUNTS, at('2014-12-31'))).toBe(true);
    for (const p of [
      WI2021_IN_FORCE,
      QUALIFICATION_DUTY,
      PRE_2013_EXAM_COUNTS,
      WI2013_IN_FORCE,
    ] as Parameter<unknown>[])
      for (const v of p.values) expect(v.reference.articleId ?? v.reference.url, p.id).toBeTruthy();
  });
});

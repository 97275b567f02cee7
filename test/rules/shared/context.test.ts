import { describe, expect, it } from 'vitest';
import { day } from '../../../src/calendar/date.js';
import { residenceContext } from '../../../src/rules/residence/context.js';
import { personContext } from '../../../src/rules/shared/context.js';

describe('performance trick: contexts are extended with Object.assign, not copied (docs/architecture.md)', () => {
  const on = day('2026-11-28');
  const input = { applicant: { dateOfBirth: '1990-04-17' } };

  it('starts each case from a new object, so extending it never touches another case', () => {
    expect(personContext(input, on)).not.toBe(personContext(input, on));
    const first = residenceContext({ ...input, requestedPermit: 'permanent-regular' }, on);
    const second = residenceContext({ ...input, requestedPermit: 'eu-long-term-resident' }, on);
    expect(first).not.toBe(second);
    expect(first.permit).toBe('permanent-regular');
    expect(second.permit).toBe('eu-long-term-resident');
  });
});

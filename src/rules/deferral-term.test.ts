import { describe, expect, it } from 'vitest';
import { localDate as d } from '../shared/dates.ts';
import { checkDeferralUntil, DEFERRAL_MAX_MONTHS } from './deferral-term.ts';

describe('民诉法解释 第467条: a deferral lasts at most one year', () => {
  it('ordered 2026-11-26, it may run until 2027-11-26 at the latest (day of)', () => {
    expect(checkDeferralUntil(d('2026-11-26'), d('2027-11-26'))).toEqual({ maxUntil: '2027-11-26', withinLimit: true, afterStart: true });
  });

  it('the day before the anniversary is within the limit (day before)', () => {
    expect(checkDeferralUntil(d('2026-11-26'), d('2027-11-25')).withinLimit).toBe(true);
  });

  it('the day after the anniversary is beyond it (day after)', () => {
    expect(checkDeferralUntil(d('2026-11-26'), d('2027-11-27')).withinLimit).toBe(false);
  });

  it('ordered on 29 February, the year ends on 28 February (民法典 第202条: no matching day)', () => {
    expect(checkDeferralUntil(d('2028-02-29'), d('2029-03-01'))).toMatchObject({ maxUntil: '2029-02-28', withinLimit: false });
  });

  it('an end on or before the day of the order is no deferral at all', () => {
    expect(checkDeferralUntil(d('2026-11-26'), d('2026-11-26')).afterStart).toBe(false);
    expect(checkDeferralUntil(d('2026-11-26'), d('2026-11-27')).afterStart).toBe(true);
    expect(DEFERRAL_MAX_MONTHS).toBe(12);
  });
});

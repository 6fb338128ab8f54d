import { describe, expect, it } from 'vitest';
import { MAX_GRACE_MONTHS, scheduleListing } from './dishonest-listing.ts';
import { fen } from '../shared/money.ts';
import { localDate as d } from '../shared/dates.ts';

// The grace period (宽限期, 善意文明执行意见 第17条) before publication, and the term counted from it.

const base = {
  ground: 4,
  debtor: { kind: 'organization' as const },
  debt: fen(100_000),
  decidedOn: d('2026-11-30'),
  graceMonths: 1,
};

describe('scheduleListing', () => {
  it('publishes on the decision day without a grace, and at the month-end when the matching day is missing', () => {
    expect(scheduleListing({ ...base, graceMonths: 0 })).toMatchObject({
      ok: true,
      value: { publishOn: '2026-11-30', endsOn: '2028-11-30' },
    });
    expect(scheduleListing({ ...base, decidedOn: d('2026-11-30'), graceMonths: 3 })).toMatchObject({
      ok: true,
      value: { publishOn: '2027-02-28', termYears: 2, endsOn: '2029-02-28' },
    });
  });

  it.each([-1, 4, 1.5])('refuses a grace of %s months (0 to 3)', (graceMonths) => {
    expect(scheduleListing({ ...base, graceMonths })).toMatchObject({ ok: false, code: 'grace-out-of-range' });
  });

  it('accepts the longest grace, and judges the minor bar on the decision day', () => {
    expect(scheduleListing({ ...base, graceMonths: MAX_GRACE_MONTHS }).ok).toBe(true);
    // Eighteen on 2027-01-15: a minor on the decision day stays barred though an adult when the grace ends.
    const person = { kind: 'person' as const, birthDate: d('2009-01-15') };
    expect(scheduleListing({ ...base, debtor: person, decidedOn: d('2026-12-01'), graceMonths: 0 })).toMatchObject({
      ok: true,
      value: { allowed: false, reasons: ['debtor-is-minor'] },
    });
    expect(scheduleListing({ ...base, debtor: person, decidedOn: d('2026-12-01'), graceMonths: 2 })).toMatchObject({
      ok: true,
      value: { allowed: false, reasons: ['debtor-is-minor'], publishOn: '2027-02-01' },
    });
  });

  it('counts the term from publication', () => {
    expect(scheduleListing({ ...base, decidedOn: d('2026-12-01'), graceMonths: 2, extensionYears: 1 })).toMatchObject({
      ok: true,
      value: { publishOn: '2027-02-01', termYears: 3, endsOn: '2030-02-01' },
    });
  });

  it('passes on the listing rule’s own refusals', () => {
    expect(scheduleListing({ ...base, ground: 7 })).toMatchObject({ ok: false, code: 'unknown-ground' });
    expect(scheduleListing({ ...base, extensionYears: 4 })).toMatchObject({ ok: false, code: 'extension-out-of-range' });
  });
});

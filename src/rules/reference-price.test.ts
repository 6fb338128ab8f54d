import { describe, expect, it } from 'vitest';
import { localDate } from '../shared/dates.ts';
import { fen } from '../shared/money.ts';
import { appraisalDueOn, mayUseMethod, onlineInquiryPrice, referenceValidity } from './reference-price.ts';

describe('the methods in their legal order (第2条)', () => {
  it('starts with the parties’ negotiation, and each later method only after the earlier ones gave no price', () => {
    expect(mayUseMethod('negotiation', { tried: [] }).ok).toBe(true);
    const skipped = mayUseMethod('online-inquiry', { tried: [{ method: 'negotiation', priced: false }] });
    expect(skipped).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(!skipped.ok && skipped.detail).toContain('定向询价');
    expect(
      mayUseMethod('online-inquiry', {
        tried: [
          { method: 'negotiation', priced: false },
          { method: 'directed-inquiry', priced: false },
        ],
      }).ok,
    ).toBe(true);
  });

  it('goes straight to an appraisal the law requires or both parties ask for, and to a directed inquiry a party asks for', () => {
    expect(mayUseMethod('appraisal', { tried: [], appraisalRequired: true }).ok).toBe(true);
    expect(mayUseMethod('appraisal', { tried: [] }).ok).toBe(false);
    expect(mayUseMethod('directed-inquiry', { tried: [], directedRequested: true }).ok).toBe(true);
  });

  it('refuses any method once a price is fixed', () => {
    const r = mayUseMethod('appraisal', { tried: [{ method: 'negotiation', priced: true }], appraisalRequired: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.detail).toContain('当事人议价');
  });
});

describe('online inquiry (第13条)', () => {
  it('averages the valid results, leaving out an upheld challenge, rounding half a fen up', () => {
    const r = onlineInquiryPrice([
      { platform: 'A', price: fen(100_000_00) },
      { platform: 'B', price: fen(100_000_01) },
      { platform: 'C', price: fen(130_000_00), challengeUpheld: true },
    ]);
    expect(r).toEqual({ ok: true, value: 100_000_01n });
  });

  it('has no price when every result was successfully challenged', () => {
    expect(onlineInquiryPrice([{ platform: 'A', price: fen(1), challengeUpheld: true }])).toMatchObject({ ok: false });
    expect(onlineInquiryPrice([{ platform: 'A', price: fen(0) }])).toMatchObject({ ok: false, code: 'invalid-amount' });
  });
});

describe('the appraisal’s clock (第19条)', () => {
  it('is 30 days, extended at most twice by at most 15 days', () => {
    expect(appraisalDueOn(localDate('2026-03-01'))).toEqual({ ok: true, value: '2026-03-31' });
    expect(appraisalDueOn(localDate('2026-03-01'), [15, 10])).toEqual({ ok: true, value: '2026-04-25' });
    expect(appraisalDueOn(localDate('2026-03-01'), [15, 15, 1])).toMatchObject({ ok: false, code: 'extension-out-of-range' });
    expect(appraisalDueOn(localDate('2026-03-01'), [16])).toMatchObject({ ok: false, code: 'extension-out-of-range' });
  });
});

describe('how long a result holds (第27条)', () => {
  it('holds a year; a first notice within it and a sale within six months after it keep it usable', () => {
    const fixed = localDate('2026-02-28');
    expect(referenceValidity(fixed)).toEqual({ ok: true, value: { validUntil: '2027-02-28', stillUsable: null } });
    const inTime = referenceValidity(fixed, { firstNoticeOn: localDate('2027-02-28'), soldOn: localDate('2027-08-28') });
    expect(inTime).toMatchObject({ ok: true, value: { stillUsable: true } });
    const late = referenceValidity(fixed, { firstNoticeOn: localDate('2027-03-01') });
    expect(late).toMatchObject({ ok: true, value: { stillUsable: false } });
    const soldLate = referenceValidity(fixed, { firstNoticeOn: localDate('2026-06-01'), soldOn: localDate('2027-08-29') });
    expect(soldLate).toMatchObject({ ok: true, value: { stillUsable: false } });
    expect(referenceValidity(fixed, { firstNoticeOn: localDate('2026-01-01') })).toMatchObject({ ok: false, code: 'date-order-invalid' });
  });
});

import { describe, expect, it } from 'vitest';
import { localDate } from '../shared/dates.ts';
import { maxSeizureTerm, rule, type SeizureAssetKind } from './seizure-term.ts';

const d = localDate;
const term = (assetKind: SeizureAssetKind, start: string, requestedEnd?: string) =>
  maxSeizureTerm({
    assetKind,
    start: d(start),
    requestedEnd: requestedEnd === undefined ? undefined : d(requestedEnd),
  });

describe('民诉法解释 第485条: maximum seizure terms', () => {
  it('a deposit freeze effective 2026-03-09 may last until 2027-03-09 (1 year)', () => {
    expect(term('deposit', '2026-03-09')).toEqual({
      ok: true,
      value: { maxYears: 1, maxEnd: '2027-03-09', requestedEndAllowed: null },
    });
  });

  it('a movable 2 years, an immovable and another property right 3 years', () => {
    expect(term('movable', '2026-03-09')).toMatchObject({ value: { maxYears: 2, maxEnd: '2028-03-09' } });
    expect(term('immovable', '2026-03-09')).toMatchObject({ value: { maxYears: 3, maxEnd: '2029-03-09' } });
    expect(term('other-right', '2026-03-09')).toMatchObject({ value: { maxYears: 3, maxEnd: '2029-03-09' } });
  });

  it('民法典 第202条: from leap day 2024-02-29 the term ends on the month-end 2027-02-28', () => {
    expect(term('immovable', '2024-02-29')).toMatchObject({ value: { maxEnd: '2027-02-28' } });
  });

  it('the expiry is not moved off a holiday: 3 years from 2023-10-01 end on National Day 2026-10-01', () => {
    expect(term('immovable', '2023-10-01')).toMatchObject({ value: { maxEnd: '2026-10-01' } });
  });

  it('needs no holiday calendar, so terms reaching past 2026 are computed', () => {
    expect(term('immovable', '2026-12-31')).toMatchObject({ value: { maxEnd: '2029-12-31' } });
  });

  it('a requested end on the day before, the day of and the day after the maximum', () => {
    expect(term('deposit', '2026-03-09', '2027-03-08')).toMatchObject({ value: { requestedEndAllowed: true } });
    expect(term('deposit', '2026-03-09', '2027-03-09')).toMatchObject({ value: { requestedEndAllowed: true } });
    expect(term('deposit', '2026-03-09', '2027-03-10')).toMatchObject({ value: { requestedEndAllowed: false } });
  });

  it('a requested end not after the start is date-order-invalid', () => {
    expect(term('deposit', '2026-03-09', '2026-03-09')).toMatchObject({ ok: false, code: 'date-order-invalid' });
  });

  it('an unknown asset kind, even a prototype key, is unknown-asset-kind', () => {
    for (const kind of ['ship', 'constructor', 'toString']) {
      expect(term(kind as SeizureAssetKind, '2026-03-09')).toMatchObject({ ok: false, code: 'unknown-asset-kind' });
    }
  });
});

it('cites 民诉法解释 第485条', () => {
  expect(rule.citations[0]).toMatchObject({ article: '第485条', certainty: 'VERIFIED' });
});

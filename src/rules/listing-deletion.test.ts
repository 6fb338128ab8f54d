import { describe, expect, it } from 'vitest';
import { localDate as d } from '../shared/dates.ts';
import { defaultCalendar } from './calendar.ts';
import { deletionDueOn, deletionGroundNames, recordableGrounds, relistingBarredUntil, rule, termOverOn } from './listing-deletion.ts';

const due = (on: string) => deletionDueOn(d(on), defaultCalendar);

describe('失信名单规定(2017) 第10条: deletion within three working days', () => {
  it('a ground arising on Monday 2026-03-02 is deleted by Thursday 03-05 (the day itself not counted)', () => {
    expect(due('2026-03-02')).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('a Friday skips the weekend: 2026-03-06 → Wednesday 03-11', () => {
    expect(due('2026-03-06')).toEqual({ ok: true, value: '2026-03-11' });
  });

  it('counts working days only across 清明 2026 (04-04 to 04-06 off): Thursday 04-02 → Wednesday 04-08', () => {
    expect(due('2026-04-02')).toEqual({ ok: true, value: '2026-04-08' });
  });

  it('the seven grounds of 第1款 are recordable by hand; the end of a term (第2款) and credit restoration (第2条第2款) are not', () => {
    expect(recordableGrounds).toHaveLength(7);
    expect(recordableGrounds).not.toContain('term-expired');
    expect(recordableGrounds).not.toContain('corrected');
    expect(recordableGrounds).not.toContain('credit-restored');
    for (const g of recordableGrounds) expect(deletionGroundNames[g].article).toMatch(/^第10条第1款/);
    expect(deletionGroundNames.corrected.article).toBe('第11条');
    expect(deletionGroundNames['credit-restored']).toEqual({ label: '信用修复，提前删除失信信息', article: '第2条第2款' });
  });

  it('a term whose last day is 2028-12-03 is over from 2028-12-04, not before', () => {
    expect(termOverOn(d('2028-12-03'), d('2028-12-03'))).toBe(false);
    expect(termOverOn(d('2028-12-03'), d('2028-12-04'))).toBe(true);
  });
});

describe('第10条第3款: no relisting for six months after a deletion at the applicant’s request', () => {
  it('bars a relisting decided the day before the six months end, allows it on that day', () => {
    expect(relistingBarredUntil(d('2026-03-31'), d('2026-09-29'))).toEqual({ ok: true, value: '2026-09-30' });
    expect(relistingBarredUntil(d('2026-03-31'), d('2026-09-30'))).toEqual({ ok: true, value: null });
  });

  it('a month without the matching day ends the bar on its last day (民法典 第202条): 08-31 → 02-28', () => {
    expect(relistingBarredUntil(d('2026-08-31'), d('2027-02-27'))).toEqual({ ok: true, value: '2027-02-28' });
  });

  it('the number of months is the court’s setting: 0 turns the bar off, a negative or absurd one is refused', () => {
    expect(relistingBarredUntil(d('2026-03-31'), d('2026-04-01'), 0)).toEqual({ ok: true, value: null });
    expect(relistingBarredUntil(d('2026-03-31'), d('2026-04-01'), -1)).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(relistingBarredUntil(d('2026-03-31'), d('2026-04-01'), 25)).toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('marks the six months as UNSURE: the wording was cut off in the sources found', () => {
    expect(rule.citations.find((c) => c.article === '第10条第3款')?.certainty).toBe('UNSURE');
  });
});

import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import type { CalculatorContext } from './calculator.types.ts';
import { calculator } from './period.ts';

const ctx: CalculatorContext = { resolveCourt: () => undefined };
const run = (input: unknown) => runCalculator(calculator, input, ctx);

describe('period calculator', () => {
  it('民事诉讼法 第85条: 15 days from 2026-03-06 end on Saturday and move to Monday 03-23', () => {
    const r = run({ start: '2026-03-06', length: 15, unit: 'day' });
    expect(r).toMatchObject({ ok: true, value: { end: '2026-03-23', shifted: true, nominalEnd: '2026-03-21' } });
    if (r.ok) expect(r.value.basis).toContainEqual(expect.objectContaining({ article: '第85条' }));
  });

  it('counts workdays and months', () => {
    expect(run({ start: '2026-09-30', length: 3, unit: 'workday' })).toMatchObject({ value: { end: '2026-10-10' } });
    expect(run({ start: '2026-01-31', length: 1, unit: 'month' })).toMatchObject({ value: { end: '2026-02-28' } });
  });

  it('marks a result resting on 2027 (no published arrangement) as provisional, with the reason and the 放假办法 as basis', () => {
    const r = run({ start: '2026-12-25', length: 15, unit: 'day' });
    expect(r).toMatchObject({ ok: true, value: { end: '2027-01-11', nominalEnd: '2027-01-09', provisional: { years: [2027] } } });
    if (r.ok) {
      expect((r.value.provisional as { reason: string }).reason).toContain('2027 年的放假安排国务院尚未公布');
      expect(r.value.basis).toContainEqual(expect.objectContaining({ source: '《全国年节及纪念日放假办法》' }));
    }
    expect(run({ start: '2026-03-06', length: 15, unit: 'day' })).toMatchObject({ ok: true, value: { provisional: null } });
  });

  it.each([
    ['a non-object body', [], 'validation-failed'],
    ['a bad start', { start: '2026-13-01', length: 1, unit: 'day' }, 'validation-failed'],
    ['a text length', { start: '2026-03-01', length: '15', unit: 'day' }, 'validation-failed'],
    ['a zero length', { start: '2026-03-01', length: 0, unit: 'day' }, 'validation-failed'],
    ['an unknown unit', { start: '2026-03-01', length: 1, unit: 'week' }, 'validation-failed'],
  ])('rejects %s', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});

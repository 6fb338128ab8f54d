import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import { calculator } from './delay-interest.ts';
import type { CalculatorContext } from './calculator.types.ts';

const ctx: CalculatorContext = { resolveCourt: () => undefined };
const run = (input: unknown) => runCalculator(calculator, input, ctx);

describe('delay-interest calculator', () => {
  it('answers ¥100,000.00 late from 2026-01-01 to 2026-04-01 with "1575.00" and its basis', () => {
    const r = run({ debt: '100000.00', deadline: '2026-01-01', payments: [], until: '2026-04-01' });
    expect(r).toMatchObject({
      ok: true,
      value: {
        doubledInterest: '1575.00',
        segments: [{ amount: '100000.00', from: '2026-01-01', to: '2026-04-01', days: 90, interest: '1575.00' }],
        outstanding: '101575.00',
        stillAccruing: false,
        dayCount: 'exclusive',
      },
    });
    if (!r.ok) return;
    expect(r.value.basis).toContainEqual({
      source: '《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》',
      version: '法释〔2014〕8号（2014-08-01施行）',
      article: '第1条',
    });
  });

  it('takes part payments, excluded periods and the inclusive day count', () => {
    const r = run({
      debt: '100000',
      deadline: '2026-01-01',
      payments: [{ on: '2026-02-01', amount: '40000.00' }],
      excluded: [{ from: '2026-01-10', to: '2026-01-10' }],
      dayCount: 'inclusive',
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        segments: [{ amount: '40000.00', days: 31, interest: '217.00' }],
        debtOutstanding: '60000.00',
        interestOutstanding: '217.00',
        outstanding: '60217.00',
        stillAccruing: true,
      },
    });
  });

  it.each([
    ['a non-object body', 'x', 'validation-failed'],
    ['a number for debt', { debt: 100, deadline: '2026-01-01' }, 'validation-failed'],
    ['a negative debt', { debt: '-1.00', deadline: '2026-01-01' }, 'validation-failed'],
    ['three decimals', { debt: '1.001', deadline: '2026-01-01' }, 'validation-failed'],
    ['an impossible date', { debt: '1.00', deadline: '2026-02-30' }, 'validation-failed'],
    ['a bad until', { debt: '1.00', deadline: '2026-01-01', until: '01/02/2026' }, 'validation-failed'],
    ['an unknown day count', { debt: '1.00', deadline: '2026-01-01', dayCount: 'both' }, 'validation-failed'],
    ['payments not a list', { debt: '1.00', deadline: '2026-01-01', payments: {} }, 'validation-failed'],
    ['a payment without amount', { debt: '1.00', deadline: '2026-01-01', payments: [{ on: '2026-01-02' }] }, 'validation-failed'],
    ['an excluded period missing `to`', { debt: '1.00', deadline: '2026-01-01', excluded: [{ from: '2026-01-02' }] }, 'validation-failed'],
    ['until before the deadline', { debt: '1.00', deadline: '2026-01-01', until: '2025-12-31' }, 'until-before-deadline'],
    ['an overpayment', { debt: '1.00', deadline: '2026-01-01', payments: [{ on: '2026-01-01', amount: '1.01' }] }, 'overpayment'],
  ])('rejects %s with a 422 code', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});

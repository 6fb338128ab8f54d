import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import type { CalculatorContext } from './calculator.types.ts';
import { calculator } from './payout-deadline.ts';

const ctx: CalculatorContext = { resolveCourt: () => undefined };
const run = (input: unknown) => runCalculator(calculator, input, ctx);

describe('payout-deadline calculator', () => {
  it('money notified on 2026-03-05 must be paid by 04-07 (the 30th day, 清明, moves on)', () => {
    const r = run({ arrivedOn: '2026-03-05' });
    expect(r).toMatchObject({ ok: true, value: { payBy: '2026-04-07', days: 30, shifted: true } });
    if (r.ok) expect(r.value.basis).toContainEqual(expect.objectContaining({ version: '法发〔2017〕6号' }));
  });

  it('takes a shorter configured number of days', () => {
    expect(run({ arrivedOn: '2026-03-02', days: 5 })).toMatchObject({ value: { payBy: '2026-03-09', days: 5 } });
  });

  it.each([
    ['a non-object body', 1, 'validation-failed'],
    ['a bad date', { arrivedOn: '2026-02-29' }, 'validation-failed'],
    ['text days', { arrivedOn: '2026-03-02', days: '5' }, 'validation-failed'],
    ['too many days', { arrivedOn: '2026-03-02', days: 31 }, 'validation-failed'],
  ])('rejects %s', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});

import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import type { CalculatorContext } from './calculator.types.ts';
import { calculator } from './seizure-term.ts';

const ctx: CalculatorContext = { resolveCourt: () => undefined };
const run = (input: unknown) => runCalculator(calculator, input, ctx);

describe('seizure-term calculator', () => {
  it('民诉法解释 第485条: an immovable seized on 2026-03-09 may stay seized until 2029-03-09', () => {
    const r = run({ assetKind: 'immovable', start: '2026-03-09' });
    expect(r).toMatchObject({ ok: true, value: { maxEnd: '2029-03-09', maxYears: 3, requestedEndAllowed: null } });
    if (r.ok) expect(r.value.basis).toContainEqual(expect.objectContaining({ article: '第485条' }));
  });

  it('checks a requested end against the maximum', () => {
    expect(run({ assetKind: 'deposit', start: '2026-03-09', requestedEnd: '2027-03-10' })).toMatchObject({
      value: { maxEnd: '2027-03-09', requestedEndAllowed: false },
    });
  });

  it.each([
    ['a non-object body', 'deposit', 'validation-failed'],
    ['an unknown asset kind', { assetKind: 'ship', start: '2026-03-09' }, 'validation-failed'],
    ['a bad start', { assetKind: 'deposit', start: '09/03/2026' }, 'validation-failed'],
    ['a bad requested end', { assetKind: 'deposit', start: '2026-03-09', requestedEnd: 'soon' }, 'validation-failed'],
  ])('rejects %s', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});

import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import { calculator } from './distribution.ts';
import type { CalculatorContext } from './calculator.types.ts';

const ctx: CalculatorContext = { resolveCourt: () => undefined };
const run = (input: unknown) => runCalculator(calculator, input, ctx);

describe('distribution calculator', () => {
  it('distributes ¥100.00 in yuan strings with its basis', () => {
    const r = run({
      proceeds: '100.00',
      costs: '10.00',
      debtorKind: 'person',
      claims: [
        { id: 'bank', amount: '30.00', priority: 1 },
        { id: 'A', amount: '40.00' },
        { id: 'B', amount: '80.00' },
      ],
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        costsPaid: '10.00',
        allocations: [
          { id: 'bank', amount: '30.00', stage: 'priority', shortfall: '0.00' },
          { id: 'A', amount: '20.00', stage: 'ordinary', shortfall: '20.00' },
          { id: 'B', amount: '40.00', stage: 'ordinary', shortfall: '40.00' },
        ],
        remainder: '0.00',
      },
    });
    if (r.ok) expect(r.value.basis).toContainEqual(expect.objectContaining({ article: '第508条' }));
  });

  it('accepts priority: true as a priority claim of the first rank, the same as priority: 1', () => {
    const claims = (priority: unknown) => [
      { id: 'bank', amount: '30.00', priority },
      { id: 'A', amount: '40.00', priority: false },
    ];
    const input = (priority: unknown) => ({ proceeds: '50.00', costs: '0.00', debtorKind: 'person', claims: claims(priority) });
    const byBoolean = run(input(true));
    expect(byBoolean).toMatchObject({
      ok: true,
      value: {
        allocations: [
          { id: 'bank', amount: '30.00', stage: 'priority' },
          { id: 'A', amount: '20.00', stage: 'ordinary' },
        ],
      },
    });
    expect(byBoolean).toEqual(run(input(1)));
    expect(run(input('yes'))).toMatchObject({ ok: false, code: 'validation-failed' });
  });

  it('pays an enterprise debtor’s ordinary claims in seizure order', () => {
    const r = run({
      proceeds: '60.00',
      costs: '0.00',
      debtorKind: 'enterprise',
      claims: [
        { id: 'late', amount: '50.00', seizureRank: 2 },
        { id: 'first', amount: '50.00', seizureRank: 1 },
      ],
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        allocations: [
          { id: 'late', amount: '10.00' },
          { id: 'first', amount: '50.00' },
        ],
      },
    });
  });

  it.each([
    ['a non-object body', null, 'validation-failed'],
    ['missing costs', { proceeds: '1.00', debtorKind: 'person', claims: [] }, 'validation-failed'],
    ['an unknown debtor kind', { proceeds: '1.00', costs: '0', debtorKind: 'bank', claims: [] }, 'validation-failed'],
    ['claims not a list', { proceeds: '1.00', costs: '0', debtorKind: 'person' }, 'validation-failed'],
    ['a claim without id', { proceeds: '1.00', costs: '0', debtorKind: 'person', claims: [{ amount: '1.00' }] }, 'validation-failed'],
    [
      'a text priority',
      { proceeds: '1.00', costs: '0', debtorKind: 'person', claims: [{ id: 'A', amount: '1.00', priority: '1' }] },
      'validation-failed',
    ],
    [
      'an enterprise claim without seizure rank',
      { proceeds: '1.00', costs: '0', debtorKind: 'enterprise', claims: [{ id: 'A', amount: '1.00' }] },
      'seizure-rank-missing',
    ],
  ])('rejects %s with a 422 code', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});

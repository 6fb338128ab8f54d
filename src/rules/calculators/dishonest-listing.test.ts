import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import { calculator } from './dishonest-listing.ts';
import type { CalculatorContext } from './calculator.types.ts';

const ctx: CalculatorContext = { resolveCourt: () => undefined };
const run = (input: unknown) => runCalculator(calculator, input, ctx);
const base = { ground: 2, debtor: { kind: 'person', birthDate: '1980-05-05' }, debt: '10000.00', listedOn: '2026-03-01' };

describe('dishonest-listing calculator', () => {
  it('allows a ground-2 listing until 2028-03-01, with its basis', () => {
    const r = run({ ...base, asOf: '2028-03-02' });
    expect(r).toMatchObject({ ok: true, value: { allowed: true, reasons: [], termYears: 2, endsOn: '2028-03-01', inForce: false } });
    if (r.ok) expect(r.value.basis).toContainEqual(expect.objectContaining({ article: '第4条' }));
  });

  it('explains a refusal with codes and Chinese labels', () => {
    const r = run({ ...base, ground: 1, debtor: { kind: 'person', birthDate: '2008-03-02' }, seizedValue: '10000.00' });
    expect(r).toMatchObject({
      ok: true,
      value: {
        allowed: false,
        reasons: ['debtor-is-minor', 'seized-property-covers-debt'],
        reasonDetails: [
          { code: 'debtor-is-minor', article: '第4条' },
          { code: 'seized-property-covers-debt', label: '已查封、扣押、冻结的财产足以清偿债务' },
        ],
        endsOn: null,
        inForce: null,
      },
    });
  });

  it('holds back a person without a birth date', () => {
    expect(run({ ...base, debtor: { kind: 'person' } })).toMatchObject({ ok: true, value: { allowed: false, reasons: ['age-unknown'] } });
  });

  it.each([
    ['a non-object body', 'x', 'validation-failed'],
    ['a text ground', { ...base, ground: '2' }, 'validation-failed'],
    ['ground 7', { ...base, ground: 7 }, 'validation-failed'],
    ['an unknown debtor kind', { ...base, debtor: { kind: 'state' } }, 'validation-failed'],
    ['a bad birth date', { ...base, debtor: { kind: 'person', birthDate: '1980-02-30' } }, 'validation-failed'],
    ['a missing debt', { ...base, debt: undefined }, 'validation-failed'],
    ['a bad security value', { ...base, secured: '1,000' }, 'validation-failed'],
    ['a missing listing date', { ...base, listedOn: undefined }, 'validation-failed'],
    ['a four-year extension', { ...base, extensionYears: 4 }, 'validation-failed'],
    ['a text extension', { ...base, extensionYears: '1' }, 'validation-failed'],
  ])('rejects %s with a 422 code', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});

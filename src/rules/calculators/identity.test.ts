import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import type { CalculatorContext } from './calculator.types.ts';
import { calculator } from './identity.ts';

const ctx: CalculatorContext = { resolveCourt: () => undefined };
const run = (input: unknown) => runCalculator(calculator, input, ctx);

describe('identity calculator', () => {
  it('checks a resident ID and decodes birth date, sex and region', () => {
    const r = run({ value: '11010519491231002X' });
    expect(r).toEqual({
      ok: true,
      value: {
        valid: true,
        kind: 'resident-id',
        errors: [],
        warnings: [],
        normalized: '11010519491231002X',
        birthDate: '1949-12-31',
        sex: 'female',
        regionCode: '110105',
        registrationAuthority: null,
        organisationType: null,
        basis: expect.arrayContaining([expect.objectContaining({ version: 'GB 11643-1999' })]),
      },
    });
  });

  it('checks a credit code and decodes authority, organisation type and region', () => {
    expect(run({ value: '91440300708461136T' })).toMatchObject({
      ok: true,
      value: {
        valid: true,
        kind: 'credit-code',
        registrationAuthority: { code: '9' },
        organisationType: { code: '1', name: '企业' },
        regionCode: '440300',
        birthDate: null,
        sex: null,
      },
    });
  });

  it('answers invalid with error codes, and refuses a birth date after asOf', () => {
    expect(run({ value: '110105194912310021' })).toMatchObject({
      value: { valid: false, errors: ['checksum-mismatch'] },
    });
    expect(run({ value: '11010519491231002X', asOf: '1949-12-30' })).toMatchObject({
      value: { valid: false, errors: ['bad-birth-date'] },
    });
    expect(run({ value: 'hello' })).toMatchObject({ value: { valid: false, kind: 'unknown', errors: ['bad-length'] } });
  });

  it.each([
    ['a non-object body', null, 'validation-failed'],
    ['a number', { value: 110105 }, 'validation-failed'],
    ['a bad asOf', { value: '11010519491231002X', asOf: '2026-02-30' }, 'validation-failed'],
  ])('rejects %s', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});

import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import type { CalculatorContext } from './calculator.types.ts';
import { calculator } from './case-number.ts';

const courts: Record<string, { name: string; level: string }> = {
  粤0703: { name: '广东省江门市蓬江区人民法院', level: 'basic' },
};
const ctx: CalculatorContext = { courtByCode: (code) => courts[code] };
const run = (input: unknown) => runCalculator(calculator, input, ctx);

describe('case-number calculator', () => {
  it('parses （2026）粤0703执123号 and names the court from the registry, with its basis', () => {
    const r = run({ caseNumber: '（2026）粤0703执123号' });
    expect(r).toMatchObject({
      ok: true,
      value: {
        valid: true,
        errors: [],
        year: 2026,
        courtCode: '粤0703',
        court: { name: '广东省江门市蓬江区人民法院', level: 'basic' },
        specialCode: null,
        typeCode: '执',
        typeName: '首次执行案件',
        category: 'implementation',
        serial: 123,
        legacy: false,
      },
    });
    if (r.ok) expect(r.value.basis).toContainEqual(expect.objectContaining({ version: expect.stringContaining('法〔2015〕137号') }));
  });

  it('answers court: null for a code the registry does not know', () => {
    expect(run({ caseNumber: '（2026）粤0799执1号' })).toMatchObject({ ok: true, value: { valid: true, court: null } });
  });

  it('answers valid: false with unknown-type-code for 民终', () => {
    expect(run({ caseNumber: '（2026）粤0703民终1号' })).toMatchObject({
      ok: true,
      value: { valid: false, errors: ['unknown-type-code'] },
    });
  });

  it('answers valid and legacy for （2015）杭下执民字第2741号, without a court lookup', () => {
    expect(run({ caseNumber: '（2015）杭下执民字第2741号' })).toMatchObject({
      ok: true,
      value: { valid: true, legacy: true, court: null, courtCode: '杭下' },
    });
  });

  it.each([
    ['a non-object body', 'x', 'validation-failed'],
    ['a number', { caseNumber: 123 }, 'validation-failed'],
    ['an overlong text', { caseNumber: '执'.repeat(101) }, 'validation-failed'],
  ])('rejects %s', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});

import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import type { CalculatorContext } from './calculator.types.ts';
import { calculator } from './case-number.ts';

const courts: Record<string, { name: string; level: string; parentCode: string }> = {
  粤0703: { name: '广东省江门市蓬江区人民法院', level: 'basic', parentCode: '粤07' },
  陕0118: { name: '陕西省西安市鄠邑区人民法院', level: 'basic', parentCode: '陕01' },
};
// Resolves like the real directory: current codes, and the former code 陕0125 (户县, until 2018).
const ctx: CalculatorContext = {
  resolveCourt: (code, year) => {
    const c = courts[code];
    if (c) return { code, ...c, former: null };
    if (code !== '陕0125') return undefined;
    return {
      code: '陕0118',
      ...courts['陕0118']!,
      former: { code, name: '户县人民法院', until: '2018-12-31', inUse: (year ?? 0) <= 2018 },
    };
  },
};
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
        court: { code: '粤0703', name: '广东省江门市蓬江区人民法院', level: 'basic', parentCode: '粤07' },
        formerCode: null,
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

  it('answers a civil judgment number （2024）粤0703民初5号 as valid, category civil, not enforcement', () => {
    expect(run({ caseNumber: '（2024）粤0703民初5号' })).toMatchObject({
      ok: true,
      value: { valid: true, category: 'civil', categoryName: '民事', enforcement: false },
    });
  });

  it('answers valid: false with unknown-type-code for 执请, explained in Chinese', () => {
    expect(run({ caseNumber: '（2026）粤0703执请1号' })).toMatchObject({
      ok: true,
      value: {
        valid: false,
        errors: ['unknown-type-code'],
        errorDetails: [{ code: 'unknown-type-code', message: '类型代字不在《人民法院案件类型及其代字标准》中' }],
      },
    });
  });

  it('reports a former code: （2016）陕0125民初12号 is 户县, now 陕0118 鄠邑区', () => {
    expect(run({ caseNumber: '（2016）陕0125民初12号' })).toMatchObject({
      ok: true,
      value: {
        courtCode: '陕0125',
        court: { code: '陕0118', name: '陕西省西安市鄠邑区人民法院' },
        formerCode: { code: '陕0125', name: '户县人民法院', inUse: true },
      },
    });
  });

  it('returns the suffix and the underlying number of （2020）豫0192执2437号之一', () => {
    expect(run({ caseNumber: '（2020）豫0192执2437号之一' })).toMatchObject({
      ok: true,
      value: { valid: true, suffix: '之一', underlying: '（2020）豫0192执2437号', enforcement: true },
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

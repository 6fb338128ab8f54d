import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { creditCodeProblem, residentIdProblem } from '../../web/src/lib/identity.ts';
import { formatMoney, toYuan } from '../../web/src/lib/money.ts';
import { fieldPath } from '../../web/src/features/cases/filing-form.ts';
import { groupBasis } from '../../web/src/features/rules/BasisList.tsx';
import { makeCreditCode, makeResidentId, validateCreditCode, validateResidentId } from '../../src/rules/identity.ts';
import type { LocalDate } from '../../src/shared/dates.ts';

// The web app's own small helpers. They run here, beside the browser tests, because the unit
// configuration covers src/ and test/ outside test/browser/ only.
describe("the filing form's identity checks agree with the server's", () => {
  it('accepts every resident ID the server would accept', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 999 }), (days, seq) => {
        const birth = new Date(Date.UTC(1950, 0, 1) + days * 86_400_000).toISOString().slice(0, 10) as LocalDate;
        const id = makeResidentId('440703', birth, seq);
        expect(validateResidentId(id).valid).toBe(true);
        expect(residentIdProblem(id)).toBeNull();
      }),
    );
  });

  it('refuses a resident ID whose check digit was changed, naming the check digit', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('11010519491231002x')).toBeNull();
    expect(residentIdProblem('110105194912310021')).toBe('身份证号码校验位不正确');
    expect(residentIdProblem('11010519491231002')).toBe('身份证号码应为18位');
    expect(residentIdProblem('110105194902301234')).toBe('身份证号码中的出生日期不正确');
  });

  it('accepts every credit code the server would accept and refuses one with a changed check character', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-HJ-NP-RTUW-Y]{8}$/), (subject) => {
        const code = makeCreditCode({ authority: '9', organisationType: '1', region: '440703', subject });
        expect(validateCreditCode(code).valid).toBe(true);
        expect(creditCodeProblem(code)).toBeNull();
        const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
        expect(creditCodeProblem(wrong)).toMatch(/^统一社会信用代码格式不正确/);
      }),
    );
    expect(creditCodeProblem('91440703MA4UX3K7QI')).toBe('统一社会信用代码格式不正确');
  });
});

describe('money as text', () => {
  it('shows yuan with a ¥ sign, thousand separators and two decimals', () => {
    expect(formatMoney('1234.56')).toBe('¥1,234.56');
    expect(formatMoney('120000.00')).toBe('¥120,000.00');
    expect(formatMoney('1234567')).toBe('¥1,234,567.00');
    expect(formatMoney('0.5')).toBe('¥0.50');
    expect(formatMoney('999')).toBe('¥999.00');
  });

  it('sends typed amounts with two decimals', () => {
    expect(toYuan('120000')).toBe('120000.00');
    expect(toYuan('1575.5')).toBe('1575.50');
    expect(toYuan('007.25')).toBe('7.25');
  });
});

describe("the server's field paths and the legal basis", () => {
  it("turns 'debtors[0].idNumber' into the form's field name", () => {
    expect(fieldPath('debtors[0].idNumber')).toEqual(['debtors', 0, 'idNumber']);
    expect(fieldPath('title.performanceDeadline')).toEqual(['title', 'performanceDeadline']);
    expect(fieldPath('title.obligations[1].amount')).toEqual(['title', 'obligations', 1, 'amount']);
  });

  it('cites articles of one source and version together, in their order', () => {
    const law = { source: '《中华人民共和国民事诉讼法》', version: '2023年修正' };
    expect(
      groupBasis([
        { ...law, article: '第264条' },
        { source: '《解释》', version: '2014', article: '第1条' },
        { ...law, article: '第85条' },
      ]),
    ).toEqual([
      { ...law, articles: ['第264条', '第85条'] },
      { source: '《解释》', version: '2014', articles: ['第1条'] },
    ]);
  });
});

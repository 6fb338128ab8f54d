import { describe, expect, it } from 'vitest';
import { creditCodeProblem, residentIdProblem } from '../../web/src/features/cases/identity-hints.ts';
import { formatMoney, toYuan } from '../../web/src/lib/money.ts';
import { fieldPath } from '../../web/src/features/cases/filing-form.ts';
import { groupBasis } from '../../web/src/features/rules/BasisList.tsx';

// The web app's own small helpers. They run here, beside the browser tests, because the unit
// configuration covers src/ and test/ outside test/browser/ only.
describe("the filing form's words for the server's identity rule", () => {
  it('names what is wrong with a resident ID in Chinese', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('11010519491231002x')).toBeNull();
    expect(residentIdProblem('１１０１０５１９４９１２３１００２Ｘ')).toBeNull();
    expect(residentIdProblem('110105194912310021')).toBe('身份证号码校验位不正确');
    expect(residentIdProblem('11010519491231002')).toBe('身份证号码应为18位');
    expect(residentIdProblem('110105194902301234')).toBe('身份证号码中的出生日期不正确');
    expect(residentIdProblem('110105491231002')).toBe('15位旧身份证号码须换为18位号码');
  });

  it('names what is wrong with a credit code in Chinese', () => {
    expect(creditCodeProblem('91440703MA4UX3K74M')).toBeNull();
    expect(creditCodeProblem('91440703MA4UX3K74N')).toBe('统一社会信用代码格式不正确（校验位不符）');
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

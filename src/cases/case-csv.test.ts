import { describe, expect, it } from 'vitest';
import { csvCannotRepresent, csvKeyOf, neutraliseCell, restoreCell, type ExportRow } from './case-csv.ts';

const base: ExportRow = {
  caseNumber: '（2026）粤0703执1号',
  courtCode: '粤0703',
  type: 'first',
  filedOn: '2026-11-20',
  claimAmount: '100.00',
  status: 'filed',
  title: {
    documentNumber: '（2026）粤0703民初1号',
    issuer: '广东省江门市蓬江区人民法院',
    effectiveOn: '2026-10-09',
    performanceDeadline: null,
    obligations: [{ kind: 'money', amount: '100.00', description: '给付借款' }],
  },
  applicants: [{ kind: 'person', name: '甲', idNumber: '11010519491231002X' }],
  debtors: [{ kind: 'organization', name: '乙公司', creditCode: '91440703MA4X0001XX', legalRepresentative: '丙' }],
};

describe('what one CSV row can hold', () => {
  it('holds a case with one money and one act obligation, parties, a 承办人 and a 原案', () => {
    const act = { kind: 'act', description: '赔礼道歉' };
    expect(
      csvCannotRepresent({ ...base, title: { ...base.title, obligations: [...base.title.obligations, act] }, officer: 'judge' }),
    ).toBeNull();
  });

  it.each([
    ['a third party', { thirdParties: [{ kind: 'person', name: '丁', idNumber: '11010519491231002X' }] }, '第三人'],
    [
      'two money obligations',
      { title: { ...base.title, obligations: [...base.title.obligations, ...base.title.obligations] } },
      '多项义务',
    ],
    [
      'an act before the money (the columns would reorder them)',
      { title: { ...base.title, obligations: [{ kind: 'act', description: 'x' }, ...base.title.obligations] } },
      '多项义务',
    ],
    ['a name with the list separator', { applicants: [{ kind: 'person', name: '甲；乙', idNumber: '11010519491231002X' }] }, '分号'],
    ['a line break (one record is one line)', { closure: { mode: 'cancelled', closedOn: '2026-11-25', reason: '第一行\n第二行' } }, '换行'],
  ])('does not hold %s', (_what, change, reason) => {
    expect(csvCannotRepresent({ ...base, ...change })).toContain(reason);
  });
});

describe('spreadsheet formulas in cells', () => {
  it.each(['=1+1', '+86', '-5', '@SUM(A1)', "'quoted", "'=already"])('neutralises %j with an apostrophe, and restores it', (v) => {
    expect(neutraliseCell(v).startsWith("'")).toBe(true);
    expect(restoreCell(neutraliseCell(v))).toBe(v);
  });
  it('leaves other cells as they are', () => {
    expect(neutraliseCell('张三')).toBe('张三');
    expect(restoreCell("O'Brien")).toBe("O'Brien");
  });
});

describe('CSV headers', () => {
  it('are read in Chinese or in English', () => {
    expect(csvKeyOf('案号')).toBe('caseNumber');
    expect(csvKeyOf(' caseNumber ')).toBe('caseNumber');
    expect(csvKeyOf('承办人（用户名）')).toBe('officer');
    expect(csvKeyOf('备注')).toBeNull();
  });
});

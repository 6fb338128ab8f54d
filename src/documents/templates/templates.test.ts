import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/dates.ts';
import type { Block } from '../docx.ts';
import { assetReportOrder } from './asset-report-order.ts';
import { enforcementNotice, type EnforcementNoticeData } from './enforcement-notice.ts';
import { chineseDate, ordinal, partyLine, type InstrumentParty } from './wording.ts';

const textOf = (blocks: readonly Block[]) =>
  blocks.map((b) => ('text' in b ? b.text : 'lines' in b ? b.lines.join('\n') : 'rows' in b ? b.rows.flat().join(' ') : '')).join('\n');

const person = { kind: 'person' as const, name: '陈小红', idNumber: '440703198003151234' };
const firm = {
  kind: 'organization' as const,
  name: '江门市恒泰建材有限公司',
  creditCode: '91440703MA4UJ5XB2K',
  legalRepresentative: '梁国强',
};
const notice = (obligations: EnforcementNoticeData['title']['obligations'], addressee: InstrumentParty = firm): string =>
  textOf(
    enforcementNotice.build({
      court: '广东省江门市蓬江区人民法院',
      caseNumber: '（2026）粤0703执123号',
      filedOn: localDate('2026-11-20'),
      issuedOn: localDate('2026-11-26'),
      applicants: [person],
      debtors: [firm, { kind: 'person', name: '梁国强', idNumber: '440703197501011234' }],
      addressee,
      title: {
        issuer: '广东省江门市蓬江区人民法院',
        documentNumber: '（2026）粤0703民初1234号',
        effectiveOn: localDate('2026-10-09'),
        obligations,
      },
      withAssetReportOrder: true,
      officer: '李明',
    }).blocks,
  );

describe('the wording of instruments', () => {
  it('writes the date of an instrument in Chinese numerals', () => {
    expect(chineseDate(localDate('2026-11-26'))).toBe('二〇二六年十一月二十六日');
    expect(chineseDate(localDate('2026-10-10'))).toBe('二〇二六年十月十日');
    expect(chineseDate(localDate('2030-01-01'))).toBe('二〇三〇年一月一日');
    expect(chineseDate(localDate('2026-12-30'))).toBe('二〇二六年十二月三十日');
  });

  it('numbers items 一 to 二十 and names a party with its identity number or credit code', () => {
    expect([1, 9, 10, 11, 20].map(ordinal)).toEqual(['一', '九', '十', '十一', '二十']);
    expect(partyLine(person)).toBe('陈小红，公民身份号码440703198003151234');
    expect(partyLine(firm)).toBe('江门市恒泰建材有限公司，统一社会信用代码91440703MA4UJ5XB2K，法定代表人梁国强');
  });
});

describe('执行通知书 (民诉法 第251条, 第264条; 民诉法解释 第480条; 执行工作规定 第22条)', () => {
  it('orders the addressee to perform each obligation and warns of doubled interest on money', () => {
    const t = notice([{ kind: 'money', description: '给付借款本金', amount: '120000.00' }]);
    expect(t).toContain('江门市恒泰建材有限公司：');
    expect(t).toContain('申请执行人陈小红与被执行人江门市恒泰建材有限公司、梁国强一案');
    expect(t).toContain('本院于2026年11月20日立案执行');
    expect(t).toContain('责令你单位自收到本通知之日起立即履行');
    expect(t).toContain('一、给付借款本金，金额人民币120000.00元。');
    expect(t).toContain('加倍支付迟延履行期间的债务利息');
    expect(t).not.toContain('迟延履行金');
    expect(t).toContain('纳入失信被执行人名单');
    expect(t).toContain('十日内向本院提出');
    expect(t).toContain('二〇二六年十一月二十六日');
  });

  it('warns of 迟延履行金 for an act, and of both when the title orders both; a person is addressed as 你', () => {
    const act = notice([{ kind: 'act', description: '交付位于江门市蓬江区的房屋' }], { ...person, name: '梁国强' });
    expect(act).toContain('应当支付迟延履行金');
    expect(act).not.toContain('债务利息');
    expect(act).toContain('责令你自收到本通知之日起');
    const both = notice([
      { kind: 'money', description: '给付货款', amount: '5000.00' },
      { kind: 'act', description: '返还设备' },
    ]);
    expect(both).toContain('一、给付货款，金额人民币5000.00元；');
    expect(both).toContain('二、返还设备。');
    expect(both).toContain('债务利息；未按判决、裁定和其他法律文书指定的期间履行其他义务的，应当支付迟延履行金');
  });
});

describe('报告财产令 (财产调查规定 第4–11条; 民诉法 第118条)', () => {
  const order = (addressee: InstrumentParty, days = 5) =>
    textOf(
      assetReportOrder.build({
        court: '广东省江门市蓬江区人民法院',
        caseNumber: '（2026）粤0703执123号',
        issuedOn: localDate('2026-11-26'),
        applicants: [person],
        debtors: [firm],
        addressee,
        reportingDays: days,
      }).blocks,
    );

  it('states the deadline, the scope, the period since one year before the notice, supplements within 10 days and the consequences', () => {
    const t = order(firm, 7);
    expect(t).toContain('被执行人：江门市恒泰建材有限公司，统一社会信用代码91440703MA4UJ5XB2K，法定代表人梁国强。');
    expect(t).toContain('自收到本令之日起7日内');
    expect(t).toContain('收入、银行存款、现金、理财产品、有价证券');
    expect(t).toContain('登记在第三人名下的，也应当一并报告');
    expect(t).toContain('自收到执行通知之日前一年至提交书面财产报告之日');
    expect(t).toContain('应当自财产变动之日起10日内向本院补充报告');
    expect(t).toContain('终结本次执行程序后，仍应当履行补充报告义务');
    expect(t).toContain('对个人的罚款金额为人民币10万元以下，对单位的罚款金额为人民币5万元以上100万元以下，拘留的期限为15日以下');
    expect(t).toContain('你单位或者你单位的主要负责人、直接责任人员');
    expect(t).toContain('纳入失信被执行人名单');
    expect(t).toContain('财产调查表');
  });

  it("holds a person, not a unit's officers, liable when the debtor is a person", () => {
    const t = order(person);
    expect(t).toContain('本院将根据情节轻重对你予以罚款、拘留');
    expect(t).not.toContain('主要负责人');
  });
});

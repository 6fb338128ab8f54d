import type { LocalDate } from '../../shared/dates.ts';
import { FINE_LIMITS, REPORT_LOOKBACK_YEARS, SUPPLEMENT_DAYS } from '../../rules/asset-report-order.ts';
import type { Block } from '../docx.ts';
import type { Template } from './template.ts';
import { chineseDate, names, ordinal, partyLine, you, type InstrumentParty } from './wording.ts';

// 报告财产令 with its 财产调查表. It states what 财产调查规定 第4条 requires: the reporting
// deadline, the scope (第5条) and period (第6条: from one year before the notice), supplementary
// reports within 10 days of a change (第7条, also after 终本: 第11条), and the consequences of
// breach (第9–10条 with 民诉法 第118条's limits).

export type AssetReportOrderData = {
  readonly court: string;
  readonly caseNumber: string;
  readonly issuedOn: LocalDate;
  readonly applicants: readonly InstrumentParty[];
  readonly debtors: readonly InstrumentParty[];
  readonly addressee: InstrumentParty; // the debtor ordered to report
  readonly reportingDays: number;
};

export const assetReportOrder: Template<AssetReportOrderData> = {
  kind: 'asset-report-order',
  title: '报告财产令',
  version: '2026-12-01',
  build: (d) => ({ court: d.court, title: '报告财产令', caseNumber: d.caseNumber, blocks: [...order(d), ...questionnaire(d)] }),
};

const yuan = (n: number) => (n % 10_000 === 0 ? `${n / 10_000}万元` : `${n}元`);
const CN_NUMBERS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const years = (n: number) => `${CN_NUMBERS[n] ?? n}年`;

function order(d: AssetReportOrderData): Block[] {
  const y = you(d.addressee);
  const person = d.addressee.kind === 'person';
  const liable = person ? y : '你单位或者你单位的主要负责人、直接责任人员';
  const list = (items: readonly string[]) => items.map((t, i) => `（${ordinal(i + 1)}）${t}`).join('');
  return [
    { type: 'addressee', text: `被执行人：${partyLine(d.addressee)}。` },
    {
      type: 'paragraph',
      text:
        `本院在执行申请执行人${names(d.applicants)}与被执行人${names(d.debtors)}一案中，依照《中华人民共和国民事诉讼法》第二百五十二条、` +
        `《最高人民法院关于民事执行中财产调查若干问题的规定》第三条至第十一条的规定，责令${y}如实报告财产情况。现将有关事项告知如下：`,
    },
    {
      type: 'paragraph',
      text:
        `一、报告期限。${y}应当自收到本令之日起${d.reportingDays}日内，向本院书面报告财产情况，并逐项填写所附《财产调查表》。` +
        `${y}在上述期限内提交书面报告确有困难的，可以向本院书面申请延长期限；申请有正当理由的，本院可以适当延长。`,
    },
    {
      type: 'paragraph',
      text:
        `二、报告范围。${y}应当报告下列财产：` +
        list([
          '收入、银行存款、现金、理财产品、有价证券；',
          '土地使用权、房屋等不动产；',
          '交通运输工具、机器设备、产品、原材料等动产；',
          '债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；',
          '其他应当报告的财产。',
        ]) +
        '财产已出租、已设立担保物权等权利负担，或者存在共有、权属争议等情形的，应当一并报告；动产由第三人占有，' +
        '或者不动产、特定动产、其他财产权等登记在第三人名下的，也应当一并报告。',
    },
    {
      type: 'paragraph',
      text:
        `三、报告期间。${y}应当报告当前的财产情况，以及自收到执行通知之日前${years(REPORT_LOOKBACK_YEARS)}至提交书面财产报告之日发生的下列财产变动：` +
        list([
          '转让、出租财产；',
          '在财产上设立担保物权等权利负担；',
          '放弃债权或者延长债权清偿期；',
          '支出大额资金；',
          '其他影响生效法律文书确定债权实现的财产变动。',
        ]),
    },
    {
      type: 'paragraph',
      text:
        `四、补充报告。${y}报告财产后，财产情况发生变动，影响申请执行人债权实现的，应当自财产变动之日起${SUPPLEMENT_DAYS}日内向本院补充报告。` +
        '本院裁定终结本次执行程序后，仍应当履行补充报告义务。',
    },
    {
      type: 'paragraph',
      text:
        `五、法律责任。${y}拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院将根据情节轻重对${liable}予以罚款、拘留` +
        `（对个人的罚款金额为人民币${yuan(FINE_LIMITS.personMaxYuan)}以下，对单位的罚款金额为人民币${yuan(FINE_LIMITS.unitMinYuan)}以上${yuan(FINE_LIMITS.unitMaxYuan)}以下，` +
        `拘留的期限为${FINE_LIMITS.detentionMaxDays}日以下）；构成犯罪的，依法追究刑事责任。本院并将依照相关规定将${y}纳入失信被执行人名单。`,
    },
    { type: 'paragraph', text: '附：财产调查表' },
    { type: 'signature', lines: [chineseDate(d.issuedOn), '（院印）'] },
  ];
}

const ASSET_ROWS = [
  '收入',
  '银行存款、现金',
  '理财产品、有价证券',
  '土地使用权、房屋',
  '交通运输工具',
  '机器设备、产品、原材料',
  '债权',
  '股权、投资权益、基金份额',
  '信托受益权、知识产权',
  '其他财产',
  `${years(REPORT_LOOKBACK_YEARS)}内的财产变动`,
];

function questionnaire(d: AssetReportOrderData): Block[] {
  return [
    { type: 'page-break' },
    { type: 'heading', text: '财产调查表' },
    { type: 'note', text: `案号：${d.caseNumber}` },
    { type: 'note', text: `被执行人：${d.addressee.name}` },
    {
      type: 'table',
      columns: ['财产类别', '名称、所在地或登记机关、账号或证号', '数量或金额', '权利负担、共有或第三人占有、登记情况'],
      widths: [28, 34, 14, 24],
      rows: ASSET_ROWS.map((r) => [r, '', '', '']),
    },
    { type: 'note', text: '本人（本单位）保证以上报告内容真实、完整，并知悉虚假报告的法律责任。' },
    { type: 'note', text: '被执行人（签名或盖章）：　　　　　　　　　　　　年　　月　　日' },
  ];
}

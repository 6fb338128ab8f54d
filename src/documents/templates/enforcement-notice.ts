import type { LocalDate } from '../../shared/dates.ts';
import type { Block } from '../docx.ts';
import type { Template } from './template.ts';
import { chineseDate, names, ordinal, partyLine, textDate, you, type InstrumentParty } from './wording.ts';

// 执行通知书: orders the debtor to perform what the title fixes and warns of what follows if it
// does not — 迟延履行期间的债务利息 (doubled) on money, 迟延履行金 on other acts (民诉法 第264条,
// 民诉法解释 第480条, 执行工作规定 第22条), enforcement measures and the dishonest-debtor list
// (失信名单规定 第5条). In a money case it goes out together with the 报告财产令 (财产调查规定 第3条).

export type EnforcementNoticeData = {
  readonly court: string;
  readonly caseNumber: string;
  readonly filedOn: LocalDate;
  readonly issuedOn: LocalDate;
  readonly applicants: readonly InstrumentParty[];
  readonly debtors: readonly InstrumentParty[]; // every debtor of the case, named in the recital
  readonly addressee: InstrumentParty; // the debtor this notice is served on
  readonly title: {
    readonly issuer: string;
    readonly documentNumber: string;
    readonly effectiveOn: LocalDate;
    readonly obligations: readonly { readonly kind: 'money' | 'act'; readonly description: string; readonly amount?: string }[];
  };
  readonly withAssetReportOrder: boolean;
  readonly officer: string | null;
};

export const enforcementNotice: Template<EnforcementNoticeData> = {
  kind: 'enforcement-notice',
  title: '执行通知书',
  version: '2026-12-01',
  build: (d) => ({ court: d.court, title: '执行通知书', caseNumber: d.caseNumber, blocks: blocks(d) }),
};

function blocks(d: EnforcementNoticeData): Block[] {
  const y = you(d.addressee);
  const money = d.title.obligations.some((o) => o.kind === 'money');
  const acts = d.title.obligations.some((o) => o.kind === 'act');
  const items = d.title.obligations.map((o, i) => {
    const amount = o.kind === 'money' && o.amount ? `，金额人民币${o.amount}元` : '';
    const end = i === d.title.obligations.length - 1 ? '。' : '；';
    return { type: 'paragraph' as const, text: `${ordinal(i + 1)}、${o.description}${amount}${end}` };
  });
  const delay = [
    money ? `未按判决、裁定和其他法律文书指定的期间履行给付金钱义务的，应当加倍支付迟延履行期间的债务利息` : null,
    acts ? `未按判决、裁定和其他法律文书指定的期间履行其他义务的，应当支付迟延履行金` : null,
  ].filter(Boolean);
  return [
    { type: 'addressee', text: `${d.addressee.name}：` },
    {
      type: 'paragraph',
      text:
        `申请执行人${names(d.applicants)}与被执行人${names(d.debtors)}一案，${d.title.issuer}作出的${d.title.documentNumber}法律文书` +
        `已于${textDate(d.title.effectiveOn)}发生法律效力。申请执行人${names(d.applicants)}向本院申请强制执行，本院于${textDate(d.filedOn)}立案执行。`,
    },
    {
      type: 'paragraph',
      text:
        '依照《中华人民共和国民事诉讼法》第二百五十一条、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十条、' +
        `《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第22条的规定，责令${y}自收到本通知之日起立即履行上述法律文书确定的下列义务：`,
    },
    ...items,
    {
      type: 'paragraph',
      text: `依照《中华人民共和国民事诉讼法》第二百六十四条的规定，${y}${delay.join('；')}。`,
    },
    {
      type: 'paragraph',
      text:
        `${y}逾期不履行的，本院将依法强制执行，查询、冻结、划拨、查封、扣押、拍卖、变卖${y}的财产，并可依法对${y}采取限制消费、限制出境等措施；` +
        `${y}有履行能力而拒不履行，或者有其他法定情形的，本院将依照《最高人民法院关于公布失信被执行人名单信息的若干规定》将${y}纳入失信被执行人名单，依法予以信用惩戒。`,
    },
    ...(d.withAssetReportOrder
      ? [{ type: 'paragraph' as const, text: `本通知与报告财产令一并发出，${y}应当按照报告财产令的要求如实向本院报告财产情况。` }]
      : []),
    { type: 'paragraph', text: `${y}对本院的执行管辖权有异议的，应当自收到本通知之日起十日内向本院提出。` },
    { type: 'paragraph', text: '特此通知。' },
    { type: 'signature', lines: ['', chineseDate(d.issuedOn), '（院印）', ''] },
    { type: 'note', text: `被执行人：${partyLine(d.addressee)}` },
    ...(d.officer ? [{ type: 'note' as const, text: `承办人：${d.officer}` }] : []),
  ];
}

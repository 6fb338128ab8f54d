import type { LocalDate } from '../../shared/dates.ts';
import type { Block } from '../docx.ts';
import type { Template } from './template.ts';
import { chineseDate, names, ordinal, partyLine, textDate, type InstrumentParty } from './wording.ts';

// 终结本次执行程序裁定书. What it records follows 终本规定 第6条 (UNSURE, memory: legal-rules.md §3):
// the claim, the steps and coercive measures taken, the property found, the amount realised, and
// the parties' continuing rights and duties. The conditions it recites are 终本规定 第1条 (VERIFIED);
// the route (applicant's confirmation, or 合议庭 and 院长) is 民诉法解释(2022) 第517条 (VERIFIED).
// It takes effect on service to the applicant (src/documents/record-service.ts records it).

export type RulingMeasure = { readonly on: LocalDate; readonly text: string };
export type RulingAsset = { readonly text: string; readonly outcome: string };

export type TerminationRulingData = {
  readonly court: string;
  readonly caseNumber: string;
  readonly issuedOn: LocalDate;
  readonly filedOn: LocalDate;
  readonly applicants: readonly InstrumentParty[];
  readonly debtors: readonly InstrumentParty[];
  readonly title: { readonly issuer: string; readonly documentNumber: string };
  /** Yuan strings (the data is stored as JSON beside the document). */
  readonly claim: string;
  readonly recovered: string;
  readonly outstanding: string;
  readonly measures: readonly RulingMeasure[];
  readonly assets: readonly RulingAsset[];
  readonly interview: { readonly on: LocalDate; readonly view: string } | null;
  readonly route: 'applicant-confirmed' | 'panel-review';
  readonly officer: string | null;
};

export const terminationRuling: Template<TerminationRulingData> = {
  kind: 'termination-ruling',
  title: '执行裁定书',
  version: '2026-12-10',
  build: (d) => ({ court: d.court, title: '执行裁定书', caseNumber: d.caseNumber, blocks: blocks(d) }),
};

const numbered = (items: readonly string[]): Block[] =>
  items.map((text, i) => ({ type: 'paragraph' as const, text: `（${ordinal(i + 1)}）${text}${i === items.length - 1 ? '。' : '；'}` }));

function blocks(d: TerminationRulingData): Block[] {
  const applicants = names(d.applicants);
  const debtors = names(d.debtors);
  const found =
    d.assets.length === 0
      ? [{ type: 'paragraph' as const, text: `经穷尽财产调查措施，未发现被执行人${debtors}有可供执行的财产。` }]
      : [
          { type: 'paragraph' as const, text: `经调查，发现被执行人${debtors}名下有下列财产，均不能处置或已处置完毕：` },
          ...numbered(d.assets.map((a) => `${a.text}，${a.outcome}`)),
        ];
  const route = d.route === 'applicant-confirmed' ? '申请执行人书面同意终结本次执行程序' : '经合议庭评议并报院长批准';
  return [
    ...d.applicants.map((p) => ({ type: 'paragraph' as const, text: `申请执行人：${partyLine(p)}。` })),
    ...d.debtors.map((p) => ({ type: 'paragraph' as const, text: `被执行人：${partyLine(p)}。` })),
    {
      type: 'paragraph',
      text:
        `申请执行人${applicants}与被执行人${debtors}一案，${d.title.issuer}作出的${d.title.documentNumber}法律文书已经发生法律效力。` +
        `本院于${textDate(d.filedOn)}立案执行，申请执行标的为人民币${d.claim}元。`,
    },
    { type: 'paragraph', text: '本院在执行过程中，依法采取了下列执行措施：' },
    ...numbered(d.measures.map((m) => `${textDate(m.on)}，${m.text}`)),
    ...found,
    {
      type: 'paragraph',
      text:
        `本案已执行到位人民币${d.recovered}元，尚有人民币${d.outstanding}元未执行到位。` +
        (d.interview
          ? `本院已于${textDate(d.interview.on)}约谈申请执行人，告知本案执行情况、财产调查情况及终结本次执行程序的依据和后果，申请执行人的意见为：${d.interview.view}。`
          : ''),
    },
    {
      type: 'paragraph',
      text:
        `本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置，${route}，符合终结本次执行程序的条件。` +
        '依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条、' +
        '《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下：',
    },
    { type: 'paragraph', text: `终结本院${d.caseNumber}案件的本次执行程序。` },
    {
      type: 'paragraph',
      text:
        `终结本次执行程序后，被执行人${debtors}仍负有继续履行生效法律文书确定义务的责任，尚未履行的债务人民币${d.outstanding}元继续由被执行人履行；` +
        '被执行人应当继续履行报告财产的义务，财产情况发生变动的，应当自变动之日起十日内向本院补充报告。' +
        '本院已采取的查封、扣押、冻结措施继续有效，限制消费措施继续有效。' +
        '申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，申请恢复执行不受申请执行时效期间的限制。' +
        '本院将自本裁定作出之日起五年内，每六个月通过网络执行查控系统查询一次被执行人的财产，并将查询结果告知申请执行人。',
    },
    { type: 'paragraph', text: '本裁定送达后立即生效。' },
    { type: 'signature', lines: [...(d.officer ? [`审判员  ${d.officer}`] : []), chineseDate(d.issuedOn), '（院印）'] },
  ];
}

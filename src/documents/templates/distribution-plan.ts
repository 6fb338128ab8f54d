import type { LocalDate } from '../../shared/dates.ts';
import type { Block } from '../docx.ts';
import type { Template } from './template.ts';
import { chineseDate, textDate } from './wording.ts';

// 财产分配方案: the plan for a debtor's proceeds among the creditors who joined (民诉法解释 第506–510条,
// 第514条), served on every creditor and the debtor, with the 15-day objection period (第509条).
// Amounts are yuan text, computed by src/rules/distribution.ts.

export type DistributionPlanData = {
  readonly court: string;
  readonly caseNumber: string;
  readonly issuedOn: LocalDate;
  readonly debtor: string;
  readonly debtorKind: 'person' | 'enterprise';
  readonly proceeds: string;
  readonly costs: string;
  readonly lines: readonly {
    readonly creditor: string;
    readonly basis: string; // 执行依据 or the priority right
    readonly claim: string;
    readonly stage: 'priority' | 'ordinary';
    readonly amount: string;
    readonly shortfall: string;
  }[];
  readonly remainder: string;
};

export const distributionPlan: Template<DistributionPlanData> = {
  kind: 'distribution-plan',
  title: '财产分配方案',
  version: '2026-12-05',
  build: (d) => ({ court: d.court, title: '财产分配方案', caseNumber: d.caseNumber, blocks: blocks(d) }),
};

function blocks(d: DistributionPlanData): Block[] {
  const order =
    d.debtorKind === 'person'
      ? '普通债权按其占全部申请参与分配债权数额的比例受偿'
      : '被执行人为企业法人且未移送破产，普通债权按照财产保全和执行中查封、扣押、冻结财产的先后顺序清偿';
  return [
    { type: 'addressee', text: '各债权人、被执行人：' },
    {
      type: 'paragraph',
      text:
        `本院在执行被执行人${d.debtor}的财产过程中，可供分配的执行款共计人民币${d.proceeds}元。` +
        `依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零六条至第五百一十条、第五百一十四条的规定，` +
        `执行费用优先拨付，其次清偿优先受偿债权，${order}。本院制作分配方案如下：`,
    },
    { type: 'paragraph', text: `一、执行费用人民币${d.costs}元。` },
    {
      type: 'table',
      columns: ['债权人', '依据', '债权数额（元）', '受偿类别', '分配金额（元）', '未受清偿（元）'],
      widths: [20, 24, 14, 12, 15, 15],
      rows: d.lines.map((l) => [l.creditor, l.basis, l.claim, l.stage === 'priority' ? '优先受偿' : '普通债权', l.amount, l.shortfall]),
    },
    { type: 'paragraph', text: `二、分配后余款人民币${d.remainder}元，退还被执行人。` },
    {
      type: 'paragraph',
      text:
        '债权人或者被执行人对本分配方案有异议的，应当自收到本分配方案之日起十五日内向本院书面提出。' +
        '未提出异议的债权人、被执行人收到异议通知之日起十五日内未提出反对意见的，本院依异议人的意见对分配方案审查修正后进行分配；' +
        '提出反对意见的，异议人可以自收到通知之日起十五日内以提出反对意见的债权人、被执行人为被告，向本院提起诉讼。' +
        '诉讼期间，与争议债权数额相应的款项予以提存，其余款项按分配方案分配。',
    },
    { type: 'signature', lines: [chineseDate(d.issuedOn), '（院印）'] },
    { type: 'note', text: `本方案于${textDate(d.issuedOn)}制作。` },
  ];
}

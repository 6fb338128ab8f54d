import type { LocalDate } from '../../shared/dates.ts';
import type { Block } from '../docx.ts';
import type { Template } from './template.ts';
import { chineseDate, textDate } from './wording.ts';

// 执行款发放审批表: the form on which a court approves paying enforcement money out of its account
// and on which finance pays (执行款物管理规定 2017: payouts approved in steps, paid to the
// applicant's confirmed account within 30 days of arrival). Generated at the final approval (ADR 0162).

export type PayoutApprovalFormData = {
  readonly court: string;
  readonly caseNumber: string;
  readonly accountNumber: string; // 一案一账号
  readonly payee: string; // 申请执行人
  readonly accountName: string;
  readonly payeeAccountNumber: string;
  readonly bankName: string;
  readonly amount: string; // yuan, two places
  readonly amountInCapitals: string;
  readonly balanceAfter: string;
  readonly requestedBy: string;
  readonly requestedOn: LocalDate;
  readonly steps: readonly { readonly title: string; readonly by: string; readonly opinion: string; readonly on: LocalDate }[];
  readonly issuedOn: LocalDate;
};

export const payoutApprovalForm: Template<PayoutApprovalFormData> = {
  kind: 'payout-approval-form',
  title: '执行款发放审批表',
  version: '2026-12-05',
  build: (d) => ({ court: d.court, title: '执行款发放审批表', caseNumber: d.caseNumber, blocks: blocks(d) }),
};

function blocks(d: PayoutApprovalFormData): Block[] {
  return [
    {
      type: 'table',
      columns: ['项目', '内容'],
      widths: [30, 70],
      rows: [
        ['案号', d.caseNumber],
        ['案款账号', d.accountNumber],
        ['收款人（申请执行人）', d.payee],
        ['收款账户名称', d.accountName],
        ['收款账号', d.payeeAccountNumber],
        ['开户银行', d.bankName],
        ['发放金额（小写）', `¥${d.amount}`],
        ['发放金额（大写）', `人民币${d.amountInCapitals}`],
        ['发放后案款余额', `¥${d.balanceAfter}`],
        ['申请人', `${d.requestedBy}（${textDate(d.requestedOn)}）`],
      ],
    },
    { type: 'heading', text: '审批意见' },
    {
      type: 'table',
      columns: ['审批环节', '审批人', '意见', '日期'],
      widths: [22, 18, 40, 20],
      rows: d.steps.map((s) => [s.title, s.by, s.opinion, textDate(s.on)]),
    },
    {
      type: 'paragraph',
      text:
        '依照《最高人民法院关于执行款物管理工作的规定》，上述执行款经承办人审核、执行局长审批、财务人员核发，' +
        '请财务部门按本表将款项支付至申请执行人经确认的收款账户，并将银行付款结果登记入案。',
    },
    { type: 'signature', lines: [d.court, chineseDate(d.issuedOn)] },
  ];
}

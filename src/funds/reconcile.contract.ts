import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Strict, Text, YuanAmount } from '../shared/contract.ts';
import { differenceKinds } from './reconcile.types.ts';

// The contract of 对账 (ADR 0173): the court account's imported statement against the ledger up
// to a date, as JSON and as an XLSX workbook. Money is yuan as a two-place decimal string.

const tags = ['案款'];

const Query = Strict({
  court: Type.Optional(Text({ title: '法院代字', minLength: 1, maxLength: 32, description: '法院代字（如 粤0703），默认本院' })),
  asOf: Type.Optional(LocalDate({ title: '截止日期', description: '对账截止日期（YYYY-MM-DD），默认今天' })),
});

const Difference = Type.Object({
  kind: OneOf(differenceKinds, { description: 'missing：流水有、账上无；extra：账上有、流水无；amount-differs：金额不符' }),
  kindName: Out(),
  statement: Nullable(
    Type.Object({ bankReference: Out(), receivedOn: Out(), amount: YuanAmount(), payerName: Out() }, { description: '银行流水一方' }),
  ),
  ledger: Nullable(
    Type.Object(
      {
        transactionId: Out(),
        reference: Nullable(Out()),
        postedOn: Out(),
        amount: YuanAmount(),
        caseNumber: Nullable(Out()),
        memo: Out(),
      },
      { description: '账务一方（记入法院案款专户的凭证）' },
    ),
  ),
  difference: YuanAmount({ description: '差额（流水减账务，元）' }),
});

const Reconciliation = Type.Object({
  court: Type.Object({ id: Type.Integer(), code: Out(), name: Out() }),
  asOf: Out(),
  clean: Type.Boolean({ description: '为 true 时没有差异' }),
  matched: Type.Integer({ description: '相符的笔数' }),
  statementLines: Type.Integer({ description: '截止日期前到账的流水笔数' }),
  ledgerMovements: Type.Integer({ description: '截止日期前记入专户的账务笔数' }),
  statementTotal: YuanAmount({ description: '流水合计' }),
  ledgerTotal: YuanAmount({ description: '账务合计' }),
  difference: YuanAmount({ description: '流水合计减账务合计' }),
  differences: Type.Array(Difference),
});

const description =
  '法院案款专户已导入的银行流水（截止日期前到账的贷方流水）与账务（截止日期前记入专户的到账、暂存款、扣划、变价款）逐笔核对：流水有、账上无，账上有、流水无，金额不符，附双方流水号、日期和金额，以及合计与差额。财务人员和执行局长可查看本院（或辖区法院）的对账。';

export const getReconciliation = operation({
  operationId: 'getFundsReconciliation',
  summary: '对账',
  description,
  tags,
  signedIn: true,
  querystring: Query,
  status: 200,
  response: Reconciliation,
  errors: ['unknown-court'],
});

export const exportReconciliation = operation({
  operationId: 'exportFundsReconciliation',
  summary: '导出对账（XLSX）',
  description: `${description} 导出为 Excel 工作簿：每行一笔差异，末行为合计。`,
  tags,
  signedIn: true,
  querystring: Query,
  status: 200,
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  response: Type.String({ format: 'binary', description: 'XLSX 文件' }),
  errors: ['unknown-court'],
});

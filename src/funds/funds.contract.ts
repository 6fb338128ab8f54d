import { Type } from '@sinclair/typebox';
import { LocalDate, OneOf, operation, Ref, Strict, Text, Yuan } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { CaseAccount, Imported, LedgerPage, Payee, Payout, Receipt, StatementLineBody, UnmatchedItem } from './funds.models.ts';

// The contract of case funds (案款): the case account (一案一账号) and its ledger, receipts,
// payees' confirmed accounts, payouts in approval steps (承办人 → 执行局长 → 财务人员) and the
// bank's answer. Money is yuan as a two-place decimal string. Postings require an Idempotency-Key.
export { fundsSchemas } from './funds.models.ts';

const tags = ['案款'];
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const PayoutParams = Strict({ id: Text({ title: '发放申请编号', minLength: 1, maxLength: 64 }) });
const PayeeParams = Strict({
  id: Text({ title: '案件编号', minLength: 1, maxLength: 64 }),
  partyId: Text({ title: '当事人编号', minLength: 1, maxLength: 64 }),
});

export const getAccount = operation({
  operationId: 'getCaseAccount',
  summary: '案款账户',
  description:
    '案件的案款账户（一案一账号）：账号、余额、累计到账、累计发放、暂缓发放的金额及事由、每笔到账的发放期限、申请执行人经确认的收款账户。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(CaseAccount),
  errors: ['case-not-found'],
});

export const accountEntries = operation({
  operationId: 'listCaseAccountEntries',
  summary: '案款明细',
  description:
    '案款账户的每一笔分录（复式记账，分录只增不改，更正以冲正凭证记载），新的在前；答复中的 nextCursor 作为下一次请求的 cursor，为 null 时已到末页。',
  tags,
  signedIn: true,
  params: CaseParams,
  querystring: Strict({
    cursor: Type.Optional(Text({ title: '分页游标', maxLength: 20, description: '上一页答复的 nextCursor' })),
    limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 200 })),
  }),
  status: 200,
  response: Ref(LedgerPage),
  errors: ['case-not-found', 'invalid-cursor'],
});

export const postReceipt = operation({
  operationId: 'postCaseReceipt',
  summary: '登记到账',
  description:
    '财务人员登记到达本案案款账户的款项。须带幂等键：同一幂等键、相同内容重复提交，答复第一次的结果而不重复入账；内容不同答复 409 idempotency-key-reused。已结案案件的账户不再入账（account-closed）。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      amount: Yuan({ title: '到账金额' }),
      receivedOn: LocalDate({ title: '到账日期' }),
      payerName: Text({ title: '付款人', minLength: 1, maxLength: 100 }),
      reference: Type.Optional(Text({ title: '银行流水号或摘要', maxLength: 200 })),
    },
    { examples: [{ amount: '12000.00', receivedOn: '2026-11-25', payerName: '江门市某贸易有限公司', reference: 'ICBC20261125001' }] },
  ),
  status: 201,
  response: Ref(Receipt),
  errors: [
    'case-not-found',
    'account-closed',
    'invalid-money',
    'receipt-date-invalid',
    'idempotency-key-required',
    'idempotency-key-reused',
  ],
});

export const confirmPayee = operation({
  operationId: 'confirmPayeeAccount',
  summary: '确认收款账户',
  description: '承办人登记并确认申请执行人的收款账户；案款只发放到经确认的账户。再次确认即更换账户（此前已提交的发放仍按提交时的账户）。',
  tags,
  signedIn: true,
  params: PayeeParams,
  body: Strict(
    {
      accountName: Text({ title: '户名', minLength: 1, maxLength: 100 }),
      accountNumber: Text({ title: '账号', minLength: 8, maxLength: 40 }),
      bankName: Text({ title: '开户行', minLength: 1, maxLength: 100 }),
    },
    { examples: [{ accountName: '陈小红', accountNumber: '6222021001005566778', bankName: '中国工商银行江门分行' }] },
  ),
  status: 200,
  response: Ref(Payee),
  errors: ['case-not-found', 'party-not-applicant'],
});

export const requestPayout = operation({
  operationId: 'requestPayout',
  summary: '申请发放案款',
  description:
    '向本案申请执行人经确认的收款账户发放案款，依次经承办人审核、执行局长审批、财务人员核发。申请即冻结该金额（暂缓发放），超过可发放余额的答复 409 insufficient-funds。须带幂等键。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    { partyId: Text({ title: '收款的申请执行人', minLength: 1, maxLength: 64 }), amount: Yuan({ title: '发放金额' }) },
    { examples: [{ partyId: '0b3c2f4e-8d1a-4c55-9a57-3f1e2d6c7b80', amount: '3000.00' }] },
  ),
  status: 201,
  response: Ref(Payout),
  errors: [
    'case-not-found',
    'party-not-applicant',
    'payee-account-missing',
    'insufficient-funds',
    'invalid-money',
    'idempotency-key-required',
    'idempotency-key-reused',
  ],
});

const Opinion = Type.Optional(Text({ title: '审批意见', maxLength: 500, multiline: true }));

export const approvePayout = operation({
  operationId: 'approvePayout',
  summary: '同意发放（本步）',
  description:
    '审批发放申请的当前一步：承办人审核 → 执行局长审批 → 财务人员核发，各由其角色依次办理，同一人不能办理两步。最后一步同意即付款：款项从案款账户转出，等待银行回复。',
  tags,
  signedIn: true,
  params: PayoutParams,
  body: Type.Optional(Strict({ opinion: Opinion }, { examples: [{ opinion: '核算无误，同意发放' }] })),
  status: 200,
  response: Ref(Payout),
  errors: ['payout-not-found', 'payout-decided', 'payout-wrong-step', 'payout-same-approver'],
});

export const rejectPayout = operation({
  operationId: 'rejectPayout',
  summary: '不同意发放',
  description: '当前一步的审批人不同意发放，须写明意见；冻结的金额回到可发放余额。',
  tags,
  signedIn: true,
  params: PayoutParams,
  body: Strict(
    { opinion: Text({ title: '审批意见', minLength: 1, maxLength: 500, multiline: true }) },
    { examples: [{ opinion: '分配方案尚未确定，暂缓发放' }] },
  ),
  status: 200,
  response: Ref(Payout),
  errors: ['payout-not-found', 'payout-decided', 'payout-wrong-step', 'payout-same-approver', 'opinion-required'],
});

export const bankResult = operation({
  operationId: 'recordPayoutBankResult',
  summary: '登记银行回复',
  description: '财务人员登记银行对付款指令的回复：已付款，或付款失败（款项退回本案案款账户）。',
  tags,
  signedIn: true,
  params: PayoutParams,
  body: Strict(
    {
      outcome: OneOf(['paid', 'failed'] as const, { title: '结果' }),
      bankReference: Type.Optional(Text({ title: '银行流水号', maxLength: 100 })),
      note: Type.Optional(Text({ title: '说明', maxLength: 200 })),
    },
    { examples: [{ outcome: 'paid', bankReference: 'ICBC20261126088' }] },
  ),
  status: 200,
  response: Ref(Payout),
  errors: ['payout-not-found', 'payout-not-instructed'],
});

export const casePayouts = operation({
  operationId: 'listCasePayouts',
  summary: '发放记录',
  description:
    '本案的发放申请及其审批、付款情况，新的在前（法院工作人员）。申请执行人在当事人服务平台经 GET /party/cases/{id}/payouts 查看向其本人的发放。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Type.Object({ items: Type.Array(Ref(Payout)) }),
  errors: ['case-not-found'],
});

export const payoutInbox = operation({
  operationId: 'payoutInbox',
  summary: '待审批的发放',
  description: '本院等待当前用户这一步（承办人审核、执行局长审批或财务人员核发）的发放申请，先提交的在前。',
  tags,
  signedIn: true,
  status: 200,
  response: Type.Object({
    step: Type.Union([Type.Object({ step: Type.String(), title: Type.String() }), Type.Null()]),
    items: Type.Array(Ref(Payout)),
  }),
  errors: [],
});

const column = (title: string) => Type.Optional(Text({ title, maxLength: 50 }));

export const importStatement = operation({
  operationId: 'importBankStatement',
  summary: '导入银行流水',
  description:
    '财务人员导入本院执行款专户的银行流水（CSV 文本，或 base64 编码的 XLSX），按列映射读取。载明案款账号（收款子账号或附言中的账号）的入账行自动入该案账户；其余转入暂存款，等待认领。同一流水号只入账一次，重复导入不重复入账。',
  tags,
  signedIn: true,
  body: Strict(
    {
      format: OneOf(['csv', 'xlsx'] as const, { title: '文件格式' }),
      content: Text({
        title: '文件内容',
        minLength: 1,
        maxLength: 1_500_000,
        multiline: true,
        description: 'CSV 文本，或 XLSX 文件的 base64 编码',
      }),
      mapping: Strict(
        {
          amount: Text({ title: '金额列', minLength: 1, maxLength: 50 }),
          receivedOn: Text({ title: '日期列', minLength: 1, maxLength: 50 }),
          payerName: Text({ title: '付款人列', minLength: 1, maxLength: 50 }),
          bankReference: Text({ title: '流水号列', minLength: 1, maxLength: 50 }),
          accountNumber: column('收款子账号列'),
          remark: column('附言列'),
          payerAccount: column('付款账号列'),
          payerIdNumber: column('付款人证件号码列'),
        },
        { title: '列映射', description: '本系统字段对应的流水列标题' },
      ),
    },
    {
      examples: [
        {
          format: 'csv',
          content:
            '交易日期,流水号,对方户名,贷方金额,附言\n2026-11-25,ICBC20261125001,江门市恒泰建材有限公司,12000.00,（2026）粤0703执1号案款\n',
          mapping: { amount: '贷方金额', receivedOn: '交易日期', payerName: '对方户名', bankReference: '流水号', remark: '附言' },
        },
      ],
    },
  ),
  status: 200,
  response: Imported,
  errors: ['statement-invalid', 'statement-column-missing'],
});

export const institutionLines = operation({
  operationId: 'postInstitutionStatementLines',
  summary: '银行推送到账',
  description:
    '协助执行的银行通过接口推送本院执行款专户的到账明细，处理方式与导入流水相同：载明案款账号的自动入账，其余转入暂存款；同一流水号只入账一次。',
  tags,
  signedIn: true,
  body: Strict(
    { lines: Type.Array(StatementLineBody, { minItems: 1, maxItems: 500, title: '到账明细' }) },
    {
      examples: [
        {
          lines: [
            {
              amount: '5000.00',
              receivedOn: '2026-11-25',
              payerName: '梁国强',
              bankReference: 'ICBC20261125002',
              accountNumber: '700000120261000001',
            },
          ],
        },
      ],
    },
  ),
  status: 200,
  response: Imported,
  errors: [],
});

export const unmatchedQueue = operation({
  operationId: 'listUnmatchedReceipts',
  summary: '暂存款',
  description:
    '本院未能对应到案件的到账（暂存款），附可能所属的案件（附言中的案号、付款人与被执行人、金额）及认领期限；超过期限的标为超期。',
  tags,
  signedIn: true,
  querystring: Strict({ state: Type.Optional(OneOf(['waiting', 'claimed'] as const, { title: '状态' })) }),
  status: 200,
  response: Type.Object({ items: Type.Array(UnmatchedItem) }),
  errors: [],
});

export const claimUnmatched = operation({
  operationId: 'claimUnmatchedReceipt',
  summary: '认领暂存款',
  description: '把一笔暂存款认领到本院的案件：款项由暂存款转入该案案款账户。须带幂等键。',
  tags,
  signedIn: true,
  params: PayoutParams,
  headers: IdempotencyHeaders,
  body: Strict(
    { caseId: Text({ title: '认领到的案件', minLength: 1, maxLength: 64 }) },
    { examples: [{ caseId: '0b3c2f4e-8d1a-4c55-9a57-3f1e2d6c7b80' }] },
  ),
  status: 201,
  response: Ref(Receipt),
  errors: [
    'unmatched-not-found',
    'unmatched-claimed',
    'case-not-found',
    'account-closed',
    'idempotency-key-required',
    'idempotency-key-reused',
  ],
});

import { Type } from '@sinclair/typebox';
import { LocalDate, OneOf, operation, Ref, Strict, Text, Uuid, Yuan } from '../shared/contract.ts';
import { caseStatuses, closureModes, transitionNames, type Transition } from '../shared/vocabulary.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { CaseDetail, Filed, FilingBody, TimelineEvent } from './cases.models.ts';
import { Approval } from '../approvals/approvals.models.ts';
import { terminationRoutes } from '../termination/termination.types.ts';

// The contract of the cases context: filing, the list and the detail, the lifecycle's steps,
// closure, resumption and assignment. The shapes are in cases.models.ts.
export { casesSchemas } from './cases.models.ts';
// The list, its count and export, and the duplicate-filing check.
export * from './case-list.contract.ts';

const tags = ['案件'];

const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const Version = Type.Integer({
  title: '版本号',
  minimum: 1,
  description: '案件详情中的 version；带上时，案件已被他人修改则答复 409 `stale-version`',
});
const Reason = (title: string) => Text({ title, minLength: 1, maxLength: 500, multiline: true });

export const fileCase = operation({
  operationId: 'fileCase',
  summary: '执行立案',
  description:
    '登记一件执行案件：执行法院、执行依据、申请执行人和被执行人。系统按法院、年度和案件类型编立案号（如（2026）粤0703执123号），并记入审计事件。身份证号码和统一社会信用代码按国家标准校验；任何一项不符，整件不予登记，`errors` 逐项列出。',
  tags,
  signedIn: true,
  headers: IdempotencyHeaders,
  body: FilingBody,
  status: 201,
  response: Ref(Filed),
  responseDescription: '已立案',
  errors: [
    'validation-failed',
    'unknown-court',
    'court-out-of-scope',
    'officer-invalid',
    'invalid-id-number',
    'invalid-credit-code',
    'invalid-money',
    'invalid-date-value',
    'date-in-future',
    'filed-before-effective',
    'performance-deadline-before-effective',
    'party-required',
    'obligation-required',
    'idempotency-key-reused',
  ],
});

export const getCase = operation({
  operationId: 'getCase',
  summary: '案件详情',
  description:
    '一件案件的全部登记内容：执行依据、当事人、承办人、结案和恢复执行情况。执行人员查看证件号码全文，此次查看记入个人信息查阅记录；当事人只见本人证件号码的全文。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(CaseDetail),
  errors: ['case-not-found'],
});

export const revealIdentities = operation({
  operationId: 'revealCaseIdentities',
  summary: '查看证件号码全文',
  description:
    '系统管理员和上级法院协调员查看案件时证件号码是遮蔽的；确有需要时，在此说明理由，答复当事人证件号码全文的案件详情。每次查看记入审计事件（含理由）和个人信息查阅记录。承办案件的角色（执行法官、执行员、书记员、执行局长）在案件详情中即见全文。',
  tags,
  signedIn: true,
  params: CaseParams,
  body: Strict({ reason: Reason('查看理由') }, { examples: [{ reason: '核对被执行人身份，处理当事人来访' }] }),
  status: 200,
  response: Ref(CaseDetail),
  errors: ['case-not-found'],
});

export const caseTimeline = operation({
  operationId: 'getCaseTimeline',
  summary: '案件流程记录',
  description: '案件的审计事件（立案、各流程节点、结案、恢复执行、指定承办人），按发生顺序。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Type.Object({ items: Type.Array(Ref(TimelineEvent)) }),
  errors: ['case-not-found'],
});

const transitionLaw: Record<Transition, string> = {
  start: '已立案的案件开始执行。',
  suspend: '执行中的案件中止执行（民事诉讼法(2023) 第267条），须写明理由；中止不是结案。',
  defer:
    '执行中的案件暂缓执行（民诉法解释(2022) 第467条）：须写明理由，并指定暂缓期限的最后一日 until（晚于今天，最长一年），期满次日由每日任务恢复执行。暂缓执行须经执行局长审批：本请求提交审批，答复中的 approval 为审批事项，案件状态不变；批准之日起算一年的上限。',
  continue: '中止或暂缓的案件恢复进行。',
};

// A step taken answers the case's new status; a step that needs approval answers the request
// filed for it (`approval`), and the status and version it left unchanged.
const Stepped = Type.Object({
  status: OneOf(caseStatuses, { description: '案件的状态（提交审批时不变）' }),
  version: Type.Integer({ description: '案件的版本号' }),
  approval: Type.Optional(Ref(Approval)),
});

const transitionOperation = (t: Transition) =>
  operation({
    operationId: `${t}Case`,
    summary: transitionNames[t],
    description: `${transitionLaw[t]}案件当前状态不允许时答复 409 \`illegal-transition\`。`,
    tags,
    signedIn: true,
    params: CaseParams,
    body: Strict(
      {
        version: Type.Optional(Version),
        ...(t === 'suspend' || t === 'defer'
          ? { reason: Reason(`${transitionNames[t]}的理由`) }
          : { reason: Type.Optional(Text({ title: '理由', maxLength: 500, multiline: true })) }),
        ...(t === 'defer' ? { until: LocalDate({ title: '暂缓执行期限', description: '暂缓执行期限的最后一日（最长一年）' }) } : {}),
      },
      { examples: [{ version: 1, reason: '被执行人申请，经审查同意' }] },
    ),
    status: 200,
    response: Stepped,
    errors: [
      'case-not-found',
      'stale-version',
      'illegal-transition',
      ...(t === 'suspend' || t === 'defer' ? (['reason-required'] as const) : []),
      ...(t === 'defer' ? (['deferral-until-required', 'deferral-until-invalid', 'deferral-too-long', 'approval-pending'] as const) : []),
    ],
  });

export const transitionOperations = {
  start: transitionOperation('start'),
  suspend: transitionOperation('suspend'),
  defer: transitionOperation('defer'),
  continue: transitionOperation('continue'),
} as const satisfies Record<Transition, unknown>;

export const closeCase = operation({
  operationId: 'closeCase',
  summary: '结案',
  description:
    '以六种结案方式之一结案（最高人民法院关于人民法院执行工作若干问题的规定（试行）第64条）：执行完毕、终结本次执行程序、终结执行、销案、不予执行、驳回申请。各状态允许的结案方式见 src/shared/vocabulary.ts（执行完毕须已立案或执行中，终结本次执行程序须在执行中）；结案日期不得早于立案日期，也不得晚于今天。终结执行和不予执行须经执行局长审批：本请求提交审批，答复中的 approval 为审批事项，案件状态不变。终结本次执行程序须填 route，并按案件自身的记录审查终本条件（GET /api/v1/cases/{id}/termination-check）：任何一项未满足，答复 409 `termination-conditions-unmet`，unmet 逐项列出条件和还须做什么，案件不变；panel-review 提交合议庭评议和院长审批，院长最终批准时再次审查。',
  tags,
  signedIn: true,
  params: CaseParams,
  body: Strict(
    {
      mode: OneOf(closureModes, { title: '结案方式' }),
      closedOn: LocalDate({ title: '结案日期' }),
      reason: Reason('结案理由'),
      version: Type.Optional(Version),
      route: Type.Optional(
        OneOf(terminationRoutes, {
          title: '终本程序',
          description:
            '仅终结本次执行程序须填：applicant-confirmed 申请执行人书面同意（约谈记录记明同意），直接结案；panel-review 合议庭评议并报院长审批（民诉法解释(2022) 第517条）',
        }),
      ),
    },
    { examples: [{ mode: 'fully-enforced', closedOn: '2026-11-25', reason: '被执行人已全部履行', version: 3 }] },
  ),
  status: 200,
  response: Stepped,
  errors: [
    'case-not-found',
    'stale-version',
    'closure-not-allowed',
    'date-in-future',
    'closed-before-filed',
    'reason-required',
    'approval-pending',
    'termination-route-required',
    'termination-conditions-unmet',
  ],
});

export const resumeCase = operation({
  operationId: 'resumeCase',
  summary: '恢复执行（立执恢案件）',
  description:
    '终结本次执行程序或终结执行的案件恢复执行：另立执恢案件，承接原案的执行依据、当事人和承办人（另行指定的除外；民诉法解释(2022) 第517条），恢复执行的理由记入执恢案件的流程记录。每件原案只能恢复一次，此后从执恢案件继续。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      filedOn: LocalDate({ title: '恢复执行立案日期' }),
      claimAmount: Yuan({ title: '申请执行标的' }),
      reason: Reason('恢复执行的理由'),
      officerId: Type.Optional(Uuid({ title: '承办人', description: '执恢案件的承办人；不填则承接原案的承办人' })),
    },
    { examples: [{ filedOn: '2026-11-25', claimAmount: '80000.00', reason: '申请执行人发现被执行人名下新的财产' }] },
  ),
  status: 201,
  response: Ref(Filed),
  responseDescription: '已立执恢案件',
  errors: [
    'case-not-found',
    'resumption-not-allowed',
    'resumed-before-closed',
    'date-in-future',
    'reason-required',
    'court-out-of-scope',
    'officer-invalid',
    'idempotency-key-reused',
  ],
});

export const assignOfficer = operation({
  operationId: 'assignOfficer',
  summary: '指定承办人',
  description: '指定本院的执行法官或执行员为案件的承办人。',
  tags,
  signedIn: true,
  params: CaseParams,
  body: Strict(
    {
      officerId: Uuid({ title: '承办人', description: '承办人的用户编号（见 GET /api/v1/users/officers）' }),
      version: Type.Optional(Version),
    },
    { examples: [{ officerId: '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11', version: 2 }] },
  ),
  status: 200,
  response: Type.Object({ version: Type.Integer({ description: '新的版本号' }) }),
  errors: ['case-not-found', 'stale-version', 'officer-invalid'],
});

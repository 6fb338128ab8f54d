// The words of approvals (审批) that the server and the web app share: states, decisions, the
// roles that may decide a step, and the default step list of each subject. The approvals context
// (src/approvals) reads the step lists from here; the web reads them to label 「提交审批」.
import { closureModeNames, type ClosureMode } from './vocabulary.ts';

export const approvalStates = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ApprovalState = (typeof approvalStates)[number];
export const approvalStateNames: Record<ApprovalState, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
  withdrawn: '已撤回',
};

export const approvalDecisions = ['approve', 'reject'] as const;
export type ApprovalDecision = (typeof approvalDecisions)[number];
export const approvalDecisionNames: Record<ApprovalDecision, string> = { approve: '同意', reject: '不同意' };

// The roles a step may name; each is a role of src/access ('president' since ADR 0155).
export const stepRoles = ['bureau-head', 'judge', 'president', 'finance'] as const;
export type StepRole = (typeof stepRoles)[number];
export const stepRoleNames: Record<StepRole, string> = {
  'bureau-head': '执行局长',
  judge: '执行法官（合议庭）',
  president: '院长',
  finance: '财务人员',
};

export const approvalKinds = [
  'case.defer',
  'case.close',
  'case.sanction',
  'funds.hold',
  'credit.dishonest-listing',
  'credit.consumption-restriction',
  'credit.restoration',
] as const;
export type ApprovalKind = (typeof approvalKinds)[number];
export const approvalKindNames: Record<ApprovalKind, string> = {
  'case.defer': '暂缓执行',
  'case.close': '结案',
  'case.sanction': '罚款、拘留',
  'funds.hold': '暂缓发放案款',
  'credit.dishonest-listing': '纳入失信被执行人名单',
  'credit.consumption-restriction': '限制消费',
  'credit.restoration': '信用修复',
};

export type ApprovalStep = { readonly role: StepRole; readonly title: string };
export type ApprovalPolicy = { readonly steps: readonly ApprovalStep[]; readonly basis: string };

const bureauHead: ApprovalStep = { role: 'bureau-head', title: '执行局长审批' };
// Where the statute names no signer, the court's internal rule does; legal-rules.md records none
// for 终结执行, 不予执行 or 暂缓执行, so the default is the bureau head's signature, a setting.
const internalRule = '法律和司法解释未规定审批人（legal-rules.md 无记载）；默认由执行局长审批，各院可按内部规定调整';

/**
 * The default step lists, keyed by subject and variant (`case.close:terminated`). A subject
 * without an entry is not approved: the action is taken directly. 终本's entry is written down
 * now and switched on with its gate (合议庭 review, then the 院长: 民诉法解释(2022) 第517条).
 */
export const defaultApprovalPolicies: Readonly<Record<string, ApprovalPolicy>> = {
  'case.defer': { steps: [bureauHead], basis: `暂缓执行：民诉法解释(2022) 第467条规定期限，${internalRule}` },
  'case.close:terminated': { steps: [bureauHead], basis: `终结执行：民事诉讼法(2023) 第268条规定情形，${internalRule}` },
  'case.close:refused': { steps: [bureauHead], basis: `不予执行：民事诉讼法(2023) 第248、249条规定情形，${internalRule}` },
  // VERIFIED-2nd: the text read in a secondary source, as 第116条 of the 2017/2021 text (renumbered 第119条 in 2023).
  'case.sanction': {
    steps: [{ role: 'president', title: '院长批准' }],
    basis: '罚款、拘留：拘传、罚款、拘留必须经院长批准（民事诉讼法(2023) 第119条）',
  },
  // VERIFIED-2nd (legal-rules.md §4, P9): the 决定书 is issued after the 院长's review (ADR 0190).
  'credit.dishonest-listing': {
    steps: [{ role: 'president', title: '院长审核签发' }],
    basis: '纳入失信被执行人名单决定书经由法院院长依法审核后签发（善意文明执行意见 法发〔2019〕35号）',
  },
  // VERIFIED (legal-rules.md §4, S18 第5条 of 2010): the 限制消费令 is signed by the 院长 (ADR 0206).
  'credit.consumption-restriction': {
    steps: [{ role: 'president', title: '院长签发' }],
    basis: '限制消费令由人民法院院长签发（《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第5条）',
  },
  // Policy, not statute (legal-rules.md §4: 失信名单规定 第2条第2款 allows early deletion, P9/P19 call for
  // credit repair, no text names the signers): the judge reviews the facts, the 院长 who signed the listing decides (ADR 0209).
  'credit.restoration': {
    steps: [
      { role: 'judge', title: '执行法官审查' },
      { role: 'president', title: '院长审批' },
    ],
    basis:
      '信用修复、提前删除失信信息：失信名单规定(2017) 第2条第2款；审批程序为本院政策（善意文明执行意见 法发〔2019〕35号、民营经济促进法指导意见(2025) 未规定审批人），可按各院规定调整',
  },
  // 延缓发放 with the approval of the 执行局局长 or the 主管院领导 (legal-rules.md §7, 执行款物管理规定 2017;
  // the list of reasons from memory, UNSURE): the bureau head by default.
  'funds.hold': {
    steps: [bureauHead],
    basis:
      '暂缓发放执行款：《最高人民法院关于执行款物管理工作的规定》（法发〔2017〕6号）延缓发放条款，经执行局局长或主管院领导批准（条号未核实）',
  },
};

/** The roles that decide a step of some policy in force: they have a 待审批 inbox. */
export const decidingRoles: readonly StepRole[] = [
  ...new Set(Object.values(defaultApprovalPolicies).flatMap((p) => p.steps.map((s) => s.role))),
];

/** 终本's steps, for when its gate is built: 合议庭 review, then the president's approval (民诉法解释(2022) 第517条). */
export const dormantClosurePolicy: ApprovalPolicy = {
  steps: [
    { role: 'judge', title: '合议庭评议' },
    { role: 'president', title: '院长审批' },
  ],
  basis: '终结本次执行程序：申请执行人未书面同意的，经合议庭评议并报院长审批（民诉法解释(2022) 第517条）',
};

/** The policy key of an action: its subject, and for a closure its mode. */
export const policyKey = (kind: ApprovalKind, mode?: ClosureMode): string => (kind === 'case.close' ? `case.close:${mode}` : kind);

/** The step list an action needs, or null when it is taken directly. */
export const approvalPolicyOf = (kind: ApprovalKind, mode?: ClosureMode, policies = defaultApprovalPolicies): ApprovalPolicy | null =>
  policies[policyKey(kind, mode)] ?? null;

/** How the web and the server name an action awaiting approval: 「终结执行」「暂缓执行」. */
export const actionName = (kind: ApprovalKind, mode?: ClosureMode): string =>
  kind === 'case.close' && mode ? closureModeNames[mode] : approvalKindNames[kind];

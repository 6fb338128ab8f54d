// The words of enforcement cases that the server and the web app share: statuses, case types,
// closure modes, the lifecycle's transitions and what each allows. Written once, here; the
// server's cases context and web/src both import it.
import { handlingActionNames } from './event-names.ts';

export const caseTypes = ['first', 'resumed', 'preservation'] as const;
export type CaseType = (typeof caseTypes)[number];

/** 案件类型代字 in the case number: （2026）粤0703执恢12号. */
export const typeCodeOf: Record<CaseType, string> = { first: '执', resumed: '执恢', preservation: '执保' };

export const caseTypeNames: Record<CaseType, string> = {
  first: '首次执行',
  resumed: '恢复执行',
  preservation: '财产保全执行',
};

export const caseStatuses = ['filed', 'in-progress', 'suspended', 'deferred', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const statusNames: Record<CaseStatus, string> = {
  filed: '已立案',
  'in-progress': '执行中',
  suspended: '中止执行',
  deferred: '暂缓执行',
  closed: '已结案',
};

// 结案方式: 最高人民法院关于人民法院执行工作若干问题的规定（试行）(2020年修正) 第64条.
export const closureModes = ['fully-enforced', 'current-procedure-terminated', 'terminated', 'cancelled', 'refused', 'rejected'] as const;
export type ClosureMode = (typeof closureModes)[number];

export const closureModeNames: Record<ClosureMode, string> = {
  'fully-enforced': '执行完毕',
  'current-procedure-terminated': '终结本次执行程序',
  terminated: '终结执行',
  cancelled: '销案',
  refused: '不予执行',
  rejected: '驳回申请',
};

export type PartyKind = 'person' | 'organization';
export const partyKindNames: Record<PartyKind, string> = { person: '自然人', organization: '单位' };

// The case lifecycle: filed → in progress ⇄ suspended / deferred → closed.
// Suspension (中止) is not a closure: 民事诉讼法(2023) 第267条. Deferral (暂缓): 民诉法解释(2022) 第467条.
export const transitions = {
  start: { from: ['filed'], to: 'in-progress' },
  suspend: { from: ['in-progress'], to: 'suspended' },
  defer: { from: ['in-progress'], to: 'deferred' },
  continue: { from: ['suspended', 'deferred'], to: 'in-progress' },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus }>;

export type Transition = keyof typeof transitions;
export const transitionList = Object.keys(transitions) as Transition[];

export const transitionNames: Record<Transition, string> = {
  start: '开始执行',
  suspend: '中止执行',
  defer: '暂缓执行',
  continue: '恢复进行',
};

export function canTransition(status: CaseStatus, t: Transition): boolean {
  return (transitions[t].from as readonly CaseStatus[]).includes(status);
}

/** The transitions a case in this status allows, in the table's order. */
export const transitionsFrom = (status: CaseStatus): Transition[] => transitionList.filter((t) => canTransition(status, t));

// 执行完毕 and 终本 presuppose that enforcement actually ran; the other four modes end a case
// from any open state (e.g. 不予执行 on an arbitral award, 销案 on transfer, 终结 on death).
const closableFrom: Record<ClosureMode, readonly CaseStatus[]> = {
  'fully-enforced': ['filed', 'in-progress'],
  'current-procedure-terminated': ['in-progress'],
  terminated: ['filed', 'in-progress', 'suspended', 'deferred'],
  cancelled: ['filed', 'in-progress', 'suspended', 'deferred'],
  refused: ['filed', 'in-progress', 'suspended', 'deferred'],
  rejected: ['filed', 'in-progress', 'suspended', 'deferred'],
};

export const canClose = (status: CaseStatus, mode: ClosureMode): boolean => closableFrom[mode].includes(status);

/** The closure modes a case in this status allows, in the order of 第64条: what the web offers and the API accepts. */
export const closureModesFrom = (status: CaseStatus): ClosureMode[] => closureModes.filter((m) => canClose(status, m));

// Resumption after 终本 or 终结执行 opens a new 执恢 case: 民诉法解释(2022) 第517条; 法明传〔2018〕335号.
export const canResume = (status: CaseStatus, mode: ClosureMode | null): boolean =>
  status === 'closed' && (mode === 'current-procedure-terminated' || mode === 'terminated');

/** The events of a case's timeline, by the action they record. */
export const caseActionNames: Record<string, string> = {
  ...handlingActionNames,
  'case.filed': '立案',
  'case.imported': '导入',
  'case.start': '开始执行',
  'case.suspend': '中止执行',
  'case.defer': '暂缓执行',
  'case.continue': '恢复进行',
  'case.closed': '结案',
  'case.resumed': '恢复执行',
  'case.resumption-filed': '立执恢案件',
  'case.resumption-requested': '申请恢复执行',
  'case.termination-ruling-served': '送达终本裁定',
  'seizure.carried-over': '查封、扣押、冻结转入执恢案件',
  'case.officer-assigned': '指定承办人',
  'approval.requested': '提交审批',
  'approval.step-approved': '审批（同意，转下一步）',
  'approval.approved': '审批同意',
  'approval.rejected': '审批不同意',
  'approval.withdrawn': '撤回审批',
  'asset.recorded': '登记财产',
  'seizure.ordered': '查封、扣押、冻结',
  'seizure.took-effect': '轮候措施生效',
  'seizure.renewed': '续行',
  'seizure.released': '解除查封、扣押、冻结',
  'seizure.lapsed': '查封、扣押、冻结期满失效',
  'case.deduction-received': '扣划到账',
  'case.applicant-interviewed': '约谈申请执行人',
  'case.debtor-whereabouts-recorded': '登记被执行人下落',
  // 终本案件库 (src/dormant, ADR 0213).
  'dormant.entered': '录入终本案件库',
  'dormant.research-sent': '终本复查：发出网络查询',
  'dormant.research-skipped': '终本复查：无被执行人可查',
  'dormant.research-answered': '终本复查：查询结果',
  'dormant.find-reported': '终本复查发现财产（建议恢复执行）',
  'dormant.two-empty-researches': '终本后连续两次复查未发现财产',
};

// 执行依据的种类 (民事诉讼法 第235条、第244–245条; 民诉法解释 第460条): who made the document the
// case enforces. A court's document carries a court case number (its 原审案号).
export const issuerTypes = [
  'court-judgment',
  'court-mediation',
  'court-ruling',
  'payment-order',
  'arbitral-award',
  'arbitral-mediation',
  'notarial-deed',
  'administrative-decision',
  'other',
] as const;
export type IssuerType = (typeof issuerTypes)[number];

export const issuerTypeNames: Record<IssuerType, string> = {
  'court-judgment': '人民法院判决书',
  'court-mediation': '人民法院调解书',
  'court-ruling': '人民法院裁定书',
  'payment-order': '支付令',
  'arbitral-award': '仲裁裁决书',
  'arbitral-mediation': '仲裁调解书',
  'notarial-deed': '赋予强制执行效力的公证债权文书',
  'administrative-decision': '行政决定书',
  other: '其他法律文书',
};

/** Whether the document was made by a people's court (so its number is a court case number). */
export const issuedByCourt = (t: IssuerType): boolean =>
  t === 'court-judgment' || t === 'court-mediation' || t === 'court-ruling' || t === 'payment-order';

// How a case stands against its 执行期限, as the case list marks it (src/cases/list-cases.ts).
export const termStates = ['overdue', 'due-soon', 'running', 'paused', 'met', 'waived'] as const;
export type TermState = (typeof termStates)[number];
export const termStateNames: Record<TermState, string> = {
  overdue: '已超期',
  'due-soon': '临期',
  running: '期限内',
  paused: '停止计算',
  met: '已结案',
  waived: '不适用',
};

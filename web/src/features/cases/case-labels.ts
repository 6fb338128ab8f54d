import type { CaseStatus, CaseType, ClosureMode, Transition } from './cases.types.ts';

export const statusNames: Record<CaseStatus, string> = {
  filed: '已立案',
  'in-progress': '执行中',
  suspended: '中止执行',
  deferred: '暂缓执行',
  closed: '已结案',
};

export const statusColors: Record<CaseStatus, string> = {
  filed: 'blue',
  'in-progress': 'processing',
  suspended: 'orange',
  deferred: 'gold',
  closed: 'default',
};

export const closureModeNames: Record<ClosureMode, string> = {
  'fully-enforced': '执行完毕',
  'current-procedure-terminated': '终结本次执行程序',
  terminated: '终结执行',
  cancelled: '销案',
  refused: '不予执行',
  rejected: '驳回申请',
};

export const closureModes = Object.keys(closureModeNames) as ClosureMode[];

export const caseTypeNames: Record<CaseType, string> = {
  first: '首次执行',
  resumed: '恢复执行',
  preservation: '财产保全执行',
};

export const transitionNames: Record<Transition, string> = {
  start: '开始执行',
  suspend: '中止执行',
  defer: '暂缓执行',
  continue: '恢复进行',
};

// Which transitions each status allows (src/cases/lifecycle.ts).
export const transitionsFrom: Record<CaseStatus, Transition[]> = {
  filed: ['start'],
  'in-progress': ['suspend', 'defer'],
  suspended: ['continue'],
  deferred: ['continue'],
  closed: [],
};

export const actionNames: Record<string, string> = {
  'case.filed': '立案',
  'case.imported': '导入',
  'case.start': '开始执行',
  'case.suspend': '中止执行',
  'case.defer': '暂缓执行',
  'case.continue': '恢复进行',
  'case.closed': '结案',
  'case.resumed': '恢复执行',
  'case.officer-assigned': '指定承办人',
};

export const partyKindNames = { person: '自然人', organization: '单位' } as const;

export const canResumeCase = (status: CaseStatus, mode: ClosureMode | null | undefined): boolean =>
  status === 'closed' && (mode === 'current-procedure-terminated' || mode === 'terminated');

import type { CaseStatus, ClosureMode } from './cases.types.ts';

// The case lifecycle: filed → in progress ⇄ suspended / deferred → closed.
// Suspension (中止) is not a closure: 民事诉讼法(2023) 第267条. Deferral (暂缓): 民诉法解释(2022) 第467条.
export const transitions = {
  start: { from: ['filed'], to: 'in-progress' },
  suspend: { from: ['in-progress'], to: 'suspended' },
  defer: { from: ['in-progress'], to: 'deferred' },
  continue: { from: ['suspended', 'deferred'], to: 'in-progress' },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus }>;

export type Transition = keyof typeof transitions;

export const transitionNames: Record<Transition, string> = {
  start: '开始执行',
  suspend: '中止执行',
  defer: '暂缓执行',
  continue: '恢复进行',
};

export function canTransition(status: CaseStatus, t: Transition): boolean {
  return (transitions[t].from as readonly CaseStatus[]).includes(status);
}

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

// Resumption after 终本 or 终结执行 opens a new 执恢 case: 民诉法解释(2022) 第517条; 法明传〔2018〕335号.
export const canResume = (status: CaseStatus, mode: ClosureMode | null): boolean =>
  status === 'closed' && (mode === 'current-procedure-terminated' || mode === 'terminated');

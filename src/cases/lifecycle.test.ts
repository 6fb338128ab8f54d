import { describe, expect, it } from 'vitest';
import { canClose, canResume, canTransition, closureModesFrom } from './lifecycle.ts';
import { approvalPolicyOf } from '../shared/approvals.ts';

describe('case lifecycle', () => {
  it('starts a filed case and suspends, defers and continues one in progress', () => {
    expect(canTransition('filed', 'start')).toBe(true);
    expect(canTransition('in-progress', 'suspend')).toBe(true);
    expect(canTransition('in-progress', 'defer')).toBe(true);
    expect(canTransition('suspended', 'continue')).toBe(true);
    expect(canTransition('deferred', 'continue')).toBe(true);
  });
  it('refuses to suspend a case that is not in progress or to move a closed case', () => {
    expect(canTransition('filed', 'suspend')).toBe(false);
    expect(canTransition('suspended', 'defer')).toBe(false);
    expect(canTransition('closed', 'start')).toBe(false);
    expect(canTransition('closed', 'continue')).toBe(false);
  });
  it('allows 终本 only while enforcement is in progress, and no closure of a closed case', () => {
    expect(canClose('in-progress', 'current-procedure-terminated')).toBe(true);
    expect(canClose('suspended', 'current-procedure-terminated')).toBe(false);
    expect(canClose('filed', 'rejected')).toBe(true);
    expect(canClose('closed', 'terminated')).toBe(false);
  });
  it('resumes (执恢) only a case closed by 终本 or 终结执行', () => {
    expect(canResume('closed', 'current-procedure-terminated')).toBe(true);
    expect(canResume('closed', 'terminated')).toBe(true);
    expect(canResume('closed', 'fully-enforced')).toBe(false);
    expect(canResume('in-progress', null)).toBe(false);
  });
  it('offers per status only the closure modes it allows, none once closed', () => {
    expect(closureModesFrom('filed')).toEqual(['fully-enforced', 'terminated', 'cancelled', 'refused', 'rejected']);
    expect(closureModesFrom('deferred')).toEqual(['terminated', 'cancelled', 'refused', 'rejected']);
    expect(closureModesFrom('closed')).toEqual([]);
  });
  it('sends 暂缓执行, 终结执行 and 不予执行 to the bureau head, and takes the other closures and 中止 directly', () => {
    expect(approvalPolicyOf('case.defer')?.steps.map((s) => s.role)).toEqual(['bureau-head']);
    expect(approvalPolicyOf('case.close', 'terminated')?.steps.map((s) => s.role)).toEqual(['bureau-head']);
    expect(approvalPolicyOf('case.close', 'refused')?.steps.map((s) => s.role)).toEqual(['bureau-head']);
    for (const m of ['fully-enforced', 'current-procedure-terminated', 'cancelled', 'rejected'] as const)
      expect(approvalPolicyOf('case.close', m)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { canClose, canResume, canTransition } from './lifecycle.ts';

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
});

import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

const policy = { baseMs: 1_000, capMs: 60_000 };

describe('retry backoff', () => {
  it('doubles the ceiling with each failed attempt', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy, top))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('waits at least half the ceiling, however the jitter falls', () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(2_000);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(3_000);
  });

  it('never waits longer than the cap, even after many attempts', () => {
    expect(backoffDelay(40, policy, () => 0.999999)).toBe(60_000);
    expect(backoffDelay(40, policy, () => 0)).toBe(30_000);
  });

  it('spreads two workers that failed the same attempt apart', () => {
    expect(backoffDelay(5, policy, () => 0.1)).not.toBe(backoffDelay(5, policy, () => 0.9));
  });
});

// Exponential backoff with jitter: the n-th retry waits a random time in [½, 1) of
// min(cap, base · 2^(n-1)), so that workers retrying one institution spread out instead of
// returning together ("equal jitter"). `random` is injected: tests pass a fixed one.
export type BackoffPolicy = { readonly baseMs: number; readonly capMs: number };

export function backoffDelay(failedAttempt: number, policy: BackoffPolicy, random: () => number): number {
  const exponent = Math.min(Math.max(failedAttempt, 1) - 1, 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}

import { instantAfter, MINUTE_MS } from '../shared/dates.ts';

// Throttling of sign-in attempts, in place of an account lockout that anyone could trigger.
// Failures count per account *and* client address, so a stranger guessing elsewhere never keeps
// the owner out; every attempt also counts per address, so one address cannot guess at speed.
// Policy, not law: the limits are defaults a court may change.
export type ThrottlePolicy = { perAddress: { attempts: number; windowMs: number }; perAccount: { failures: number; windowMs: number } };
export const defaultThrottlePolicy: ThrottlePolicy = {
  perAddress: { attempts: 300, windowMs: MINUTE_MS },
  perAccount: { failures: 5, windowMs: 15 * MINUTE_MS },
};

/** A refusal: the instant from which the next attempt is admitted. */
export type Throttled = { retryAt: Date };

// Sliding windows of attempt times, kept in this process (a multi-instance deployment would keep
// them in a shared store). Entries older than their window are dropped whenever a key is touched,
// and a periodic prune drops keys nobody touched again, so memory stays bounded under attack.
export class SignInThrottle {
  readonly #attempts = new Windows();
  readonly #failures = new Windows();
  constructor(readonly policy: ThrottlePolicy = defaultThrottlePolicy) {}

  /** Records an attempt from `address` on `username`, or says until when it is refused. */
  admit(username: string, address: string, now: Date): Throttled | null {
    const t = now.getTime();
    const { perAddress, perAccount } = this.policy;
    const byAddress = this.#attempts.recent(`a|${address}`, t, perAddress.windowMs);
    const failures = this.#failures.recent(accountKey(username, address), t, perAccount.windowMs);
    const until: number[] = [];
    if (byAddress.length >= perAddress.attempts) until.push(byAddress[byAddress.length - perAddress.attempts]! + perAddress.windowMs);
    if (failures.length >= perAccount.failures) until.push(failures[failures.length - perAccount.failures]! + perAccount.windowMs);
    if (until.length) return { retryAt: instantAfter(now, Math.max(...until) - t) };
    this.#attempts.add(`a|${address}`, t);
    this.#attempts.prune(t, perAddress.windowMs);
    this.#failures.prune(t, perAccount.windowMs);
    return null;
  }

  failed(username: string, address: string, now: Date): void {
    this.#failures.add(accountKey(username, address), now.getTime());
  }

  succeeded(username: string, address: string): void {
    this.#failures.forget(accountKey(username, address));
  }
}

const accountKey = (username: string, address: string) => `f|${username.toLowerCase()}|${address}`;

class Windows {
  readonly #times = new Map<string, number[]>();
  #prunedAt = 0;

  recent(key: string, now: number, windowMs: number): number[] {
    const list = (this.#times.get(key) ?? []).filter((at) => at > now - windowMs);
    if (list.length) this.#times.set(key, list);
    else this.#times.delete(key);
    return list;
  }

  add(key: string, at: number): void {
    const list = this.#times.get(key);
    if (list) list.push(at);
    else this.#times.set(key, [at]);
  }

  forget(key: string): void {
    this.#times.delete(key);
  }

  prune(now: number, windowMs: number): void {
    if (now - this.#prunedAt < windowMs) return;
    this.#prunedAt = now;
    for (const [key, list] of this.#times) if (list[list.length - 1]! <= now - windowMs) this.#times.delete(key);
  }
}

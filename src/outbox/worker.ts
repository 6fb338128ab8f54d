import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import type { ConnectorRegistry } from './registry.ts';
import { claimDue, deliverClaim, expireOverdueAnswers, type DeliveryPolicy, type Settled } from './deliver.ts';

export type OutboxWorker = {
  readonly id: string;
  /** Stops claiming, lets in-flight attempts finish for up to `graceMs`, then aborts and releases the rest. */
  stop(opts?: { graceMs?: number }): Promise<void>;
  /** How many attempts are in flight in this process. */
  inFlight(): number;
};

type Ctx = Pick<AppContext, 'handle' | 'db' | 'clock'>;

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

// The in-process worker the server starts: every `pollMs` it claims what the institutions'
// concurrency leaves free and delivers it without waiting for the previous attempts, so that a
// slow institution never holds up the others.
export function startOutboxWorker(
  ctx: Ctx,
  registry: ConnectorRegistry,
  opts: {
    policy: DeliveryPolicy;
    pollMs: number;
    batch?: number;
    worker?: string;
    onError?: (e: unknown) => void;
    onSettled?: (s: Settled) => void;
  },
): OutboxWorker {
  const id = opts.worker ?? newWorkerId();
  const abort = new AbortController();
  const running = new Set<Promise<void>>();
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();
  const report = opts.onError ?? ((e: unknown) => console.error('outbox worker:', e instanceof Error ? e.message : e));

  const tick = async () => {
    if (stopping) return;
    try {
      await expireOverdueAnswers(ctx);
      const claims = await claimDue(ctx, registry, { worker: id, limit: opts.batch ?? 50, policy: opts.policy });
      for (const claim of claims) {
        const p: Promise<void> = deliverClaim(ctx, registry, claim, opts.policy, abort.signal)
          .then((s) => opts.onSettled?.(s))
          .catch(report)
          .finally(() => running.delete(p));
        running.add(p);
      }
    } catch (error) {
      // The database may be away (restart, failover): the next tick tries again.
      report(error);
    }
  };
  const schedule = () => {
    if (stopping) return;
    timer = setTimeout(() => {
      ticking = tick().finally(schedule);
    }, opts.pollMs);
  };
  ticking = tick().finally(schedule);

  return {
    id,
    inFlight: () => running.size,
    stop: async ({ graceMs = 5_000 } = {}) => {
      stopping = true;
      clearTimeout(timer);
      await ticking;
      const drained = Promise.all([...running]);
      let grace: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (grace = setTimeout(() => resolve('late'), graceMs)));
      if ((await Promise.race([drained.then(() => 'done' as const), late])) === 'late') abort.abort();
      clearTimeout(grace);
      await Promise.all([...running]);
    },
  };
}

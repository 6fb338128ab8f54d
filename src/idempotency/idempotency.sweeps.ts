import { transact } from '../db/transaction.ts';
import { capOf, cutoffOf, dryRunReport, inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { success } from '../shared/result.ts';
import { countExpiredKeys, purgeExpiredKeys } from './idempotency.repo.ts';

// Stored answers are kept for KEY_LIFETIME_HOURS; after that a key is free again and its row goes.
// No audit event: the row is a copy of an answer whose facts have their own events (ADR 0041).
export const purgeIdempotencyKeysSweep: Sweep = {
  name: 'purge-idempotency-keys',
  title: '清理过期幂等键',
  description: '删除保存期（24 小时）已过的幂等键及其保存的答复。',
  async run(ctx, o) {
    const cutoff = cutoffOf(ctx.clock.now(), o.asOf);
    if (o.dryRun) return dryRunReport(o, await countExpiredKeys(ctx.db, cutoff, capOf(o)));
    return inBatches(
      o,
      async (n) => {
        const r = await transact(ctx, async (tx) => success(await purgeExpiredKeys(tx, cutoff, n)));
        const count = r.ok ? r.value : 0;
        return { examined: count, changed: count };
      },
      5000,
    );
  },
};

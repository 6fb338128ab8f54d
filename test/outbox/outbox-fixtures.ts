import { sql } from 'kysely';
import { transact } from '../../src/db/transaction.ts';
import { systemActor } from '../../src/audit/audit.types.ts';
import { success } from '../../src/shared/result.ts';
import { enqueueRequest } from '../../src/outbox/enqueue-request.ts';
import type { DeliveryPolicy } from '../../src/outbox/deliver.ts';
import type { Clock } from '../../src/platform/clock.ts';
import type { AppContext } from '../../src/platform/context.ts';

// Shared by the outbox tests: a policy with small numbers, and enqueueing as a use case would.

export const testPolicy = (over: Partial<DeliveryPolicy> = {}): DeliveryPolicy => ({
  leaseMs: 60_000,
  attemptTimeoutMs: 2_000,
  backoff: { baseMs: 1_000, capMs: 60_000 },
  answerWindowMs: 3_600_000,
  random: () => 0.5,
  ...over,
});

export async function enqueue(
  app: Pick<AppContext, 'handle' | 'courts'> & { clock: Clock },
  institution: string,
  payload: Record<string, unknown> = {},
  opts: { kind?: string; maxAttempts?: number } = {},
) {
  const courtId = app.courts.byCode('粤0703')!.id;
  const r = await transact(app, async (tx) =>
    success(
      await enqueueRequest(tx, systemActor, app.clock.now(), {
        courtId,
        caseId: null,
        institution,
        kind: opts.kind ?? 'deposit-search',
        payload,
        ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
      }),
    ),
  );
  if (!r.ok) throw new Error(r.code);
  return r.value;
}

/** The audit actions recorded for one request, in order. */
export async function actionsOf(app: Pick<AppContext, 'db'>, requestId: string): Promise<string[]> {
  const rows = await sql<{ action: string }>`select action from events where entity_id = ${requestId} order by seq`.execute(app.db);
  return rows.rows.map((r) => r.action);
}

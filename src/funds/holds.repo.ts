import type { Executor, Tx } from '../db/connection.ts';

// The lawful holds of case money (延缓发放, ADR 0161): read, locked after the case row, released.

export type HoldRow = { id: string; courtId: number; caseId: string; kind: string; amount: bigint; reason: string; state: string };

export async function lockHold(tx: Tx, id: string): Promise<HoldRow | undefined> {
  const r = await tx.selectFrom('funds_holds').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return (
    r && { id: r.id, courtId: r.court_id, caseId: r.case_id, kind: r.kind, amount: BigInt(r.amount), reason: r.reason, state: r.state }
  );
}

export async function holdCaseOf(db: Executor, id: string): Promise<{ caseId: string; courtId: number } | undefined> {
  const r = await db.selectFrom('funds_holds').select(['case_id', 'court_id']).where('id', '=', id).executeTakeFirst();
  return r && { caseId: r.case_id, courtId: r.court_id };
}

export async function releaseHoldRow(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.updateTable('funds_holds').set({ state: 'released', released_at: at }).where('id', '=', id).execute();
}

/** How many lawful holds (延缓发放, not a pending payout's own) the case has in force. */
export async function lawfulHoldsInForce(db: Executor, caseId: string): Promise<number> {
  const r = await db
    .selectFrom('funds_holds')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .where('state', '=', 'active')
    .where('kind', '<>', 'payout')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

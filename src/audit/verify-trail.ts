import type { Executor } from '../db/connection.ts';
import type { AppContext } from '../platform/context.ts';
import { replayCases, type ReplayReport } from '../cases/replay-cases.ts';
import { verifyAuditChains, type VerifyOptions, type VerifyReport } from './verify-chain.ts';

export type TrailReport = VerifyReport & { ok: boolean; cases: ReplayReport };

/** The whole audit: every court's chain against its signed checkpoints, then every case's rows against its events. */
export async function verifyAuditTrail(db: Executor, opts: VerifyOptions = {}): Promise<TrailReport> {
  const chains = await verifyAuditChains(db, opts);
  const cases = await replayCases(db, opts.courtIds ? { courtIds: opts.courtIds } : {});
  return { ...chains, ok: chains.breaks.length === 0 && cases.mismatches.length === 0, cases };
}

/** The verify options of this installation: its audit key and the checkpoints' age limit. */
export const trailOptions = (ctx: AppContext): VerifyOptions => ({
  key: ctx.auditKey,
  maxCheckpointAgeHours: ctx.config.audit.checkpointMaxAgeHours,
});

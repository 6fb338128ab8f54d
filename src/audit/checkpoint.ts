import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { isoInstant } from '../shared/dates.ts';
import { chainHeadsWithCodes } from './audit.repo.ts';
import {
  eventHashesAt,
  insertCheckpoints,
  lastCheckpoint,
  latestCheckpoints,
  lockCheckpoints,
  type CheckpointRow,
} from './checkpoints.repo.ts';
import { signText, verifyText, type AuditKey } from './signing-key.ts';

// A checkpoint records a court's chain head — its last seq and hash — signed with the audit key.
// Checkpoints form one chain of their own (n = 1, 2, 3 … each naming the signature before it), so
// that verify can tell a chain head that moved backwards, or vanished, from one that moved on.

/** The text a checkpoint's signature covers. */
export const checkpointText = (c: Omit<CheckpointRow, 'signature'>): string =>
  ['zhixing-audit-checkpoint/1', c.n, c.courtId, c.seq, c.hash, isoInstant(c.signedAt), c.keyId, c.prevSignature].join('|');

export const checkpointSignatureValid = (key: AuditKey, c: CheckpointRow): boolean =>
  c.keyId === key.keyId && verifyText(key, checkpointText(c), c.signature);

export type CheckpointProblem = { courtId: number; courtCode: string; problem: 'head-moved-back' | 'head-vanished'; detail: string };
/** `newest`: the last checkpoint after this run, to be kept outside the database (the server log). */
export type CheckpointReport = {
  signed: number;
  unchanged: number;
  problems: CheckpointProblem[];
  newest: { n: string; signature: string } | null;
};

// Signs every head that moved since its court's last checkpoint. A head that moved backwards, or
// whose event at the checkpointed seq no longer has the checkpointed hash, is not signed — that
// would bless a truncation — and is reported instead. Safe to run again at any time.
export async function checkpointChains(ctx: AppContext): Promise<Result<CheckpointReport>> {
  if (!ctx.auditKey?.privateKey) return failure('audit-key-missing');
  return transact(ctx, (tx) => checkpointChainsIn(tx, ctx));
}

/** The same inside the caller's transaction. */
export async function checkpointChainsIn(
  tx: Tx,
  ctx: Pick<AppContext, 'auditKey' | 'clock' | 'courts'>,
): Promise<Result<CheckpointReport>> {
  const key = ctx.auditKey;
  if (!key?.privateKey) return failure('audit-key-missing');
  await lockCheckpoints(tx);
  const [heads, latest, last] = [await chainHeadsWithCodes(tx), await latestCheckpoints(tx), await lastCheckpoint(tx)];
  const problems: CheckpointProblem[] = [];
  const moved = heads.filter((h) => {
    const cp = latest.get(h.court_id);
    return !cp || cp.seq !== BigInt(h.last_seq) || cp.hash !== h.last_hash;
  });
  const hashes = await eventHashesAt(
    tx,
    moved.flatMap((h) => {
      const cp = latest.get(h.court_id);
      return cp ? [{ courtId: h.court_id, seq: cp.seq }] : [];
    }),
  );
  const signedAt = ctx.clock.now();
  let n = last?.n ?? 0n;
  let prev = last?.signature ?? '';
  const rows: CheckpointRow[] = [];
  for (const h of moved) {
    const cp = latest.get(h.court_id);
    const seq = BigInt(h.last_seq);
    if (cp && (seq < cp.seq || hashes.get(`${h.court_id}|${cp.seq}`) !== cp.hash)) {
      const detail = seq < cp.seq ? `链头在第 ${seq} 号，签名检查点已记到第 ${cp.seq} 号` : `第 ${cp.seq} 号事件与签名检查点不符`;
      problems.push({ courtId: h.court_id, courtCode: h.code, problem: 'head-moved-back', detail });
      continue;
    }
    n += 1n;
    const unsigned = { n, courtId: h.court_id, seq, hash: h.last_hash, signedAt, keyId: key.keyId, prevSignature: prev };
    const row = { ...unsigned, signature: signText(key, checkpointText(unsigned)) };
    rows.push(row);
    prev = row.signature;
  }
  const withHead = new Set(heads.map((h) => h.court_id));
  for (const [courtId, cp] of latest) {
    if (withHead.has(courtId)) continue;
    const court = ctx.courts.byId(courtId);
    problems.push({
      courtId,
      courtCode: court?.code ?? String(courtId),
      problem: 'head-vanished',
      detail: `链头不见了，签名检查点记到第 ${cp.seq} 号`,
    });
  }
  await insertCheckpoints(tx, rows);
  const newest = n > 0n ? { n: n.toString(), signature: prev } : null;
  return success({ signed: rows.length, unchanged: heads.length - moved.length, problems, newest });
}

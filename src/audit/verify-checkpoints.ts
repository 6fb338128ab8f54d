import type { Executor } from '../db/connection.ts';
import { isoInstant } from '../shared/dates.ts';
import { checkpointSignatureValid } from './checkpoint.ts';
import { checkpointsAfter } from './checkpoints.repo.ts';
import type { AuditKey } from './signing-key.ts';

export type CheckpointChainBreak = { n: string; courtId: number; problem: 'checkpoint-forged' | 'checkpoint-missing'; detail: string };
export type CheckpointChain = { count: number; newestAt: Date | null; signaturesChecked: boolean; broken: CheckpointChainBreak | null };

// Walks the checkpoints in order of n: numbered 1, 2, 3 … without a gap, each naming the signature
// of the one before, each signed by the audit key. One taken out of the middle, or one written by
// someone without the key, breaks the walk; the first such place is returned.
export async function walkCheckpoints(db: Executor, key: AuditKey | null, batch = 5000): Promise<CheckpointChain> {
  let expected = 1n;
  let prev = '';
  let count = 0;
  let newestAt: Date | null = null;
  for (let after = 0n; ;) {
    const rows = await checkpointsAfter(db, after, batch);
    if (rows.length === 0) break;
    for (const c of rows) {
      count += 1;
      const at = { n: c.n.toString(), courtId: c.courtId };
      if (c.n !== expected || c.prevSignature !== prev) {
        const detail = c.n !== expected ? `第 ${expected} 号检查点缺失` : `第 ${c.n} 号检查点所接的前一签名不符`;
        return { count, newestAt, signaturesChecked: key !== null, broken: { ...at, problem: 'checkpoint-missing', detail } };
      }
      if (key && !checkpointSignatureValid(key, c)) {
        const detail = c.keyId === key.keyId ? `第 ${c.n} 号检查点的签名无效` : `第 ${c.n} 号检查点由另一把密钥（${c.keyId}）签名`;
        return { count, newestAt, signaturesChecked: true, broken: { ...at, problem: 'checkpoint-forged', detail } };
      }
      if (!newestAt || isoInstant(c.signedAt) > isoInstant(newestAt)) newestAt = c.signedAt;
      prev = c.signature;
      expected += 1n;
    }
    after = rows[rows.length - 1]!.n;
  }
  return { count, newestAt, signaturesChecked: key !== null, broken: null };
}

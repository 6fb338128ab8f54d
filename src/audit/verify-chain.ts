import { chainEventsAfter, chainHeadsWithCodes, eventsWithoutHead } from './audit.repo.ts';
import type { Executor } from '../db/connection.ts';
import { GENESIS_HASH, eventHash } from './hash.ts';
import { HOUR_MS, instantAfter, isoInstant } from '../shared/dates.ts';
import { checkpointedCourtsWithoutHead, checkpointsOfCourt } from './checkpoints.repo.ts';
import { walkCheckpoints } from './verify-checkpoints.ts';
import type { AuditKey } from './signing-key.ts';

export type ChainProblem =
  | 'content-altered'
  | 'missing'
  | 'out-of-order'
  | 'head-mismatch'
  // found against the signed checkpoints (docs/adr/0030-audit-checkpoints-and-replay.md):
  | 'truncated'
  | 'chain-vanished'
  | 'checkpoint-mismatch'
  | 'checkpoint-forged'
  | 'checkpoint-missing'
  | 'checkpoint-stale';

export type ChainBreak = {
  courtId: number;
  courtCode: string;
  seq: string;
  eventId: string | null;
  problem: ChainProblem;
  detail?: string;
};

export type CheckpointSummary = { count: number; newestAt: string | null; signaturesChecked: boolean };
export type VerifyReport = { courts: number; events: number; breaks: ChainBreak[]; checkpoints: CheckpointSummary };

export type VerifyOptions = {
  batch?: number;
  courtIds?: readonly number[];
  /** The audit key (a public one suffices); without it checkpoints are compared but their signatures not checked. */
  key?: AuditKey | null;
  /** Events this many hours newer than the newest checkpoint: checkpoints were taken away. */
  maxCheckpointAgeHours?: number;
};

// Walks every court's chain in seq order. Recomputing each hash catches edited content or
// a changed seq; a seq gap or a head that points past the last row catches deletions; the signed
// checkpoints catch a chain cut short with its head moved back, or deleted with its head.
// `courtIds` limits the walk to some courts (a signed-in user's); the CLI walks them all.
export async function verifyAuditChains(db: Executor, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const batch = opts.batch ?? 5000;
  const inView = (courtId: number) => !opts.courtIds || opts.courtIds.includes(courtId);
  const heads = await chainHeadsWithCodes(db, opts.courtIds);
  const breaks: ChainBreak[] = [];
  let total = 0;
  let newestEvent: string | null = null;
  for (const head of heads) {
    const checkpoints = await checkpointsOfCourt(db, head.court_id);
    const lastCheckpointed = [...checkpoints.keys()].reduce((m, s) => (BigInt(s) > m ? BigInt(s) : m), 0n);
    let expectedSeq = 1n;
    let prevHash = GENESIS_HASH;
    let broken: ChainBreak | null = null;
    for (let after = 0n; !broken;) {
      const rows = await chainEventsAfter(db, head.court_id, after, batch);
      if (rows.length === 0) break;
      for (const r of rows) {
        total += 1;
        const seq = BigInt(r.seq);
        const at = { courtId: head.court_id, courtCode: head.code, seq: seq.toString(), eventId: r.id };
        if (seq !== expectedSeq) {
          broken = { ...at, seq: expectedSeq.toString(), eventId: null, problem: seq > expectedSeq ? 'missing' : 'out-of-order' };
          break;
        }
        const occurredAt = isoInstant(r.occurred_at);
        const recomputed = eventHash({
          courtId: r.court_id,
          seq,
          id: r.id,
          caseId: r.case_id,
          actorId: r.actor_id,
          actorName: r.actor_name,
          occurredAt,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          changes: r.changes,
          prevHash,
        });
        if (r.prev_hash !== prevHash || r.hash !== recomputed) {
          broken = { ...at, problem: 'content-altered' };
          break;
        }
        // A chain rewritten after a checkpoint: the event at the checkpointed seq is another one.
        const signed = checkpoints.get(seq.toString());
        if (signed !== undefined && signed !== r.hash) {
          broken = { ...at, problem: 'checkpoint-mismatch', detail: `第 ${seq} 号事件不是签名检查点所记的那一个` };
          break;
        }
        if (!newestEvent || occurredAt > newestEvent) newestEvent = occurredAt;
        prevHash = r.hash;
        expectedSeq += 1n;
      }
      after = BigInt(rows[rows.length - 1]!.seq);
    }
    if (!broken && (BigInt(head.last_seq) !== expectedSeq - 1n || head.last_hash !== prevHash)) {
      broken = { courtId: head.court_id, courtCode: head.code, seq: expectedSeq.toString(), eventId: null, problem: 'missing' };
    }
    // Cut short, its head moved back with it: whole as far as it goes, but shorter than was signed.
    if (!broken && expectedSeq - 1n < lastCheckpointed) {
      const detail = `签名检查点记到第 ${lastCheckpointed} 号，链现只到第 ${expectedSeq - 1n} 号`;
      broken = { courtId: head.court_id, courtCode: head.code, seq: expectedSeq.toString(), eventId: null, problem: 'truncated', detail };
    }
    if (broken) breaks.push(broken);
  }
  // Events of a court with no head at all were written around the chain.
  const orphan = await eventsWithoutHead(db);
  for (const o of orphan.filter((r) => inView(r.court_id)).slice(0, 1))
    breaks.push({ courtId: o.court_id, courtCode: o.code, seq: String(o.seq), eventId: o.id, problem: 'head-mismatch' });
  // A court whose chain was deleted together with its head is known only to its checkpoints.
  for (const gone of (await checkpointedCourtsWithoutHead(db)).filter((r) => inView(r.court_id))) {
    if (orphan.some((o) => o.court_id === gone.court_id)) continue;
    const detail = `签名检查点记到第 ${gone.seq} 号，现在既无事件也无链头`;
    breaks.push({ courtId: gone.court_id, courtCode: gone.code, seq: gone.seq, eventId: null, problem: 'chain-vanished', detail });
  }
  const chain = await walkCheckpoints(db, opts.key ?? null);
  if (chain.broken && inView(chain.broken.courtId)) {
    const code = (await chainHeadsWithCodes(db, [chain.broken.courtId]))[0]?.code ?? String(chain.broken.courtId);
    breaks.push({
      courtId: chain.broken.courtId,
      courtCode: code,
      seq: '0',
      eventId: null,
      problem: chain.broken.problem,
      detail: chain.broken.detail,
    });
  }
  // The newest checkpoints taken away with the chains they covered: the events outlive them.
  const maxAge = (opts.maxCheckpointAgeHours ?? 24) * HOUR_MS;
  if (chain.newestAt && newestEvent && newestEvent > isoInstant(instantAfter(chain.newestAt, maxAge))) {
    const detail = `最新的签名检查点签于 ${isoInstant(chain.newestAt)}，此后的事件直到 ${newestEvent} 都没有检查点`;
    breaks.push({ courtId: 0, courtCode: '', seq: '0', eventId: null, problem: 'checkpoint-stale', detail });
  }
  return {
    courts: heads.length,
    events: total,
    breaks,
    checkpoints: {
      count: chain.count,
      newestAt: chain.newestAt ? isoInstant(chain.newestAt) : null,
      signaturesChecked: chain.signaturesChecked,
    },
  };
}

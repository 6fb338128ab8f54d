import { chainEventsAfter, chainHeadsWithCodes, eventsWithoutHead } from './audit.repo.ts';
import type { Executor } from '../db/connection.ts';
import { GENESIS_HASH, eventHash } from './hash.ts';
import { isoInstant } from '../shared/dates.ts';

export type ChainBreak = {
  courtId: number;
  courtCode: string;
  seq: string;
  eventId: string | null;
  problem: 'content-altered' | 'missing' | 'out-of-order' | 'head-mismatch';
};

export type VerifyReport = { courts: number; events: number; breaks: ChainBreak[] };

// Walks every court's chain in seq order. Recomputing each hash catches edited content or
// a changed seq; a seq gap or a head that points past the last row catches deletions.
// `courtIds` limits the walk to some courts (a signed-in user's); the CLI walks them all.
export async function verifyAuditChains(db: Executor, opts: { batch?: number; courtIds?: readonly number[] } = {}): Promise<VerifyReport> {
  const batch = opts.batch ?? 5000;
  const heads = await chainHeadsWithCodes(db, opts.courtIds);
  const breaks: ChainBreak[] = [];
  let total = 0;
  for (const head of heads) {
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
        const recomputed = eventHash({
          courtId: r.court_id,
          seq,
          id: r.id,
          caseId: r.case_id,
          actorId: r.actor_id,
          actorName: r.actor_name,
          occurredAt: isoInstant(r.occurred_at),
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
        prevHash = r.hash;
        expectedSeq += 1n;
      }
      after = BigInt(rows[rows.length - 1]!.seq);
    }
    if (!broken && (BigInt(head.last_seq) !== expectedSeq - 1n || head.last_hash !== prevHash)) {
      broken = { courtId: head.court_id, courtCode: head.code, seq: expectedSeq.toString(), eventId: null, problem: 'missing' };
    }
    if (broken) breaks.push(broken);
  }
  // Events of a court with no head at all were written around the chain.
  const orphan = await eventsWithoutHead(db);
  const inView = (courtId: number) => !opts.courtIds || opts.courtIds.includes(courtId);
  for (const o of orphan.filter((r) => inView(r.court_id)).slice(0, 1))
    breaks.push({ courtId: o.court_id, courtCode: o.code, seq: String(o.seq), eventId: o.id, problem: 'head-mismatch' });
  return { courts: heads.length, events: total, breaks };
}

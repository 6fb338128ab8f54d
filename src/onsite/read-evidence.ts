import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { isoInstant } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { custodyOf, evidenceContent, evidenceView, findEvidence, insertCustody, recordsOfCase } from './onsite.repo.ts';
import type { CustodyAction, CustodyEntry, EvidenceView, OnsiteRecordView } from './onsite.types.ts';
import { sha256Hex } from './upload-evidence.ts';

// Reading evidence is part of its chain of custody: every view of a file's details and every
// download is logged (who, when) with an audit event, in the transaction that reads it.

type Meta = NonNullable<Awaited<ReturnType<typeof findEvidence>>>;

async function logCustody(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  f: Meta,
  action: CustodyAction,
  outcome: 'unchanged' | 'changed' | null = null,
) {
  const actor = actorOf(who);
  const now = ctx.clock.now();
  await insertCustody(tx, {
    id: randomUUID(),
    court_id: f.court_id,
    case_id: f.case_id,
    evidence_id: f.id,
    action,
    at: now,
    user_id: actor.id,
    user_name: actor.name,
    outcome,
  });
  await appendEvent(tx, actor, now, {
    courtId: f.court_id,
    caseId: f.case_id,
    action: `evidence.${action}`,
    entityType: 'evidence',
    entityId: f.id,
    changes: outcome ? { outcome } : {},
  });
}

async function readable(tx: Tx, who: Principal, id: string): Promise<Result<Meta>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const f = await findEvidence(tx, id);
  return f && inScope(who, f.court_id) ? success(f) : failure('evidence-not-found');
}

export const getEvidence = (ctx: AppContext, who: Principal, id: string): Promise<Result<EvidenceView>> =>
  transact(ctx, async (tx) => {
    const f = await readable(tx, who, id);
    if (!f.ok) return f;
    await logCustody(tx, ctx, who, f.value, 'viewed');
    return success(evidenceView(f.value));
  });

export type EvidenceFile = { fileName: string; contentType: string; sha256: string; byteSize: number; content: Uint8Array };

export const downloadEvidence = (ctx: AppContext, who: Principal, id: string): Promise<Result<EvidenceFile>> =>
  transact(ctx, async (tx) => {
    const f = await readable(tx, who, id);
    if (!f.ok) return f;
    const content = await evidenceContent(tx, id);
    await logCustody(tx, ctx, who, f.value, 'downloaded');
    const m = f.value;
    return success({ fileName: m.file_name, contentType: m.content_type, sha256: m.sha256, byteSize: m.byte_size, content });
  });

export type Verification = {
  outcome: 'unchanged' | 'changed';
  storedSha256: string;
  computedSha256: string;
  byteSize: number;
  verifiedAt: string;
};

/** Re-hashes the stored bytes: unchanged when they still hash to the SHA-256 recorded at upload. */
export const verifyEvidence = (ctx: AppContext, who: Principal, id: string): Promise<Result<Verification>> =>
  transact(ctx, async (tx) => {
    const f = await readable(tx, who, id);
    if (!f.ok) return f;
    const content = await evidenceContent(tx, id);
    const computed = sha256Hex(content);
    const outcome = computed === f.value.sha256 && content.byteLength === f.value.byte_size ? 'unchanged' : 'changed';
    await logCustody(tx, ctx, who, f.value, 'verified', outcome);
    return success({
      outcome,
      storedSha256: f.value.sha256,
      computedSha256: computed,
      byteSize: content.byteLength,
      verifiedAt: isoInstant(ctx.clock.now()),
    });
  });

/** The chain of custody: the upload, every view, download and verification, in order. */
export async function evidenceCustody(
  ctx: AppContext,
  who: Principal,
  id: string,
): Promise<Result<{ evidence: EvidenceView; items: CustodyEntry[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const f = await findEvidence(ctx.db, id);
  if (!f || !inScope(who, f.court_id)) return failure('evidence-not-found');
  return success({ evidence: evidenceView(f), items: await custodyOf(ctx.db, id) });
}

export async function listOnsiteRecords(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: OnsiteRecordView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  return success({ items: await recordsOfCase(ctx.db, caseId) });
}

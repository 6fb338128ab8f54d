import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { isoInstant } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { evidenceView, findRecord, insertCustody, insertEvidence } from './onsite.repo.ts';
import { pastInstant } from './record-onsite.ts';
import { evidenceKinds, MAX_EVIDENCE_BYTES, type EvidenceKind, type EvidenceView } from './onsite.types.ts';

export type EvidenceInput = {
  kind: string;
  fileName: string;
  contentType: string;
  sha256: string;
  capturedAt: string;
  description?: string | null | undefined;
  content: string; // Base64
};

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

// Strict Base64: what decodes must encode back to the same text (Node's decoder skips garbage).
function decode(content: string): Buffer | null {
  const clean = content.replace(/\s+/g, '');
  const bytes = Buffer.from(clean, 'base64');
  return bytes.length > 0 && bytes.toString('base64').replace(/=+$/, '') === clean.replace(/=+$/, '') ? bytes : null;
}

const typeFits = (kind: EvidenceKind, contentType: string) =>
  kind === 'photo' ? contentType.startsWith('image/') : kind === 'video' ? contentType.startsWith('video/') : true;

/**
 * An evidence file of an on-site record, kept in the database with its SHA-256. The client states
 * the hash; the server hashes the bytes it received and refuses a mismatch, storing nothing. The
 * upload is the first entry of the file's chain of custody.
 */
export async function uploadEvidenceIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  recordId: string,
  input: EvidenceInput,
): Promise<Result<EvidenceView>> {
  if (!can(who, 'measure.record')) return failure('forbidden');
  if (!(evidenceKinds as readonly string[]).includes(input.kind)) return failure('validation-failed', '证据种类不正确');
  const kind = input.kind as EvidenceKind;
  const contentType = input.contentType.trim().toLowerCase();
  if (!typeFits(kind, contentType)) return failure('evidence-type-mismatch');
  const now = ctx.clock.now();
  const capturedAt = pastInstant(input.capturedAt, now);
  if (!capturedAt) return failure('onsite-time-invalid', '拍摄（形成）时间须为带时区的时间，且不能晚于现在');
  const bytes = decode(input.content);
  if (!bytes) return failure('evidence-content-invalid');
  if (bytes.length > MAX_EVIDENCE_BYTES) return failure('evidence-too-large');
  const sha256 = sha256Hex(bytes);
  if (sha256 !== input.sha256.trim().toLowerCase()) return failure('evidence-hash-mismatch', `服务器计算的 SHA-256 为 ${sha256}`);

  const record = await findRecord(tx, recordId);
  if (!record || record.case_id !== caseId || !inScope(who, record.court_id)) return failure('onsite-record-not-found');
  await lockCaseRow(tx, record.case_id); // the case first (ADR 0002)
  const actor = actorOf(who);
  const row = {
    id: randomUUID(),
    court_id: record.court_id,
    case_id: record.case_id,
    record_id: record.id,
    kind,
    file_name: input.fileName.trim().slice(0, 200),
    content_type: contentType,
    byte_size: bytes.length,
    sha256,
    content: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    captured_at: capturedAt,
    description: (input.description ?? '').trim().slice(0, 500) || null,
    uploaded_at: now,
    uploaded_by: actor.id,
    uploaded_by_name: actor.name,
  };
  await insertEvidence(tx, row);
  await insertCustody(tx, {
    id: randomUUID(),
    court_id: row.court_id,
    case_id: row.case_id,
    evidence_id: row.id,
    action: 'uploaded',
    at: now,
    user_id: actor.id,
    user_name: actor.name,
    outcome: null,
  });
  await appendEvent(tx, actor, now, {
    courtId: row.court_id,
    caseId: row.case_id,
    action: 'evidence.uploaded',
    entityType: 'evidence',
    entityId: row.id,
    changes: { recordId: record.id, kind, fileName: row.file_name, byteSize: row.byte_size, sha256, capturedAt: isoInstant(capturedAt) },
  });
  const { content: _bytes, ...meta } = row;
  return success(evidenceView(meta));
}

import type { Insertable, Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { EvidenceCustodyTable, EvidenceFilesTable, OnsiteRecordsTable } from '../db/handling-schema.ts';
import { isoInstant } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import {
  custodyActionNames,
  evidenceKindNames,
  type CustodyEntry,
  type EvidenceView,
  type OnsiteRecordView,
  type PresentPerson,
  type SpotSanction,
  type TeamMember,
} from './onsite.types.ts';

// SQL of on-site records, evidence files and their custody log. File bytes are read only by the
// download and the verification.

type RecordRow = Omit<Selectable<OnsiteRecordsTable>, 'seq'>;
type EvidenceMeta = Omit<Selectable<EvidenceFilesTable>, 'seq' | 'content'>;

const META = [
  'id',
  'court_id',
  'case_id',
  'record_id',
  'kind',
  'file_name',
  'content_type',
  'byte_size',
  'sha256',
  'captured_at',
  'description',
  'uploaded_at',
  'uploaded_by',
  'uploaded_by_name',
] as const;

export async function insertRecord(tx: Tx, row: Insertable<OnsiteRecordsTable>): Promise<void> {
  await tx.insertInto('onsite_records').values(row).execute();
}

export async function findRecord(db: Executor, id: string): Promise<{ id: string; court_id: number; case_id: string } | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('onsite_records').select(['id', 'court_id', 'case_id']).where('id', '=', id).executeTakeFirst();
}

export async function insertEvidence(tx: Tx, row: Insertable<EvidenceFilesTable>): Promise<void> {
  await tx.insertInto('evidence_files').values(row).execute();
}

export async function findEvidence(db: Executor, id: string): Promise<EvidenceMeta | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('evidence_files').select(META).where('id', '=', id).executeTakeFirst();
}

export async function evidenceContent(db: Executor, id: string): Promise<Uint8Array> {
  const row = await db.selectFrom('evidence_files').select('content').where('id', '=', id).executeTakeFirstOrThrow();
  return row.content;
}

export async function insertCustody(db: Executor, row: Insertable<EvidenceCustodyTable>): Promise<void> {
  await db.insertInto('evidence_custody').values(row).execute();
}

export async function custodyOf(db: Executor, evidenceId: string): Promise<CustodyEntry[]> {
  const rows = await db.selectFrom('evidence_custody').selectAll().where('evidence_id', '=', evidenceId).orderBy('seq').execute();
  return rows.map((r) => ({
    action: r.action,
    actionName: custodyActionNames[r.action],
    at: isoInstant(r.at),
    by: r.user_name,
    outcome: r.outcome,
  }));
}

export async function recordsOfCase(db: Executor, caseId: string): Promise<OnsiteRecordView[]> {
  const records = await db.selectFrom('onsite_records').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
  if (records.length === 0) return [];
  const files = await db
    .selectFrom('evidence_files')
    .select(META)
    .where(
      'record_id',
      'in',
      records.map((r) => r.id),
    )
    .orderBy('seq')
    .execute();
  return records.map((r) =>
    recordView(
      r,
      files.filter((f) => f.record_id === r.id),
    ),
  );
}

export function recordView(r: RecordRow, files: readonly EvidenceMeta[]): OnsiteRecordView {
  return {
    id: r.id,
    caseId: r.case_id,
    startedAt: isoInstant(r.started_at),
    endedAt: r.ended_at ? isoInstant(r.ended_at) : null,
    place: r.place,
    actions: r.actions,
    team: r.team as TeamMember[],
    present: r.present as PresentPerson[],
    sanctions: r.sanctions as SpotSanction[],
    note: r.note,
    recordedAt: isoInstant(r.recorded_at),
    recordedBy: r.recorded_by_name,
    evidence: files.map(evidenceView),
  };
}

export function evidenceView(f: EvidenceMeta): EvidenceView {
  return {
    id: f.id,
    recordId: f.record_id,
    kind: f.kind,
    kindName: evidenceKindNames[f.kind],
    fileName: f.file_name,
    contentType: f.content_type,
    byteSize: f.byte_size,
    sha256: f.sha256,
    capturedAt: isoInstant(f.captured_at),
    description: f.description,
    uploadedAt: isoInstant(f.uploaded_at),
    uploadedBy: f.uploaded_by_name,
    downloadUrl: `/api/v1/evidence/${f.id}/file`,
  };
}

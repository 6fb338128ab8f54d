import type { Insertable, Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { DocumentServicesTable, DocumentsTable } from '../db/schema.ts';
import { isUuid } from '../shared/ids.ts';
import { isoInstant } from '../shared/dates.ts';
import { serviceMethodNames } from '../rules/document-service.ts';
import { documentKindNames, type DocumentKind, type DocumentView, type ServiceView } from './documents.types.ts';

// SQL of documents and their service records. File bytes are read only by the download.

export type DocumentMeta = Omit<Selectable<DocumentsTable>, 'content' | 'seq'>;
type ServiceRow = Omit<Selectable<DocumentServicesTable>, 'seq'>;

const META = [
  'id',
  'court_id',
  'case_id',
  'kind',
  'title',
  'bundle',
  'addressee',
  'file_name',
  'content_type',
  'byte_size',
  'sha256',
  'template_version',
  'data',
  'issued_on',
  'generated_at',
  'generated_by',
  'generated_by_name',
] as const;

export async function insertDocument(tx: Tx, row: Insertable<DocumentsTable>): Promise<void> {
  await tx.insertInto('documents').values(row).execute();
}

export async function documentsInBundle(tx: Tx, caseId: string, bundle: string): Promise<DocumentMeta[]> {
  return tx.selectFrom('documents').select(META).where('case_id', '=', caseId).where('bundle', '=', bundle).orderBy('seq').execute();
}

export async function documentsOfCase(db: Executor, caseId: string): Promise<DocumentMeta[]> {
  return db.selectFrom('documents').select(META).where('case_id', '=', caseId).orderBy('seq').execute();
}

export async function loadDocumentMeta(db: Executor, id: string): Promise<DocumentMeta | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('documents').select(META).where('id', '=', id).executeTakeFirst();
}

export async function loadDocumentFile(db: Executor, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('documents')
    .select(['id', 'court_id', 'case_id', 'file_name', 'content_type', 'sha256', 'byte_size', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertService(tx: Tx, row: Insertable<DocumentServicesTable>): Promise<void> {
  await tx.insertInto('document_services').values(row).execute();
}

/** How many services of this kind of document the case has recorded so far. */
export async function servicesOfKind(tx: Tx, caseId: string, kind: DocumentKind): Promise<number> {
  const row = await tx
    .selectFrom('document_services')
    .innerJoin('documents', 'documents.id', 'document_services.document_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('document_services.case_id', '=', caseId)
    .where('documents.kind', '=', kind)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function servicesOf(db: Executor, documentIds: readonly string[]): Promise<Map<string, ServiceView[]>> {
  const byDocument = new Map<string, ServiceView[]>();
  if (documentIds.length === 0) return byDocument;
  const rows = await db
    .selectFrom('document_services')
    .selectAll()
    .where('document_id', 'in', documentIds as string[])
    .orderBy('seq')
    .execute();
  for (const r of rows) byDocument.set(r.document_id, [...(byDocument.get(r.document_id) ?? []), serviceView(r)]);
  return byDocument;
}

/** Staff downloading an instrument read the identities in it: that read is logged like a case's. */
export async function logDocumentRead(db: Executor, r: { courtId: number; caseId: string; userId: string; at: Date }): Promise<void> {
  await db
    .insertInto('personal_data_reads')
    .values({ court_id: r.courtId, case_id: r.caseId, user_id: r.userId, purpose: 'document.download', read_at: r.at })
    .execute();
}

export function serviceView(r: ServiceRow): ServiceView {
  return {
    id: r.id,
    documentId: r.document_id,
    method: r.method,
    methodName: serviceMethodNames[r.method],
    servedOn: r.served_on,
    deemedServedOn: r.deemed_served_on,
    recipient: r.recipient_name,
    recipientRole: r.recipient_role,
    address: r.address,
    note: r.note,
    recordedAt: isoInstant(r.recorded_at),
    recordedBy: r.recorded_by_name,
  };
}

export function documentView(d: DocumentMeta, services: ServiceView[]): DocumentView {
  const kind = d.kind as DocumentKind;
  return {
    id: d.id,
    caseId: d.case_id,
    kind,
    kindName: documentKindNames[kind] ?? d.title,
    title: d.title,
    addressee: d.addressee,
    fileName: d.file_name,
    contentType: d.content_type,
    byteSize: d.byte_size,
    sha256: d.sha256,
    templateVersion: d.template_version,
    issuedOn: d.issued_on,
    generatedAt: isoInstant(d.generated_at),
    generatedBy: d.generated_by_name,
    downloadUrl: `/api/v1/documents/${d.id}/file`,
    services,
  };
}

import { createHash, randomUUID } from 'node:crypto';
import type { Tx } from '../db/connection.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Actor } from '../audit/audit.types.ts';
import type { LocalDate } from '../shared/dates.ts';
import { DOCX_CONTENT_TYPE, renderDocx } from './docx.ts';
import { insertDocument, type DocumentMeta } from './documents.repo.ts';
import type { Template } from './templates/template.ts';

export type GenerateInput<T> = {
  readonly template: Template<T>;
  readonly data: T;
  readonly courtId: number;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly addressee: string; // who the instrument is addressed to (the debtor's name …)
  readonly issuedOn: LocalDate;
  readonly bundle?: string; // instruments issued together ('first-notices')
};

/** A file name a clerk recognises: 执行通知书（2026）粤0703执123号（江门市恒泰建材有限公司）.docx */
export const fileNameOf = (title: string, caseNumber: string, addressee: string) =>
  `${title}${caseNumber}（${addressee}）.docx`.replace(/[\\/:*?"<>|\n\r]/g, '_');

/**
 * Renders an instrument from its template and stores it, with its SHA-256 and size, on the case,
 * in the caller's transaction, with an audit event (`document.generated`). Call it after your row
 * locks. Deterministic: the same data and issue date give the same bytes and hash.
 */
export async function generateDocument<T>(tx: Tx, actor: Actor, at: Date, input: GenerateInput<T>): Promise<DocumentMeta> {
  const spec = input.template.build(input.data);
  const content = await renderDocx(spec, input.issuedOn);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const row = {
    id: randomUUID(),
    court_id: input.courtId,
    case_id: input.caseId,
    kind: input.template.kind,
    title: input.template.title,
    bundle: input.bundle ?? null,
    addressee: input.addressee,
    file_name: fileNameOf(input.template.title, input.caseNumber, input.addressee),
    content_type: DOCX_CONTENT_TYPE,
    byte_size: content.byteLength,
    sha256,
    template_version: input.template.version,
    data: JSON.stringify(input.data),
    issued_on: input.issuedOn,
    generated_at: at,
    generated_by: actor.id,
    generated_by_name: actor.name,
  };
  await insertDocument(tx, { ...row, content });
  await appendEvent(tx, actor, at, {
    courtId: input.courtId,
    caseId: input.caseId,
    action: 'document.generated',
    entityType: 'document',
    entityId: row.id,
    changes: {
      kind: row.kind,
      title: row.title,
      addressee: row.addressee,
      sha256,
      byteSize: row.byte_size,
      templateVersion: row.template_version,
    },
  });
  return { ...row, data: input.data };
}

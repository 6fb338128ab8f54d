import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { openDeadline, type DeadlineContext } from '../deadlines/deadline-changes.ts';
import { reportDueOn } from '../rules/asset-report-order.ts';
import { deemedServedOn, needsCircumstances, serviceMethods, type ServiceMethod } from '../rules/document-service.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { insertService, loadDocumentMeta, servicesOfKind, serviceView, type DocumentMeta } from './documents.repo.ts';
import type { DocumentKind, ServiceView } from './documents.types.ts';

export type ServiceInput = {
  method: string;
  servedOn: string;
  recipient: string;
  recipientRole?: string | null | undefined;
  address?: string | null | undefined;
  note?: string | null | undefined;
};

export type RecordedService = { service: ServiceView; reportDueOn: LocalDate | null };

type Valid = {
  method: ServiceMethod;
  servedOn: LocalDate;
  recipient: string;
  recipientRole: string | null;
  address: string | null;
  note: string | null;
};

const text = (v: string | null | undefined, max: number) => {
  const t = (v ?? '').trim();
  return t ? t.slice(0, max) : null;
};

function validate(ctx: AppContext, input: ServiceInput): Result<Valid> {
  const method = (serviceMethods as readonly string[]).includes(input.method) ? (input.method as ServiceMethod) : null;
  if (!method) return failure('unknown-service-method');
  const servedOn = parseLocalDate(input.servedOn);
  if (!servedOn) return failure('invalid-date-value', '送达日期须为有效日期');
  if (compareDates(servedOn, ctx.clock.today()) > 0) return failure('date-in-future', '送达日期不能晚于今天');
  const recipient = text(input.recipient, 100);
  if (!recipient) return failure('service-recipient-required');
  const note = text(input.note, 1000);
  if (needsCircumstances(method) && !note) return failure('service-circumstances-required');
  return success({ method, servedOn, recipient, recipientRole: text(input.recipientRole, 50), address: text(input.address, 200), note });
}

/**
 * Records how and when a document was served (送达). Serving the 执行通知书 emits
 * `case.enforcement-notice-served`; serving the 报告财产令 computes the report's due date and
 * emits `case.asset-report-order-served`. A repeat with the same Idempotency-Key and body gets
 * the first record (src/idempotency).
 */
export const recordService = (ctx: AppContext, who: Principal, documentId: string, input: ServiceInput): Promise<Result<RecordedService>> =>
  transact(ctx, (tx) => recordServiceIn(tx, ctx, who, documentId, input));

/** The same inside the caller's transaction (the idempotent route). */
export async function recordServiceIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  documentId: string,
  input: ServiceInput,
): Promise<Result<RecordedService>> {
  if (!can(who, 'document.serve')) return failure('forbidden');
  const valid = validate(ctx, input);
  if (!valid.ok) return valid;
  const s = valid.value;
  const doc = await loadDocumentMeta(tx, documentId);
  if (!doc || !inScope(who, doc.court_id)) return failure('document-not-found');
  await lockCaseRow(tx, doc.case_id); // the case first (ADR 0002): serving moves the case's clock
  if (compareDates(s.servedOn, doc.issued_on as LocalDate) < 0) return failure('served-before-issued');
  const deemed = deemedServedOn(s.method, s.servedOn);
  const due = doc.kind === 'asset-report-order' ? reportDue(ctx, doc, deemed) : success(null);
  if (!due.ok) return due;

  const actor = actorOf(who);
  const now = ctx.clock.now();
  const earlierOfKind = await servicesOfKind(tx, doc.case_id, doc.kind as DocumentKind);
  const row = {
    id: randomUUID(),
    court_id: doc.court_id,
    case_id: doc.case_id,
    document_id: doc.id,
    method: s.method,
    served_on: s.servedOn,
    deemed_served_on: deemed,
    recipient_name: s.recipient,
    recipient_role: s.recipientRole,
    address: s.address,
    note: s.note,
    recorded_at: now,
    recorded_by: actor.id,
    recorded_by_name: actor.name,
  };
  await insertService(tx, row);
  await appendEvent(tx, actor, now, {
    courtId: doc.court_id,
    caseId: doc.case_id,
    action: 'document.served',
    entityType: 'document',
    entityId: doc.id,
    changes: { serviceId: row.id, method: s.method, servedOn: s.servedOn, deemedServedOn: deemed, recipient: s.recipient },
  });
  await caseMilestone(tx, ctx, actor, now, doc, {
    servedOn: s.servedOn,
    deemedServedOn: deemed,
    method: s.method,
    first: earlierOfKind === 0,
    reportDueOn: due.value,
  });
  return success({ service: serviceView(row), reportDueOn: due.value });
}

function reportDue(ctx: AppContext, doc: DocumentMeta, deemed: LocalDate): Result<LocalDate> {
  const days = (doc.data as { reportingDays: number }).reportingDays;
  const due = reportDueOn(deemed, days, ctx.calendar);
  return due.ok ? success(due.value) : failure(due.code, due.detail);
}

// What the service means for the case's own clock: the events the deadlines mechanism reads.
async function caseMilestone(
  tx: Tx,
  dctx: DeadlineContext,
  actor: Actor,
  at: Date,
  doc: DocumentMeta,
  m: { servedOn: LocalDate; deemedServedOn: LocalDate; method: ServiceMethod; first: boolean; reportDueOn: LocalDate | null },
): Promise<void> {
  const base = { courtId: doc.court_id, caseId: doc.case_id, entityType: 'case', entityId: doc.case_id };
  if (doc.kind === 'enforcement-notice') {
    await appendEvent(tx, actor, at, {
      ...base,
      action: 'case.enforcement-notice-served',
      changes: {
        documentId: doc.id,
        issuedOn: doc.issued_on,
        servedOn: m.servedOn,
        deemedServedOn: m.deemedServedOn,
        method: m.method,
        first: m.first,
      },
    });
    // DEADLINE HOOK — the one call site for the 执行通知 node (民诉法解释 第480条: within 10 days
    // of filing). When src/deadlines/ lands: `if (m.first) await meetDeadline(tx, { caseId: doc.case_id,
    // node: 'enforcement-notice', metOn: m.servedOn /* or doc.issued_on: the rule says 发出 */ })`.
  }
  if (doc.kind === 'termination-ruling' && m.first) {
    // The 终本 ruling takes effect on service to the applicant (终本规定 第6条, UNSURE): the pool
    // (src/dormant) dates a case's entry from this fact.
    await appendEvent(tx, actor, at, {
      ...base,
      action: 'case.termination-ruling-served',
      changes: { documentId: doc.id, servedOn: m.servedOn, deemedServedOn: m.deemedServedOn, method: m.method },
    });
  }
  if (doc.kind === 'asset-report-order' && m.reportDueOn) {
    await appendEvent(tx, actor, at, {
      ...base,
      action: 'case.asset-report-order-served',
      changes: { documentId: doc.id, servedOn: m.servedOn, deemedServedOn: m.deemedServedOn, reportDueOn: m.reportDueOn, first: m.first },
    });
    // The debtor's report is due on m.reportDueOn (财产调查规定 第4–5条): one deadline per order,
    // opened by its first service (a later service of the same order leaves it as it is).
    await openDeadline(tx, dctx, actor, at, {
      courtId: doc.court_id,
      caseId: doc.case_id,
      node: 'asset-report',
      subject: doc.id,
      startOn: m.deemedServedOn,
      dueOn: m.reportDueOn,
    });
  }
}

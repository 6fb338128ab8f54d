import type { Executor } from '../db/connection.ts';
import type { StatutoryCalendar } from '../rules/calendar.ts';
import { reportDueOn } from '../rules/asset-report-order.ts';
import type { LocalDate } from '../shared/dates.ts';
import { documentsOfCase, loadDocumentMeta, servicesOf, type DocumentMeta } from './documents.repo.ts';
import type { InstrumentParty } from './templates/wording.ts';

// Published to src/reports: a 报告财产令 as the debtor's report and the sanctions read it — whom
// it orders (the debtor, person or organisation), and, once served, the day the report is due.

export type ReportOrder = {
  readonly id: string;
  readonly courtId: number;
  readonly caseId: string;
  readonly debtor: InstrumentParty;
  readonly issuedOn: LocalDate;
  readonly reportingDays: number;
  /** The day the first recorded service counts from (公告送达: 30 days after publication); null while unserved. */
  readonly servedOn: LocalDate | null;
  /** The last day for the report, from the first service; null while unserved. */
  readonly reportDueOn: LocalDate | null;
};

async function orderOf(db: Executor, calendar: StatutoryCalendar, d: DocumentMeta): Promise<ReportOrder> {
  const data = d.data as { reportingDays: number; addressee: InstrumentParty };
  const first = (await servicesOf(db, [d.id])).get(d.id)?.[0];
  const servedOn = (first?.deemedServedOn ?? null) as LocalDate | null;
  const due = servedOn ? reportDueOn(servedOn, data.reportingDays, calendar) : null;
  return {
    id: d.id,
    courtId: d.court_id,
    caseId: d.case_id,
    debtor: data.addressee,
    issuedOn: d.issued_on as LocalDate,
    reportingDays: data.reportingDays,
    servedOn,
    reportDueOn: due?.ok ? due.value : null,
  };
}

/** The 报告财产令 with this id, or undefined (another kind of document, or none). */
export async function reportOrderOf(db: Executor, calendar: StatutoryCalendar, id: string): Promise<ReportOrder | undefined> {
  const d = await loadDocumentMeta(db, id);
  return d?.kind === 'asset-report-order' ? orderOf(db, calendar, d) : undefined;
}

/** Every 报告财产令 of a case, in the order they were made. */
export async function reportOrdersOfCase(db: Executor, calendar: StatutoryCalendar, caseId: string): Promise<ReportOrder[]> {
  const docs = (await documentsOfCase(db, caseId)).filter((d) => d.kind === 'asset-report-order');
  return Promise.all(docs.map((d) => orderOf(db, calendar, d)));
}

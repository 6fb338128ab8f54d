import type { Insertable, Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type {
  AssetReportItemsTable,
  AssetReportsTable,
  AssetReportVerificationsTable,
  ReportSanctionsTable,
} from '../db/handling-schema.ts';
import { assetKindNames, type AssetKind } from '../shared/asset-kinds.ts';
import { isoInstant, type LocalDate } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { formatYuan } from '../shared/money.ts';
import {
  changeKindNames,
  sanctionGroundNames,
  sanctionMeasureNames,
  sanctionStatusNames,
  verificationOutcomeNames,
  type AssetReportView,
  type ChangeKind,
  type SanctionStatus,
  type SanctionView,
  type VerificationView,
} from './reports.types.ts';

// SQL of asset reports with their items and verification, and of the sanctions.

type ReportRow = Omit<Selectable<AssetReportsTable>, 'seq'>;
type ItemRow = Selectable<AssetReportItemsTable>;
type VerificationRow = Selectable<AssetReportVerificationsTable>;
type SanctionRow = Omit<Selectable<ReportSanctionsTable>, 'seq'>;

const REPORT = [
  'id',
  'court_id',
  'case_id',
  'order_id',
  'debtor_name',
  'debtor_kind',
  'reported_on',
  'report_due_on',
  'late',
  'complete',
  'declares_none',
  'note',
  'recorded_at',
  'recorded_by',
  'recorded_by_name',
] as const;

export async function insertReport(
  tx: Tx,
  row: Insertable<AssetReportsTable>,
  items: readonly Insertable<AssetReportItemsTable>[],
): Promise<void> {
  await tx.insertInto('asset_reports').values(row).execute();
  if (items.length)
    await tx
      .insertInto('asset_report_items')
      .values([...items])
      .execute();
}

export async function reportsOfOrder(db: Executor, orderId: string): Promise<ReportRow[]> {
  return db.selectFrom('asset_reports').select(REPORT).where('order_id', '=', orderId).orderBy('seq').execute();
}

/** The report with this id, locked for its verification. */
export async function lockReport(tx: Tx, id: string): Promise<ReportRow | undefined> {
  if (!isUuid(id)) return undefined;
  return tx.selectFrom('asset_reports').select(REPORT).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findReport(db: Executor, id: string): Promise<ReportRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('asset_reports').select(REPORT).where('id', '=', id).executeTakeFirst();
}

export async function verificationOf(db: Executor, reportId: string): Promise<VerificationRow | undefined> {
  return db.selectFrom('asset_report_verifications').selectAll().where('report_id', '=', reportId).executeTakeFirst();
}

export async function insertVerification(tx: Tx, row: Insertable<AssetReportVerificationsTable>): Promise<void> {
  await tx.insertInto('asset_report_verifications').values(row).execute();
}

export async function insertSanction(tx: Tx, row: Insertable<ReportSanctionsTable>): Promise<void> {
  await tx.insertInto('report_sanctions').values(row).execute();
}

/** Whether any report on the order was verified as false (the ground of a 虚假报告 sanction). */
export async function falseReportOf(db: Executor, orderId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('asset_report_verifications')
    .innerJoin('asset_reports', 'asset_reports.id', 'asset_report_verifications.report_id')
    .select('asset_reports.id')
    .where('asset_reports.order_id', '=', orderId)
    .where('asset_report_verifications.outcome', '=', 'false')
    .executeTakeFirst();
  return row?.id;
}

export async function reportsOfCase(db: Executor, caseId: string): Promise<AssetReportView[]> {
  const reports = await db.selectFrom('asset_reports').select(REPORT).where('case_id', '=', caseId).orderBy('seq').execute();
  if (reports.length === 0) return [];
  const ids = reports.map((r) => r.id);
  const items = await db.selectFrom('asset_report_items').selectAll().where('report_id', 'in', ids).orderBy('position').execute();
  const checks = await db.selectFrom('asset_report_verifications').selectAll().where('report_id', 'in', ids).execute();
  return reports.map((r) =>
    reportView(
      r,
      items.filter((i) => i.report_id === r.id),
      checks.find((v) => v.report_id === r.id),
    ),
  );
}

export async function sanctionsOfCase(db: Executor, caseId: string): Promise<SanctionView[]> {
  const rows = await db
    .selectFrom('report_sanctions')
    .leftJoin('approval_requests', 'approval_requests.id', 'report_sanctions.approval_id')
    .selectAll('report_sanctions')
    .select('approval_requests.state as approval_state')
    .where('report_sanctions.case_id', '=', caseId)
    .orderBy('report_sanctions.seq')
    .execute();
  return rows.map((r) => sanctionView(r, r.approval_state ?? 'pending'));
}

/** A sanction under the case's lock, for the 院长's approval. */
export async function lockSanction(tx: Tx, id: string): Promise<SanctionRow | undefined> {
  return tx.selectFrom('report_sanctions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function approveSanction(tx: Tx, id: string, approvedOn: LocalDate): Promise<SanctionRow> {
  return tx.updateTable('report_sanctions').set({ approved_on: approvedOn }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function reportView(r: ReportRow, items: readonly ItemRow[], v: VerificationRow | undefined): AssetReportView {
  return {
    id: r.id,
    caseId: r.case_id,
    orderId: r.order_id,
    debtor: r.debtor_name,
    reportedOn: r.reported_on,
    reportDueOn: r.report_due_on,
    late: r.late,
    complete: r.complete,
    declaresNone: r.declares_none,
    note: r.note,
    items: items.map((i) => ({
      kind: i.kind as AssetKind,
      kindName: assetKindNames[i.kind as AssetKind] ?? i.kind,
      identifier: i.identifier,
      description: i.description,
      value: i.value_fen === null ? null : formatYuan(BigInt(i.value_fen)),
      change:
        i.change_kind && i.changed_on
          ? {
              kind: i.change_kind as ChangeKind,
              kindName: changeKindNames[i.change_kind as ChangeKind],
              on: i.changed_on,
              note: i.change_note,
            }
          : null,
    })),
    verification: v ? verificationView(v) : null,
    recordedAt: isoInstant(r.recorded_at),
    recordedBy: r.recorded_by_name,
  };
}

export const verificationView = (v: VerificationRow): VerificationView => ({
  verifiedOn: v.verified_on,
  outcome: v.outcome,
  outcomeName: verificationOutcomeNames[v.outcome],
  note: v.note,
  verifiedBy: v.verified_by_name,
});

/** `approval`: the state of the request deciding it (an approved sanction has its day). */
export function sanctionView(s: SanctionRow, approval: SanctionStatus = 'pending'): SanctionView {
  const status: SanctionStatus = s.approved_on ? 'approved' : approval === 'approved' ? 'pending' : approval;
  return {
    id: s.id,
    caseId: s.case_id,
    orderId: s.order_id,
    reportId: s.report_id,
    measure: s.measure,
    measureName: sanctionMeasureNames[s.measure],
    ground: s.ground,
    groundName: sanctionGroundNames[s.ground],
    subject: s.subject_name,
    subjectKind: s.subject_kind,
    detainee: s.detainee,
    amount: s.amount_fen === null ? null : formatYuan(BigInt(s.amount_fen)),
    days: s.days,
    startOn: s.start_on,
    endOn: s.end_on,
    decidedOn: s.decided_on,
    note: s.note,
    recordedAt: isoInstant(s.recorded_at),
    recordedBy: s.recorded_by_name,
    status,
    statusName: sanctionStatusNames[status],
    approvalId: s.approval_id,
    approvedOn: s.approved_on,
  };
}

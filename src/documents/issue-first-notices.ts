import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import { lockCaseFacts, type CaseFacts } from '../cases/instrument-facts.ts';
import type { Party } from '../cases/cases.types.ts';
import { MAX_REPORTING_DAYS } from '../rules/asset-report-order.ts';
import { formatYuan } from '../shared/money.ts';
import type { LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { documentsInBundle, documentView, type DocumentMeta } from './documents.repo.ts';
import type { DocumentView } from './documents.types.ts';
import { generateDocument } from './generate-document.ts';
import { assetReportOrder, type AssetReportOrderData } from './templates/asset-report-order.ts';
import { enforcementNotice, type EnforcementNoticeData } from './templates/enforcement-notice.ts';
import type { InstrumentParty } from './templates/wording.ts';

export const FIRST_NOTICES = 'first-notices';

export type FirstNoticesInput = { reportingDays?: number | undefined };
export type FirstNotices = { items: DocumentView[] };

/**
 * 执行通知书 and 报告财产令, issued together (财产调查规定 第3条), one of each per debtor, in one
 * transaction under the case's row lock. Once per case: any repeat is `first-notices-issued`
 * (a retry under the same Idempotency-Key gets the first answer from src/idempotency instead).
 * Issuing meets the case's 发出执行通知 deadline (src/deadlines).
 */
export const issueFirstNotices = (
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: FirstNoticesInput,
): Promise<Result<FirstNotices>> => transact(ctx, (tx) => issueFirstNoticesIn(tx, ctx, who, caseId, input));

/** The same inside the caller's transaction (the idempotent route). */
export async function issueFirstNoticesIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: FirstNoticesInput,
): Promise<Result<FirstNotices>> {
  if (!can(who, 'document.issue')) return failure('forbidden');
  const reportingDays = input.reportingDays ?? ctx.config.documents.assetReportDays;
  if (!Number.isInteger(reportingDays) || reportingDays < 1 || reportingDays > MAX_REPORTING_DAYS) return failure('invalid-reporting-days');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if ((await documentsInBundle(tx, c.id, FIRST_NOTICES)).length > 0) return failure('first-notices-issued');
  if (c.status === 'closed') return failure('instrument-on-closed-case');
  if (!c.title || c.debtors.length === 0) return failure('instrument-data-missing');

  const actor = actorOf(who);
  const now = ctx.clock.now();
  const issuedOn = ctx.clock.today();
  const court = ctx.courts.byId(c.courtId)!.name;
  const common = { courtId: c.courtId, caseId: c.id, caseNumber: c.caseNumber, issuedOn, bundle: FIRST_NOTICES };
  const made: DocumentMeta[] = [];
  for (const debtor of c.debtors) {
    const addressee = instrumentParty(debtor);
    made.push(
      await generateDocument(tx, actor, now, {
        ...common,
        template: enforcementNotice,
        data: noticeData(c, court, issuedOn, addressee),
        addressee: debtor.name,
      }),
    );
    made.push(
      await generateDocument(tx, actor, now, {
        ...common,
        template: assetReportOrder,
        data: orderData(c, court, issuedOn, addressee, reportingDays),
        addressee: debtor.name,
      }),
    );
  }
  await appendEvent(tx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.first-notices-issued',
    entityType: 'case',
    entityId: c.id,
    changes: { documents: made.map((d) => ({ id: d.id, kind: d.kind, addressee: d.addressee })), issuedOn, reportingDays },
  });
  await meetDeadline(tx, ctx, actor, now, { caseId: c.id, node: 'enforcement-notice', metOn: issuedOn });
  return success({ items: made.map((d) => documentView(d, [])) });
}

const instrumentParty = (p: Party): InstrumentParty =>
  p.kind === 'person'
    ? { kind: 'person', name: p.name, idNumber: p.idNumber || null }
    : { kind: 'organization', name: p.name, creditCode: p.creditCode || null, legalRepresentative: p.legalRepresentative };

function noticeData(c: CaseFacts, court: string, issuedOn: LocalDate, addressee: InstrumentParty): EnforcementNoticeData {
  const t = c.title!;
  return {
    court,
    caseNumber: c.caseNumber,
    filedOn: c.filedOn,
    issuedOn,
    applicants: c.applicants.map(instrumentParty),
    debtors: c.debtors.map(instrumentParty),
    addressee,
    title: {
      issuer: t.issuer,
      documentNumber: t.documentNumber,
      effectiveOn: t.effectiveOn,
      obligations: t.obligations.map((o) =>
        o.kind === 'money'
          ? { kind: 'money', description: o.description, amount: formatYuan(o.amount) }
          : { kind: 'act', description: o.description },
      ),
    },
    withAssetReportOrder: true,
    officer: c.officerName,
  };
}

function orderData(
  c: CaseFacts,
  court: string,
  issuedOn: LocalDate,
  addressee: InstrumentParty,
  reportingDays: number,
): AssetReportOrderData {
  return {
    court,
    caseNumber: c.caseNumber,
    issuedOn,
    applicants: c.applicants.map(instrumentParty),
    debtors: c.debtors.map(instrumentParty),
    addressee,
    reportingDays,
  };
}

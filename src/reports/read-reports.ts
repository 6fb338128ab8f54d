import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { reportOrdersOfCase } from '../documents/report-orders.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { reportsOfCase, sanctionsOfCase } from './reports.repo.ts';
import type { AssetReportView, ReportOrderView, SanctionView } from './reports.types.ts';

// Reports and sanctions are read by court staff in the case's scope.

async function caseInScope(ctx: AppContext, who: Principal, caseId: string): Promise<Result<string>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  return success(caseId);
}

/** The case's 报告财产令 (whom each orders, when its report is due) and the reports made on them. */
export async function listAssetReports(
  ctx: AppContext,
  who: Principal,
  caseId: string,
): Promise<Result<{ orders: ReportOrderView[]; items: AssetReportView[] }>> {
  const ok = await caseInScope(ctx, who, caseId);
  if (!ok.ok) return ok;
  const [orders, items] = await Promise.all([reportOrdersOfCase(ctx.db, ctx.calendar, caseId), reportsOfCase(ctx.db, caseId)]);
  return success({
    orders: orders.map((o) => ({
      orderId: o.id,
      debtor: o.debtor.name,
      debtorKind: o.debtor.kind,
      issuedOn: o.issuedOn,
      servedOn: o.servedOn,
      reportDueOn: o.reportDueOn,
      reported: items.some((r) => r.orderId === o.id),
    })),
    items,
  });
}

export async function listSanctions(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: SanctionView[] }>> {
  const ok = await caseInScope(ctx, who, caseId);
  if (!ok.ok) return ok;
  return success({ items: await sanctionsOfCase(ctx.db, caseId) });
}

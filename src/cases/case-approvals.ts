import type { AppContext } from '../platform/context.ts';
import { caseApprovalSummary } from '../approvals/read-approvals.ts';
import { success, type Result } from '../shared/result.ts';

/** Adds the case's approvals (src/approvals) to a case detail: the pending request and the decided ones. */
export async function withApprovals<T extends { id: string }>(ctx: AppContext, detail: Result<T>) {
  if (!detail.ok) return detail;
  return success({ ...detail.value, approvals: await caseApprovalSummary(ctx.db, detail.value.id) });
}

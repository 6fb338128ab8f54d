import { caseApprovalHandlers } from '../cases/approval-handlers.ts';
import { fundsApprovalHandlers } from '../funds/hold-approval.ts';
import { reportApprovalHandlers } from '../reports/approval-handlers.ts';
import { creditApprovalHandlers } from '../credit/approval-handlers.ts';
import type { ApprovalKind } from '../shared/approvals.ts';
import type { ApprovalHandler } from './handler.ts';

// Every subject kind's handler: the action an approval performs. A context that needs approvals
// adds its handlers here (like the scheduler's sweeps); a kind without one is a bug at startup.
const handlers: readonly ApprovalHandler[] = [
  ...caseApprovalHandlers,
  ...reportApprovalHandlers,
  ...fundsApprovalHandlers,
  ...creditApprovalHandlers,
];

const byKind = new Map(handlers.map((h) => [h.kind, h]));
if (byKind.size !== handlers.length) throw new Error('two approval handlers share a kind');

export function handlerOf(kind: ApprovalKind): ApprovalHandler {
  const h = byKind.get(kind);
  if (!h) throw new Error(`no approval handler for ${kind}`);
  return h;
}

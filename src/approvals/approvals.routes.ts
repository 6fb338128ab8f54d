import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import * as op from './approvals.contract.ts';
import { decideApproval, withdrawApproval } from './decide-approval.ts';
import { approvalInbox, caseApprovals } from './read-approvals.ts';

export async function approvalsRoutes(api: Api, ctx: AppContext) {
  api.get('/approvals', { config: { permission: 'case.read' }, schema: schemaOf(op.approvalInbox) }, async (req, res) =>
    send(res, req, op.approvalInbox, await approvalInbox(ctx, who(req))),
  );

  api.get('/cases/:id/approvals', { config: { permission: 'case.read' }, schema: schemaOf(op.caseApprovals) }, async (req, res) =>
    send(res, req, op.caseApprovals, await caseApprovals(ctx, who(req), req.params.id)),
  );

  api.post('/approvals/:id/approve', { config: { permission: 'case.read' }, schema: schemaOf(op.approve) }, async (req, res) =>
    send(res, req, op.approve, await decideApproval(ctx, who(req), req.params.id, { decision: 'approve', opinion: req.body.opinion })),
  );

  api.post('/approvals/:id/reject', { config: { permission: 'case.read' }, schema: schemaOf(op.reject) }, async (req, res) =>
    send(res, req, op.reject, await decideApproval(ctx, who(req), req.params.id, { decision: 'reject', opinion: req.body.opinion })),
  );

  api.post('/approvals/:id/withdraw', { config: { permission: 'case.read' }, schema: schemaOf(op.withdraw) }, async (req, res) =>
    send(res, req, op.withdraw, await withdrawApproval(ctx, who(req), req.params.id, req.body.reason)),
  );
}

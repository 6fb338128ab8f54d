import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './leads.contract.ts';
import { submitLeadIn } from './submit-lead.ts';
import { recordLeadOutcome } from './record-lead-outcome.ts';
import { listCaseLeads, listOwnLeads } from './read-leads.ts';

export async function leadsRoutes(api: Api, ctx: AppContext) {
  api.post('/cases/:id/leads', { config: { permission: 'measure.record' }, schema: schemaOf(op.recordLead) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.recordLead, who(req), (tx) => submitLeadIn(tx, ctx, who(req), req.params.id, req.body, 'officer')),
  );

  api.get('/cases/:id/leads', { config: { permission: 'case.read' }, schema: schemaOf(op.caseLeads) }, async (req, res) =>
    send(res, req, op.caseLeads, await listCaseLeads(ctx, who(req), req.params.id)),
  );

  api.post('/leads/:id/outcome', { config: { permission: 'measure.record' }, schema: schemaOf(op.recordLeadOutcome) }, async (req, res) =>
    send(res, req, op.recordLeadOutcome, await recordLeadOutcome(ctx, who(req), req.params.id, req.body)),
  );

  // The party portal: the applicant's own case only.
  api.post('/party/cases/:id/leads', { config: { permission: 'lead.submit' }, schema: schemaOf(op.submitOwnLead) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.submitOwnLead, who(req), (tx) => submitLeadIn(tx, ctx, who(req), req.params.id, req.body, 'party')),
  );

  api.get('/party/cases/:id/leads', { config: { permission: 'lead.submit' }, schema: schemaOf(op.ownLeads) }, async (req, res) =>
    send(res, req, op.ownLeads, await listOwnLeads(ctx, who(req), req.params.id)),
  );
}

import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './restoration.contract.ts';
import { fileRestorationIn } from './file-restoration.ts';
import { listListingRestorations, ownCaseListings } from './read-restorations.ts';

// 信用修复 (ADR 0209): the officer's and the debtor's requests, the listing's requests, the debtor's own listings.
export async function restorationRoutes(api: Api, ctx: AppContext) {
  api.post(
    '/dishonest-listings/:id/restorations',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.fileRestoration) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.fileRestoration, who(req), (tx) =>
        fileRestorationIn(tx, ctx, who(req), req.params.id, req.body, 'officer'),
      ),
  );

  api.get(
    '/dishonest-listings/:id/restorations',
    { config: { permission: 'case.read' }, schema: schemaOf(op.listRestorations) },
    async (req, res) => send(res, req, op.listRestorations, await listListingRestorations(ctx, who(req), req.params.id)),
  );

  api.post(
    '/party/dishonest-listings/:id/restorations',
    { config: { permission: 'party.case.read' }, schema: schemaOf(op.fileOwnRestoration) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.fileOwnRestoration, who(req), (tx) =>
        fileRestorationIn(tx, ctx, who(req), req.params.id, req.body, 'debtor'),
      ),
  );

  api.get(
    '/party/cases/:id/dishonest-listings',
    { config: { permission: 'party.case.read' }, schema: schemaOf(op.ownListings) },
    async (req, res) => send(res, req, op.ownListings, await ownCaseListings(ctx, who(req), req.params.id)),
  );
}

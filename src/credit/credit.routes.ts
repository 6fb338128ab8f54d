import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './credit.contract.ts';
import { decideListingIn } from './decide-listing.ts';
import { deleteListingIn } from './end-listing.ts';
import { listCaseListings, readListing, readListingNotifications } from './read-listings.ts';

export async function creditRoutes(api: Api, ctx: AppContext) {
  api.post(
    '/cases/:id/dishonest-listings',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.decideListing) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.decideListing, who(req), (tx) => decideListingIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.get('/cases/:id/dishonest-listings', { config: { permission: 'case.read' }, schema: schemaOf(op.listListings) }, async (req, res) =>
    send(res, req, op.listListings, await listCaseListings(ctx, who(req), req.params.id)),
  );

  api.post(
    '/dishonest-listings/:id/deletion',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.deleteListing) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.deleteListing, who(req), (tx) => deleteListingIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.get('/dishonest-listings/:id', { config: { permission: 'case.read' }, schema: schemaOf(op.getListing) }, async (req, res) =>
    send(res, req, op.getListing, await readListing(ctx, who(req), req.params.id)),
  );

  api.get(
    '/dishonest-listings/:id/notifications',
    { config: { permission: 'case.read' }, schema: schemaOf(op.listingNotifications) },
    async (req, res) => send(res, req, op.listingNotifications, await readListingNotifications(ctx, who(req), req.params.id)),
  );
}

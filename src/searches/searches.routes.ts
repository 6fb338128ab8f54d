import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import * as op from './searches.contract.ts';
import { startSearch } from './start-search.ts';
import { caseSearches, searchDetail } from './read-searches.ts';

export async function searchesRoutes(api: Api, ctx: AppContext) {
  api.post(
    '/cases/:id/asset-searches',
    { config: { permission: 'case.progress' }, schema: schemaOf(op.startAssetSearch) },
    async (req, res) => send(res, req, op.startAssetSearch, await startSearch(ctx, who(req), req.params.id, req.body ?? {})),
  );

  api.get(
    '/cases/:id/asset-searches',
    { config: { permission: 'case.read' }, schema: schemaOf(op.listCaseAssetSearches) },
    async (req, res) => send(res, req, op.listCaseAssetSearches, await caseSearches(ctx, who(req), req.params.id)),
  );

  api.get('/asset-searches/:id', { config: { permission: 'case.read' }, schema: schemaOf(op.getAssetSearch) }, async (req, res) =>
    send(res, req, op.getAssetSearch, await searchDetail(ctx, who(req), req.params.id)),
  );
}

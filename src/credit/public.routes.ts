import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { perMinute } from '../http/rate-limit.ts';
import * as op from './public.contract.ts';
import { queryPublicList, readCreditFeed } from './public-disclosure.ts';

// The dishonest list's disclosure (ADR 0208): the public query, limited per client, and the feed.
export async function publicRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/public/dishonest',
    { config: { permission: 'anyone', ...perMinute(ctx.config.credit.publicQueriesPerMinute) }, schema: schemaOf(op.queryDishonest) },
    async (req, res) => send(res, req, op.queryDishonest, await queryPublicList(ctx, req.query.q)),
  );

  api.get('/credit/feed', { config: { permission: 'credit.feed' }, schema: schemaOf(op.readFeed) }, async (req, res) =>
    send(res, req, op.readFeed, await readCreditFeed(ctx, who(req), req.query)),
  );
}

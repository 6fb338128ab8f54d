import type { AppContext } from '../platform/context.ts';
import { listRequests, type RequestFilter } from './outbox.repo.ts';

/** The outbound requests, newest first, filtered by status and institution (`zhixing outbox list`). */
export const listOutboundRequests = (ctx: AppContext, filter: RequestFilter) => listRequests(ctx.db, filter);

import type { Executor } from '../db/connection.ts';
import { isUuid } from '../shared/ids.ts';

// The target of a transfer (执行款划转, ADR 0185), named by the requester by its id or its case number.

/** The id of the case the requester names, by id or by 案号; undefined when no such case exists. */
export async function transferTargetId(db: Executor, to: { toCaseId?: string | undefined; toCaseNumber?: string | undefined }) {
  if (to.toCaseId !== undefined) {
    if (!isUuid(to.toCaseId)) return undefined;
    const r = await db.selectFrom('cases').select('id').where('id', '=', to.toCaseId).executeTakeFirst();
    return r?.id;
  }
  const number = to.toCaseNumber?.trim();
  if (!number) return undefined;
  const r = await db.selectFrom('cases').select('id').where('case_number', '=', number).executeTakeFirst();
  return r?.id;
}

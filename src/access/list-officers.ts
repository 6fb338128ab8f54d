import type { AppContext } from '../platform/context.ts';
import { can, type Principal, type Role } from './access.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { findOfficers } from './access.repo.ts';

export type OfficerView = { id: string; name: string; role: Role; courtCode: string };

const MAX_OFFICERS = 500;

/** The officers a case of the caller's courts can be assigned to (承办人). */
export async function listOfficers(ctx: AppContext, who: Principal): Promise<Result<{ items: OfficerView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const rows = await findOfficers(ctx.db, who.courtIds, MAX_OFFICERS);
  return success({ items: rows.map((r) => ({ id: r.id, name: r.name, role: r.role, courtCode: ctx.courts.byId(r.courtId)!.code })) });
}

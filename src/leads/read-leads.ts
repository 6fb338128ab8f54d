import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { isApplicantOf } from '../cases/party-cases.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { leadsOfCase, leadView } from './leads.repo.ts';
import type { LeadView } from './leads.types.ts';

/** Court staff in the case's scope: every lead of the case. */
export async function listCaseLeads(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: LeadView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  return success({ items: (await leadsOfCase(ctx.db, caseId)).map(leadView) });
}

/** The applicant in the portal: the leads they submitted on their own case, with what verifying them found. */
export async function listOwnLeads(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: LeadView[] }>> {
  if (!can(who, 'lead.submit')) return failure('forbidden');
  if (!(await isApplicantOf(ctx.db, caseId, who.partyIdentity))) return failure('case-not-found');
  return success({ items: (await leadsOfCase(ctx.db, caseId, who.userId)).map(leadView) });
}

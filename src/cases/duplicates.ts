import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../db/connection.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { normalizeIdentity } from '../rules/identity.ts';
import { statusNames, type CaseStatus } from './cases.types.ts';
import { casesOnTitle, casesOnTitleQuery, type DuplicateRow } from './duplicates.repo.ts';
import type { FilingWarning } from './title-number.ts';

// A probable duplicate filing: a case of the same court on the same 执行依据 with a party in
// common. A court that files later must not file a duplicate (执行工作若干问题的规定 第13条;
// 执行程序若干问题的解释 第2条), so the filing form asks first; but the same title may
// lawfully be filed again (a 执恢 case, a different applicant), so it is a warning, not a refusal.

export type ProbableDuplicate = {
  id: string;
  caseNumber: string;
  filedOn: string;
  status: CaseStatus;
  statusName: string;
  applicants: string;
  debtors: string;
};

export type DuplicateQuery = { court: string; documentNumber: string; identities?: string | undefined };

async function find(
  db: Executor,
  courtId: number,
  documentNumber: string,
  identities: readonly string[],
  exceptId: string | null,
): Promise<ProbableDuplicate[]> {
  const rows = await casesOnTitle(db, { courtId, documentNumber, identities, exceptId });
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    filedOn: r.filed_on,
    status: r.status,
    statusName: statusNames[r.status],
    applicants: r.applicant_names,
    debtors: r.debtor_names,
  }));
}

/** Before filing: the cases this filing would probably duplicate. */
export async function probableDuplicates(
  ctx: AppContext,
  who: Principal,
  q: DuplicateQuery,
): Promise<Result<{ items: ProbableDuplicate[] }>> {
  if (!can(who, 'case.file')) return failure('forbidden');
  const court = ctx.courts.byCode(q.court.trim());
  if (!court) return failure('unknown-court', `没有代字为「${q.court}」的法院`);
  if (!inScope(who, court.id)) return failure('court-out-of-scope', `${court.name}不在您的辖区内`);
  const identities = (q.identities ?? '')
    .split(',')
    .map((s) => normalizeIdentity(s))
    .filter(Boolean)
    .slice(0, 50);
  return success({ items: await find(ctx.db, court.id, q.documentNumber, identities, null) });
}

/** While filing: the same check, to send in the statement that numbers the case (allocateSerialReading). */
export const duplicatesQuery = (filed: { courtId: number; documentNumber: string; identities: readonly string[] }) =>
  casesOnTitleQuery({ ...filed, exceptId: null });

/** The warning on the filing's answer, for clients that did not ask first, when duplicatesQuery found cases. */
export function duplicateWarnings(found: readonly DuplicateRow[]): FilingWarning[] {
  return found.length
    ? [
        {
          field: 'title.documentNumber',
          code: 'probable-duplicate',
          message: `本院已有同一执行依据、相同当事人的案件：${found.map((d) => `${d.case_number}（${statusNames[d.status]}）`).join('、')}；请核对是否重复立案`,
        },
      ]
    : [];
}

import { actorOf } from '../audit/audit.types.ts';
import { randomUUID } from 'node:crypto';
import { isUuid } from '../shared/ids.ts';
import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { can, inScope } from '../access/access.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { failure, success, type Result } from '../http/errors.ts';
import { formatCaseNumber } from '../rules/case-number.ts';
import { yearOf } from '../shared/dates.ts';
import { typeCodeOf, type FilingDraft } from './cases.types.ts';
import { allocateSerials } from './cases.repo.ts';
import { parseFiling } from './filing-input.ts';
import { filingWarnings, type FilingWarning } from './title-number.ts';
import { filingChanges, insertCases, type NumberedCase } from './write-cases.ts';
import type { Db } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';

export type Filed = { id: string; caseNumber: string; status: 'filed'; warnings?: FilingWarning[] };

export async function fileCase(ctx: AppContext, who: Principal, input: unknown): Promise<Result<Filed>> {
  if (!can(who, 'case.file')) return failure('forbidden');
  const parsed = parseFiling(input, ctx.clock.today());
  if (!parsed.ok) return parsed;
  const filed = await fileDraft(ctx, who, parsed.value, null);
  if (!filed.ok) return filed;
  const warnings = filingWarnings(parsed.value, ctx.courts);
  return warnings.length ? success({ ...filed.value, warnings }) : filed;
}

/** Numbers and stores a validated draft in one transaction; also used by resumption (执恢). */
export async function fileDraft(
  ctx: AppContext,
  who: Principal,
  draft: FilingDraft,
  resumedFromId: string | null,
  inTrx?: Db,
): Promise<Result<Filed>> {
  const court = ctx.courts.byCode(draft.courtCode);
  if (!court) return failure('unknown-court', `没有代字为「${draft.courtCode}」的法院`);
  if (!inScope(who, court.id)) return failure('court-out-of-scope', `${court.name}不在您的辖区内`);
  const run = async (trx: Db): Promise<Result<Filed>> => {
    if (draft.officerId) {
      // Anything but a UUID names no officer (and would fail the uuid column's cast with a 500).
      const officer = isUuid(draft.officerId)
        ? await trx.selectFrom('users').select(['role', 'court_id']).where('id', '=', draft.officerId).executeTakeFirst()
        : undefined;
      if (!officer || officer.court_id !== court.id || !['judge', 'enforcer'].includes(officer.role)) return failure('officer-invalid');
    }
    const year = yearOf(draft.filedOn);
    const typeCode = typeCodeOf[draft.type];
    const serial = await allocateSerials(trx, court.id, year, typeCode);
    const numbered: NumberedCase = {
      id: randomUUID(),
      courtId: court.id,
      caseNumber: formatCaseNumber({ year, courtCode: court.code, typeCode, serial }),
      year,
      typeCode,
      serial,
      draft,
      resumedFromId,
    };
    const now = ctx.clock.now();
    await insertCases(trx, [numbered], now);
    await appendEvent(trx, actorOf(who), now, {
      courtId: court.id,
      caseId: numbered.id,
      action: 'case.filed',
      entityType: 'case',
      entityId: numbered.id,
      changes: filingChanges(numbered),
    });
    return success({ id: numbered.id, caseNumber: numbered.caseNumber, status: 'filed' });
  };
  return inTrx ? run(inTrx) : transact(ctx.db, run);
}

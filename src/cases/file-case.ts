import { actorOf } from '../audit/audit.types.ts';
import { randomUUID } from 'node:crypto';
import { officerOfCourt } from '../access/officers.ts';
import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { can, inScope } from '../access/access.types.ts';
import { appendEvents } from '../audit/append-events.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { formatCaseNumber } from '../rules/case-number.ts';
import { yearOf } from '../shared/dates.ts';
import { MAX_CASE_SERIAL, partyIdentityOf, typeCodeOf, type FilingDraft } from './cases.types.ts';
import { duplicatesQuery, duplicateWarnings } from './duplicates.ts';
import type { DuplicateRow } from './duplicates.repo.ts';
import { parseFiling } from './filing-input.ts';
import { filingWarnings, type FilingWarning } from './title-number.ts';
import { allocateSerialReading, caseWrites, type NumberedCase } from './case-writes.repo.ts';
import { filingChanges } from './case-facts.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { newCaseDeadlines } from '../deadlines/deadline-changes.ts';

export type Filed = { id: string; caseNumber: string; status: 'filed'; warnings?: FilingWarning[] };

export const fileCase = (ctx: AppContext, who: Principal, input: unknown): Promise<Result<Filed>> =>
  transact(ctx, (tx) => fileCaseIn(tx, ctx, who, input));

/** Files a case inside the caller's transaction (the idempotent filing route: src/idempotency). */
export async function fileCaseIn(trx: Tx, ctx: AppContext, who: Principal, input: unknown): Promise<Result<Filed>> {
  if (!can(who, 'case.file')) return failure('forbidden');
  const parsed = parseFiling(input, ctx.clock.today());
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  const identities = [...d.applicants, ...d.debtors].map(partyIdentityOf).filter(Boolean);
  const stored = await numberAndStore(trx, ctx, who, d, null, { documentNumber: d.title.documentNumber, identities });
  if (!stored.ok) return stored;
  const { filed, duplicates } = stored.value;
  const warnings = [...filingWarnings(d, ctx.courts, ctx.calendar), ...duplicateWarnings(duplicates)];
  return success(warnings.length ? { ...filed, warnings } : filed);
}

/** Numbers and stores a validated draft in its own transaction. */
export const fileDraft = (ctx: AppContext, who: Principal, draft: FilingDraft): Promise<Result<Filed>> =>
  transact(ctx, (tx) => fileDraftIn(tx, ctx, who, draft, null));

/** Numbers and stores a validated draft inside the caller's transaction; also used by resumption (执恢). */
export async function fileDraftIn(
  trx: Tx,
  ctx: AppContext,
  who: Principal,
  draft: FilingDraft,
  resumedFromId: string | null,
): Promise<Result<Filed>> {
  const stored = await numberAndStore(trx, ctx, who, draft, resumedFromId);
  return stored.ok ? success(stored.value.filed) : stored;
}

async function numberAndStore(
  trx: Tx,
  ctx: AppContext,
  who: Principal,
  draft: FilingDraft,
  resumedFromId: string | null,
  /** The filing's 执行依据 and parties' numbers: the probable duplicates are read along with the serial. */
  duplicatesOf?: { documentNumber: string; identities: readonly string[] },
): Promise<Result<{ filed: Filed; duplicates: DuplicateRow[] }>> {
  const court = ctx.courts.byCode(draft.courtCode);
  if (!court) return failure('unknown-court', `没有代字为「${draft.courtCode}」的法院`);
  if (!inScope(who, court.id)) return failure('court-out-of-scope', `${court.name}不在您的辖区内`);
  if (draft.officerId && !(await officerOfCourt(trx, draft.officerId, court.id))) return failure('officer-invalid');
  const year = yearOf(draft.filedOn);
  const typeCode = typeCodeOf[draft.type];
  // One round trip: the serial (its row lock held until commit keeps the numbers gapless) and the
  // duplicates, read on the statement's snapshot: a filing of the same title committed while this
  // one waited for the serial's lock is not among them (the warning is advice, not a guard).
  const duplicates = duplicatesOf ? duplicatesQuery({ courtId: court.id, ...duplicatesOf }) : null;
  const { serial, read } = await allocateSerialReading(trx, { courtId: court.id, year, typeCode, max: MAX_CASE_SERIAL }, duplicates);
  if (serial === null)
    return failure('case-number-exhausted', `${court.name}${year}年的「${typeCode}」字案件编号已用到 ${MAX_CASE_SERIAL}，不能再立案`);
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
  // The deadlines the filing opens, and the 承办人 named at filing meeting its own (src/deadlines).
  const fact = { courtId: court.id, caseId: numbered.id, caseType: draft.type, on: draft.filedOn };
  const officerFact = draft.officerId ? [{ ...fact, action: 'case.officer-assigned' as const }] : [];
  const deadlines = newCaseDeadlines(ctx, [{ ...fact, action: 'case.filed' }, ...officerFact], now);
  // The case's rows, its deadlines and all their audit events go in one statement (one round trip).
  const event = { courtId: court.id, caseId: numbered.id, action: 'case.filed', entityType: 'case', entityId: numbered.id };
  await appendEvents(
    trx,
    actorOf(who),
    now,
    [{ ...event, changes: filingChanges(numbered) }, ...deadlines.events],
    [...caseWrites([numbered], now), ...deadlines.writes],
  );
  return success({ filed: { id: numbered.id, caseNumber: numbered.caseNumber, status: 'filed' }, duplicates: read });
}

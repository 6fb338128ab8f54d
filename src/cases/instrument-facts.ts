import type { Executor, Tx } from '../db/connection.ts';
import type { LocalDate } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { lockCase } from './cases.repo.ts';
import { caseSummaryRow, courtIdOfCase, debtorParties } from './case-lookups.repo.ts';
import { loadCase } from './case-detail.repo.ts';
import type { CaseStatus, ClosureMode, EnforcementTitle, Party } from './cases.types.ts';

// What other contexts (documents, and later assets and funds) may learn of a case through cases'
// published functions rather than its repository: the facts an instrument is written from.

export type CaseFacts = {
  readonly id: string;
  readonly courtId: number;
  readonly caseNumber: string;
  readonly status: CaseStatus;
  readonly closureMode: ClosureMode | null;
  readonly filedOn: LocalDate;
  readonly officerName: string | null;
  readonly title: EnforcementTitle | null;
  readonly applicants: readonly Party[];
  readonly debtors: readonly Party[];
};

/** Locks the case row (first in the lock order, ADR 0002) and reads its facts in the same transaction. */
export async function lockCaseFacts(tx: Tx, caseId: string): Promise<CaseFacts | undefined> {
  if (!(await lockCase(tx, caseId))) return undefined;
  const c = (await loadCase(tx, caseId))!;
  return {
    id: c.id,
    courtId: c.courtId,
    caseNumber: c.caseNumber,
    status: c.status,
    closureMode: c.closureMode,
    filedOn: c.filedOn,
    officerName: c.officerName,
    title: c.title,
    applicants: c.parties.filter((p) => p.role === 'applicant'),
    debtors: c.parties.filter((p) => p.role === 'debtor'),
  };
}

/** The same facts read without a lock: another court's case a creditor joins a distribution with (src/distribution). */
export async function caseFactsOf(db: Executor, caseId: string): Promise<CaseFacts | undefined> {
  if (!isUuid(caseId)) return undefined;
  const c = await loadCase(db, caseId);
  if (!c) return undefined;
  const { id, courtId, caseNumber, status, closureMode, filedOn, officerName, title } = c;
  const applicants = c.parties.filter((p) => p.role === 'applicant');
  return {
    id,
    courtId,
    caseNumber,
    status,
    closureMode,
    filedOn,
    officerName,
    title,
    applicants,
    debtors: c.parties.filter((p) => p.role === 'debtor'),
  };
}

/** Locks a case row for a change that belongs to another context (a service record, a seizure). */
export async function lockCaseRow(tx: Tx, caseId: string): Promise<{ id: string; courtId: number } | undefined> {
  const c = await lockCase(tx, caseId);
  return c && { id: c.id, courtId: c.courtId };
}

/** The court of a case, to check a reader's scope; undefined for an unknown id. */
export async function courtOfCase(db: Executor, caseId: string): Promise<number | undefined> {
  return isUuid(caseId) ? courtIdOfCase(db, caseId) : undefined;
}

/** What the assets context needs of a case it seizes for: its state, its claim, its officer (the case row locked). */
export type CaseForSeizure = {
  readonly id: string;
  readonly courtId: number;
  readonly caseNumber: string;
  readonly status: CaseStatus;
  readonly claimAmount: bigint;
  readonly officerId: string | null;
};

export async function lockCaseForSeizure(tx: Tx, caseId: string): Promise<CaseForSeizure | undefined> {
  const c = await lockCase(tx, caseId);
  return (
    c && { id: c.id, courtId: c.courtId, caseNumber: c.caseNumber, status: c.status, claimAmount: c.claimAmount, officerId: c.officerId }
  );
}

/** The same facts, read without a lock (the asset page and the register). */
export async function caseForSeizure(db: Executor, caseId: string): Promise<CaseForSeizure | undefined> {
  if (!isUuid(caseId)) return undefined;
  return caseSummaryRow(db, caseId);
}

/** A debtor as other contexts address it: its party id, name and the number that identifies it. */
export type DebtorFact = {
  readonly partyId: string;
  readonly name: string;
  readonly kind: 'person' | 'organization';
  readonly identity: string;
};

/** The case's debtors with their party ids (a search addresses each one by it). */
export async function caseDebtors(db: Executor, caseId: string): Promise<DebtorFact[]> {
  if (!isUuid(caseId)) return [];
  return (await debtorParties(db, caseId)).map((p) => ({
    partyId: p.id,
    name: p.name,
    kind: p.kind,
    identity: p.kind === 'person' ? (p.id_number ?? '') : (p.credit_code ?? p.id_number ?? ''),
  }));
}

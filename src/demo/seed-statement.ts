import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { findUserByUsername } from '../access/access.repo.ts';
import { importLines } from '../funds/import-statement.ts';
import type { StatementLine } from '../funds/funds.types.ts';
import { fixedClock } from '../platform/clock.ts';
import { addDays, isoInstant, type LocalDate } from '../shared/dates.ts';
import { instantOf } from './write-caseload.ts';
import { runningCases } from './statement.repo.ts';

// The demo's bank statement (对账, ADR 0173): finance imports its court account's statement of
// the three days before yesterday, yesterday morning, through the import use case — arrivals whose remark names a running case's
// account (posted to it, 一案一账号) and one that names none (暂存款, to be claimed). 对账 then shows
// them matched, beside the ledger's own postings of the period that no statement line carries yet
// (sale proceeds and deductions booked from their documents), as differences to explain.

const PAYMENTS = [500_000n, 1_280_000n, 360_050n]; // in fen: ¥5,000.00, ¥12,800.00, ¥3,600.50

/** Imports the demo statement as finance; returns how many lines were posted to case accounts. */
export async function seedStatement(ctx: AppContext, today: LocalDate): Promise<number> {
  const u = await findUserByUsername(ctx.db, 'finance');
  if (!u || u.role !== 'finance') return 0;
  const finance: Principal = {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    courtId: u.courtId,
    scope: u.scope,
    partyIdentity: u.partyIdentity,
    courtIds: [u.courtId],
  };
  const cases = await runningCases(ctx.db, u.courtId, PAYMENTS.length);
  const line = (i: number, l: Omit<StatementLine, 'bankReference' | 'receivedOn' | 'payerAccount' | 'payerIdNumber'>): StatementLine => ({
    ...l,
    bankReference: `DEMO${today.replaceAll('-', '')}${String(i + 1).padStart(3, '0')}`,
    receivedOn: addDays(today, -(4 - i)),
    payerAccount: null,
    payerIdNumber: null,
  });
  const lines = cases.map((c, i) =>
    line(i, { amount: PAYMENTS[i]!, payerName: c.debtor, accountNumber: null, remark: `${c.caseNumber} 执行款 ${c.accountNumber}` }),
  );
  lines.push(line(lines.length, { amount: 200_000n, payerName: '江门市蓬江区利华贸易商行', accountNumber: null, remark: '代付货款' }));
  // Imported at 09:30 yesterday: the demo's history happens before its today.
  const at = { ...ctx, clock: fixedClock(isoInstant(instantOf({ on: addDays(today, -1), minute: 570 }))) };
  const done = await importLines(at, finance, lines, 'statement');
  if (!done.ok) throw new Error(`demo statement: ${done.code} ${done.detail ?? ''}`);
  return done.value.posted;
}

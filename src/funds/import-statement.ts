import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { lockCaseForSeizure } from '../cases/instrument-facts.ts';
import { compareDates } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { caseAccountByNumber, courtAccounts, insertTransaction } from './ledger.repo.ts';
import { openClaimDeadline } from './funds-deadlines.ts';
import { receiveIn } from './post-receipt.ts';
import { insertLine, insertUnmatched, lineImported, setLineReceipt } from './statements.repo.ts';
import { linesOf, parseCsv, xlsxRows, type ColumnMapping, type StatementLine } from './statement-file.ts';

export type LineOutcome = {
  bankReference: string;
  amount: string;
  outcome: 'posted' | 'unmatched' | 'duplicate';
  caseId?: string;
  unmatchedId?: string;
};
export type Imported = { posted: number; unmatched: number; duplicates: number; skipped: number; lines: LineOutcome[] };

// The case account a line names: its payee sub-account, or an 18-digit account number in the remark.
const namedAccount = (l: StatementLine): string[] => [l.accountNumber ?? '', ...((l.remark ?? '').match(/7\d{17}/g) ?? [])].filter(Boolean);

/**
 * One statement line in its own transaction, posted once (the court and the bank's reference
 * are the line's key): into the case account it names, else to the court's suspense account as
 * 暂存款 with its claim deadline. A re-imported line is a duplicate and posts nothing.
 */
async function importLine(
  ctx: AppContext,
  actor: Actor,
  courtId: number,
  l: StatementLine,
  source: 'statement' | 'institution',
): Promise<Result<LineOutcome>> {
  const base = { bankReference: l.bankReference, amount: formatYuan(l.amount) };
  if (await lineImported(ctx.db, courtId, l.bankReference)) return success({ ...base, outcome: 'duplicate' as const });
  let target: string | undefined;
  for (const n of namedAccount(l)) target ??= (await caseAccountByNumber(ctx.db, courtId, n))?.caseId;
  return transact(ctx, async (tx): Promise<Result<LineOutcome>> => {
    const now = ctx.clock.now();
    const c = target ? await lockCaseForSeizure(tx, target) : undefined;
    const lineId = randomUUID();
    const postingKey = `statement:${courtId}:${l.bankReference}`;
    if (c && c.status !== 'closed') {
      if (!(await insertLine(tx, { ...l, id: lineId, courtId, outcome: 'posted', receiptId: null, at: now, byName: actor.name })))
        return success({ ...base, outcome: 'duplicate' as const });
      const r = await receiveIn(tx, ctx, actor, c, {
        amount: l.amount,
        receivedOn: l.receivedOn,
        payerName: l.payerName,
        payerAccount: l.payerAccount,
        reference: l.bankReference,
        source,
        postingKey,
        from: 'master',
      });
      if (!r.ok) return r;
      await setLineReceipt(tx, lineId, r.value.id);
      return success({ ...base, outcome: 'posted' as const, caseId: c.id });
    }
    if (!(await insertLine(tx, { ...l, id: lineId, courtId, outcome: 'unmatched', receiptId: null, at: now, byName: actor.name })))
      return success({ ...base, outcome: 'duplicate' as const });
    const court = await courtAccounts(tx, courtId);
    const transactionId = randomUUID();
    await insertTransaction(tx, {
      id: transactionId,
      courtId,
      caseId: null,
      kind: 'receipt',
      postingKey,
      amount: l.amount,
      postedOn: ctx.clock.today(),
      postedAt: now,
      byName: actor.name,
      memo: `暂存款：${l.payerName}（${l.bankReference}）`,
      entries: [
        { accountId: court.master, caseId: null, amount: l.amount },
        { accountId: court.suspense, caseId: null, amount: -l.amount },
      ],
    });
    const id = randomUUID();
    const startOn = compareDates(l.receivedOn, ctx.clock.today()) > 0 ? ctx.clock.today() : l.receivedOn;
    // The claim deadline is the court's node deadline (registry 'unmatched-claim'); the row keeps its day.
    const claimBy = (await openClaimDeadline(tx, ctx, actor, now, { courtId, unmatchedId: id, startOn })).dueOn;
    await insertUnmatched(tx, { ...l, id, courtId, lineId, transactionId, claimBy });
    await appendEvent(tx, actor, now, {
      courtId,
      caseId: null,
      action: 'funds.unmatched-received',
      entityType: 'unmatched-receipt',
      entityId: id,
      changes: { amount: formatYuan(l.amount), receivedOn: l.receivedOn, payerName: l.payerName, bankReference: l.bankReference, claimBy },
    });
    return success({ ...base, outcome: 'unmatched' as const, unmatchedId: id });
  });
}

export async function importLines(
  ctx: AppContext,
  who: Principal,
  lines: readonly StatementLine[],
  source: 'statement' | 'institution',
  skipped = 0,
): Promise<Result<Imported>> {
  if (lines.some((l) => l.amount <= 0n)) return failure('invalid-money', '到账金额须为正数');
  const out: LineOutcome[] = [];
  for (const l of lines) {
    const r = await importLine(ctx, actorOf(who), who.courtId, l, source);
    if (!r.ok) return r;
    out.push(r.value);
  }
  const count = (o: LineOutcome['outcome']) => out.filter((x) => x.outcome === o).length;
  return success({ posted: count('posted'), unmatched: count('unmatched'), duplicates: count('duplicate'), skipped, lines: out });
}

export type StatementUpload = { format: 'csv' | 'xlsx'; content: string; mapping: ColumnMapping };

/** POST /funds/statements: finance imports the court account's statement (CSV text or base64 XLSX) with a column mapping. */
export async function importStatement(ctx: AppContext, who: Principal, body: StatementUpload): Promise<Result<Imported>> {
  if (!can(who, 'funds.post')) return failure('forbidden');
  const rows = body.format === 'csv' ? parseCsv(body.content) : await xlsxRows(Buffer.from(body.content, 'base64'));
  if (!rows || rows.length < 1) return failure('statement-invalid', body.format === 'xlsx' ? '不是可读取的 XLSX 文件' : '流水为空');
  const parsed = linesOf(rows, body.mapping);
  if (!parsed.ok) return parsed;
  return importLines(ctx, who, parsed.value.lines, 'statement', parsed.value.skipped);
}

import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import { insertRows, writeTogether, type Write } from '../db/statements.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { AccountRow, LedgerKind } from './funds.types.ts';

// The ledger's SQL: accounts (one per case, a master and a suspense account per court), and
// transactions whose entries sum to zero. Entries are never updated (a trigger refuses it).

const accountOf = (r: {
  id: string;
  court_id: number;
  case_id: string | null;
  number: string;
  status: 'open' | 'closed';
  balance: bigint | string;
  held: bigint | string;
  received: bigint | string;
  paid_out: bigint | string;
}): AccountRow => ({
  id: r.id,
  courtId: r.court_id,
  caseId: r.case_id,
  number: r.number,
  status: r.status,
  balance: BigInt(r.balance),
  held: BigInt(r.held),
  received: BigInt(r.received),
  paidOut: BigInt(r.paid_out),
});

const accountColumns = ['id', 'court_id', 'case_id', 'number', 'status', 'balance', 'held', 'received', 'paid_out'] as const;

/**
 * The court's master (enforcement-money bank account) and suspense (暂存款) accounts, opened on first
 * use: one round trip (the insert's rows, if it made any, come back through its RETURNING).
 */
export async function courtAccounts(tx: Tx, courtId: number): Promise<{ master: string; suspense: string }> {
  const master = `7${String(courtId).padStart(6, '0')}`;
  const { rows } = await sql<{ id: string; kind: string }>`with opened as (
      insert into funds_accounts (id, court_id, kind, number, opened_at)
      values (gen_random_uuid(), ${courtId}, 'master', ${master}, now()), (gen_random_uuid(), ${courtId}, 'suspense', ${`${master}00000000000`}, now())
      on conflict do nothing returning id, kind)
    select id, kind from opened
    union all select id, kind from funds_accounts where court_id = ${courtId} and kind in ('master', 'suspense')`.execute(tx);
  const id = (k: string) => rows.find((r) => r.kind === k)!.id;
  return { master: id('master'), suspense: id('suspense') };
}

// 一案一账号: the master account's number, the filing year, the case type's digit and the serial.
const caseNumberSql = sql`'7' || lpad(c.court_id::text, 6, '0') || c.year::text
  || case c.type when 'first' then '1' when 'resumed' then '2' else '3' end || lpad(c.serial::text, 6, '0')`;

/** Opens the case's account if it has none (cases filed or imported before funds existed have one from the migration). */
export async function openCaseAccount(tx: Tx, caseId: string): Promise<void> {
  await sql`insert into funds_accounts (id, court_id, case_id, kind, number, opened_at)
    select gen_random_uuid(), c.court_id, c.id, 'case', ${caseNumberSql}, now() from cases c where c.id = ${caseId}
    on conflict do nothing`.execute(tx);
}

/** The case's account under its row lock (after the case row's, ADR 0002), opened first if need be. */
export async function lockCaseAccount(tx: Tx, caseId: string): Promise<AccountRow> {
  return (await lockCaseAccountCountingHolds(tx, caseId)).account;
}

/**
 * The same, in the same round trip with how many lawful holds (延缓发放, not a pending payout's own)
 * the case has in force: a receipt arriving under one has its payout deadline paused.
 */
export async function lockCaseAccountCountingHolds(tx: Tx, caseId: string): Promise<{ account: AccountRow; lawfulHolds: number }> {
  const lock = () =>
    sql<Parameters<typeof accountOf>[0] & { lawful_holds: number }>`select ${sql.raw(accountColumns.join(', '))},
        (select count(*)::int from funds_holds h where h.case_id = a.case_id and h.state = 'active' and h.kind <> 'payout') as lawful_holds
      from funds_accounts a where a.case_id = ${caseId} for update of a`.execute(tx);
  let { rows } = await lock();
  if (rows.length === 0) {
    await openCaseAccount(tx, caseId);
    ({ rows } = await lock());
  }
  const row = rows[0];
  if (!row) throw new Error(`case ${caseId} has no account`);
  return { account: accountOf(row), lawfulHolds: Number(row.lawful_holds) };
}

/**
 * Two or more case accounts under their row locks, in ascending account id (ADR 0002: a transfer
 * locks both accounts in that order), each opened first if need be; answered by case id.
 */
export async function lockCaseAccounts(tx: Tx, caseIds: readonly string[]): Promise<Map<string, AccountRow>> {
  for (const id of caseIds) await openCaseAccount(tx, id);
  const ids = await tx.selectFrom('funds_accounts').select(['id', 'case_id']).where('case_id', 'in', caseIds).orderBy('id').execute();
  const out = new Map<string, AccountRow>();
  for (const a of ids) {
    const row = await tx.selectFrom('funds_accounts').select(accountColumns).where('id', '=', a.id).forUpdate().executeTakeFirstOrThrow();
    out.set(a.case_id!, accountOf(row));
  }
  return out;
}

/** The case's account as it stands, or, for a case without one yet, what it will be numbered. */
export async function caseAccount(db: Executor, caseId: string): Promise<AccountRow | undefined> {
  const row = await db.selectFrom('funds_accounts').select(accountColumns).where('case_id', '=', caseId).executeTakeFirst();
  if (row) return accountOf(row);
  const { rows } = await sql<{
    number: string;
    court_id: number;
  }>`select ${caseNumberSql} as number, c.court_id from cases c where c.id = ${caseId}`.execute(db);
  const r = rows[0];
  return r && { id: '', courtId: r.court_id, caseId, number: r.number, status: 'open', balance: 0n, held: 0n, received: 0n, paidOut: 0n };
}

/** The case a case-account number names (a statement line's payee sub-account), if any: the number is read back into its parts. */
export async function caseAccountByNumber(db: Executor, courtId: number, number: string): Promise<{ caseId: string } | undefined> {
  const m = /^7(\d{6})(\d{4})([123])(\d{6})$/.exec(number);
  if (!m || Number(m[1]) !== courtId) return undefined;
  const type = ({ '1': 'first', '2': 'resumed', '3': 'preservation' } as const)[m[3] as '1' | '2' | '3'];
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('court_id', '=', courtId)
    .where('year', '=', Number(m[2]))
    .where('type', '=', type)
    .where('serial', '=', Number(m[4]))
    .executeTakeFirst();
  return row ? { caseId: row.id } : undefined;
}

export type NewTransaction = {
  id: string;
  courtId: number;
  caseId: string | null;
  kind: LedgerKind;
  postingKey: string;
  amount: bigint;
  postedOn: LocalDate;
  postedAt: Date;
  byName: string;
  memo: string;
  reverses?: string | null;
  entries: readonly { accountId: string; caseId: string | null; amount: bigint }[];
};

/** Writes a transaction and its entries in one round trip; its entries must sum to zero. */
export async function insertTransaction(tx: Tx, t: NewTransaction): Promise<void> {
  await writeTogether(tx, transactionWrites(t));
}

/** The writes of a transaction and its entries, to send alone or with others (writeTogether); refused unless they sum to zero. */
export function transactionWrites(t: NewTransaction): Write[] {
  if (t.entries.length < 2 || t.entries.reduce((s, e) => s + e.amount, 0n) !== 0n || t.entries.some((e) => e.amount === 0n))
    throw new Error(`ledger transaction ${t.postingKey} does not balance`);
  return [
    insertRows(
      'ledger_transactions',
      ['id', 'court_id', 'case_id', 'kind', 'posting_key', 'amount', 'posted_on', 'posted_at', 'posted_by_name', 'memo', 'reverses'],
      [
        {
          id: t.id,
          court_id: t.courtId,
          case_id: t.caseId,
          kind: t.kind,
          posting_key: t.postingKey,
          amount: t.amount,
          posted_on: t.postedOn,
          posted_at: t.postedAt,
          posted_by_name: t.byName,
          memo: t.memo,
          reverses: t.reverses ?? null,
        },
      ],
    ),
    insertRows(
      'ledger_entries',
      ['transaction_id', 'court_id', 'account_id', 'case_id', 'amount', 'posted_at'],
      t.entries.map((e) => ({
        transaction_id: t.id,
        court_id: t.courtId,
        account_id: e.accountId,
        case_id: e.caseId,
        amount: e.amount,
        posted_at: t.postedAt,
      })),
    ),
  ];
}

/** Whether a posting key has posted already (a re-imported statement line, a retried deduction). */
export async function postedUnder(db: Executor, postingKey: string): Promise<boolean> {
  return Boolean(await db.selectFrom('ledger_transactions').select('id').where('posting_key', '=', postingKey).executeTakeFirst());
}

export type AccountChange = { balance?: bigint; held?: bigint; received?: bigint; paidOut?: bigint };

/** Moves the figures kept beside the entries; the caller holds the account row's lock. */
export async function changeCaseAccount(tx: Tx, accountId: string, d: AccountChange): Promise<void> {
  await accountChangeWrite(accountId, d).execute(tx);
}

/** The same change as a write to send with others (writeTogether), under the account row's lock. */
export const accountChangeWrite = (accountId: string, d: AccountChange): Write =>
  sql`update funds_accounts set balance = balance + ${d.balance ?? 0n}, held = held + ${d.held ?? 0n},
    received = received + ${d.received ?? 0n}, paid_out = paid_out + ${d.paidOut ?? 0n} where id = ${accountId}`;

export type EntryRow = {
  id: bigint;
  transactionId: string;
  kind: LedgerKind;
  amount: bigint;
  postedOn: LocalDate;
  postedAt: Date;
  byName: string;
  memo: string;
  balanceAfter: bigint;
};

/** A page of an account's entries, newest first, before the entry `before`; with the balance after each. */
export async function entriesPage(db: Executor, accountId: string, before: bigint | null, limit: number): Promise<EntryRow[]> {
  const { rows } = await sql<{
    id: string;
    transaction_id: string;
    kind: LedgerKind;
    amount: string;
    posted_on: string;
    posted_at: Date;
    posted_by_name: string;
    memo: string;
    balance_after: string;
  }>`select e.id, e.transaction_id, t.kind, e.amount, t.posted_on, t.posted_at, t.posted_by_name, t.memo,
      (select -sum(x.amount) from ledger_entries x where x.account_id = e.account_id and x.id <= e.id) as balance_after
    from ledger_entries e join ledger_transactions t on t.id = e.transaction_id
    where e.account_id = ${accountId} ${before === null ? sql`` : sql`and e.id < ${before}`}
    order by e.id desc limit ${limit}`.execute(db);
  return rows.map((r) => ({
    id: BigInt(r.id),
    transactionId: r.transaction_id,
    kind: r.kind,
    // A case account is owed to the case: a credit (negative entry) raises its balance.
    amount: -BigInt(r.amount),
    postedOn: String(r.posted_on).slice(0, 10) as LocalDate,
    postedAt: r.posted_at,
    byName: r.posted_by_name,
    memo: r.memo,
    balanceAfter: BigInt(r.balance_after),
  }));
}

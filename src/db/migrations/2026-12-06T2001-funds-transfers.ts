import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Transfers between case accounts (执行款划转, ADR 0185): a payout row whose payee is another case's
// account, approved in the payout's steps, posted as one ledger transaction case → case; the money
// arrives in the target case as a receipt of source 'transfer' (its own payout deadline).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    alter table funds_payouts alter column party_id drop not null;
    alter table funds_payouts add column to_case_id uuid references cases(id);
    alter table funds_payouts add column reason text;
    alter table funds_payouts add constraint funds_payouts_payee_check check ((party_id is null) <> (to_case_id is null));
    alter table funds_payouts drop constraint funds_payouts_status_check;
    alter table funds_payouts add constraint funds_payouts_status_check
      check (status in ('pending','instructed','paid','failed','rejected','transferred'));
    create index funds_payouts_to_case_idx on funds_payouts(to_case_id) where to_case_id is not null;
    alter table ledger_transactions drop constraint ledger_transactions_kind_check;
    alter table ledger_transactions add constraint ledger_transactions_kind_check
      check (kind in ('receipt','claim','payout','refund','reversal','transfer'));
    alter table funds_receipts drop constraint funds_receipts_source_check;
    alter table funds_receipts add constraint funds_receipts_source_check
      check (source in ('manual','statement','institution','deduction','claim','auction','sale','transfer'));
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

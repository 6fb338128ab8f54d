import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// The 执行款发放审批表 generated at a payout's final approval (ADR 0162): the payout names its document.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(db, `alter table funds_payouts add column instruction_document_id uuid references documents(id);`);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

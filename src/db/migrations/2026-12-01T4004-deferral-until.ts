import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// A deferral (暂缓执行) may state its last day; the daily sweep continues the case after it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    alter table cases add column deferred_until date;
    create index cases_deferred_until_idx on cases(deferred_until) where status = 'deferred' and deferred_until is not null;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

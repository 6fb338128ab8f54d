import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// A 终本 re-search cycle settles when each of its requests is answered, failed or timed out
// (ADR 0217): how many of them did not answer is kept on the cycle, fixed when it settles, because a
// cycle where some institution did not answer is not an empty search for the two-empty rule
// (失信名单规定 第10条第1款第4项) even if every answer that came found nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(db, `alter table dormant_researches add column unanswered integer not null default 0;`);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// 分级惩戒 (src/credit, ADR 0210): the level of discipline last recorded for each debtor of a case, with
// its reasons. Written only when the level changes (with the event credit.level-changed); reads compute
// it afresh and show when this one was recorded.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table discipline_levels (
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      debtor_party_id uuid not null references case_parties(id),
      level text not null check (level in ('none','reminder','restricted','listed','listed-aggravated')),
      reasons jsonb not null,
      computed_at timestamptz not null,
      primary key (case_id, debtor_party_id)
    );
    create index discipline_levels_court_idx on discipline_levels(court_id, level);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

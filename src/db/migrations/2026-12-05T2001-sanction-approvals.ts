import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// A 罚款 or 拘留 takes effect only once the 院长 approves it (民事诉讼法(2023) 第119条, ADR 0155):
// the president role (院长), and on each sanction the approval that decides it and the day it was
// approved. Sanctions recorded before this were taken directly: approved on their decision day.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    alter table users drop constraint users_role_check;
    alter table users add constraint users_role_check
      check (role in ('administrator','judge','enforcer','clerk','bureau-head','coordinator','party','public','institution','finance','president'));

    alter table report_sanctions add column approval_id uuid references approval_requests(id);
    alter table report_sanctions add column approved_on date;
    update report_sanctions set approved_on = decided_on;
    create unique index report_sanctions_approval_idx on report_sanctions(approval_id) where approval_id is not null;
  `,
  );
}

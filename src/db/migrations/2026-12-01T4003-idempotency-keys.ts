import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// The first answer to each Idempotency-Key of a caller, written in the transaction of its effect.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table idempotency_keys (
      scope text not null,
      key text not null,
      request_hash text not null,
      status integer not null,
      body text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      primary key (scope, key)
    );
    create index idempotency_keys_expiry_idx on idempotency_keys(expires_at);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

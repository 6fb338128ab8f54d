import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';

/** One round trip to the database: it answers, or this rejects. */
export async function pingDatabase(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { freshStore, withDatabase, zhixing, type Store } from './cli-fixtures.ts';

// `zhixing sessions purge`: the operator's way to the use case the server's sweep runs.

let store: Store;
beforeAll(async () => {
  store = await freshStore();
  const migrated = await zhixing(store, ['seed', '--count', '0']);
  expect(migrated.code, migrated.stderr).toBe(0);
});
afterAll(() => store?.dispose());

describe('zhixing sessions purge', () => {
  it('deletes expired and signed-out sessions and keeps live ones', async () => {
    // Instants far from any day this test may run on: the command runs on the system clock.
    await withDatabase(store, async ({ read: db }) => {
      const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
      const row = (hash: string, expires: string, revoked: string | null) => ({
        token_hash: hash,
        user_id: admin.id,
        created_at: new Date('2000-01-01T00:00:00Z'),
        expires_at: new Date(expires),
        revoked_at: revoked ? new Date(revoked) : null,
      });
      await db
        .insertInto('sessions')
        .values([
          row('expired', '2000-01-02T00:00:00Z', null),
          row('signed-out', '2999-01-01T00:00:00Z', '2000-01-01T01:00:00Z'),
          row('live', '2999-01-01T00:00:00Z', null),
        ])
        .execute();
    });
    const run = await zhixing(store, ['sessions', 'purge']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('已删除 2 个过期或已退出的会话');
    const left = await withDatabase(
      store,
      async ({ read: db }) => (await sql<{ token_hash: string }>`select token_hash from sessions`.execute(db)).rows,
    );
    expect(left).toEqual([{ token_hash: 'live' }]);
  });
});

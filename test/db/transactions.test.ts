import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { QueryOutsideTransaction } from '../../src/db/connection.ts';
import { transact } from '../../src/db/transaction.ts';
import { failure, success } from '../../src/shared/result.ts';

// Owning a transaction: one way (transact), rollback on an expected failure, and a loud error —
// not a hang — when a use case reaches past its transaction for the outer database handle.
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const note = (tx: Parameters<Parameters<typeof transact>[1]>[0], text: string) =>
  sql`insert into calendar_overrides (year, holidays, workdays, note) values (1999, '[]', '[]', ${text})
      on conflict (year) do update set note = excluded.note`.execute(tx);
const noteNow = async () =>
  (await sql<{ note: string }>`select note from calendar_overrides where year = 1999`.execute(app.db)).rows[0]?.note ?? null;

describe('transactions', () => {
  it('commits what the use case wrote when it succeeds', async () => {
    const r = await transact(app, async (tx) => (await note(tx, 'kept'), success(1)));
    expect(r).toEqual({ ok: true, value: 1 });
    expect(await noteNow()).toBe('kept');
  });

  it('rolls back everything written before an expected failure and returns that failure', async () => {
    const r = await transact(app, async (tx) => (await note(tx, 'discarded'), failure('case-not-found')));
    expect(r).toMatchObject({ ok: false, code: 'case-not-found' });
    expect(await noteNow()).toBe('kept');
  });

  it('refuses a query on the outer handle from inside a transaction instead of waiting for ever', async () => {
    const attempt = transact(app, async (tx) => {
      await note(tx, 'never');
      await app.db.selectFrom('courts').select('id').limit(1).execute();
      return success(null);
    });
    await expect(attempt).rejects.toBeInstanceOf(QueryOutsideTransaction);
    expect(await noteNow()).toBe('kept');
  });

  it('lets other requests read while a transaction runs elsewhere', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const writer = transact(app, async (tx) => (await note(tx, 'later'), await held, success(null)));
    const reader = app.db.selectFrom('courts').select('id').limit(1).execute();
    release();
    await Promise.all([writer, reader]);
    expect(await noteNow()).toBe('later');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from '../../src/db/pglite-dialect.ts';

// PGlite's one connection, shared by every request of the process (only PGlite: it is the driver's own queue).

let lite: PGlite;
let db: Kysely<unknown>;
beforeAll(async () => {
  lite = await PGlite.create('memory://');
  db = new Kysely<unknown>({ dialect: new PGliteDialect(lite) });
});
afterAll(async () => {
  await db?.destroy();
  await lite?.close();
});

// Each query does a little work, so that a long queue of them takes a while to serve.
const work = () => sql`select count(*) from generate_series(1, 2000)`.execute(db);

describe('the PGlite connection queue', () => {
  it('serves callers first come, first served', async () => {
    const order: number[] = [];
    await Promise.all(Array.from({ length: 100 }, (_, i) => work().then(() => order.push(i))));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lets the event loop turn while a long queue is served, so that sockets are accepted and read meanwhile', async () => {
    let served = 0;
    const queue = Array.from({ length: 300 }, () => work().then(() => (served += 1)));
    const servedWhenTheLoopTurned = new Promise<number>((resolve) => setImmediate(() => resolve(served)));
    await Promise.all(queue);
    expect(served).toBe(300);
    expect(await servedWhenTheLoopTurned).toBeLessThan(300);
  });

  it('keeps a transaction’s queries together: a caller queued meanwhile runs after its commit', async () => {
    await sql`create table if not exists queue_probe (n int)`.execute(db);
    const seen: number[] = [];
    const trx = db.transaction().execute(async (t) => {
      await sql`insert into queue_probe values (1)`.execute(t);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await sql`insert into queue_probe values (2)`.execute(t);
    });
    const reader = sql<{ n: number }>`select n from queue_probe order by n`.execute(db).then((r) => seen.push(...r.rows.map((x) => x.n)));
    await Promise.all([trx, reader]);
    expect(seen).toEqual([1, 2]);
  });
});

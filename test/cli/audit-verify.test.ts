import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { freshStore, withDatabase, zhixing, zhixingBinary, type Store } from './cli-fixtures.ts';

// `zhixing audit verify` at the command line: silent success on an untouched database, a non-zero
// exit naming the first altered event of each court once someone has edited the tables by hand.

let store: Store;

beforeAll(async () => {
  store = await freshStore();
  const seeded = await zhixing(store, ['seed', '--count', '50']);
  expect(seeded.code, seeded.stderr).toBe(0);
  expect(seeded.stdout).toContain('已载入 50 件案件');
});
afterAll(() => store?.dispose());

type Ev = { seq: string; id: string; court: number; code: string };

async function eventsOf(courtCode: string): Promise<Ev[]> {
  return withDatabase(store, async ({ read: db }) => {
    const rows = await sql<Ev>`select e.seq::text as seq, e.id, e.court_id as court, c.code from events e join courts c on c.id = e.court_id
                               where c.code = ${courtCode} order by e.seq`.execute(db);
    return rows.rows;
  });
}

describe('zhixing audit verify', () => {
  it('reports an untouched database as whole and exits 0', async () => {
    const run = await zhixing(store, ['audit', 'verify']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/审计链完整：\d+ 个法院，\d+ 个事件/);
    expect(run.stderr).not.toContain('审计链断裂');
  });

  it('exits non-zero and names the court, number and id of an event whose content was edited in SQL', async () => {
    const events = await eventsOf('粤0703');
    expect(events.length).toBeGreaterThan(10);
    const target = events[Math.floor(events.length / 2)]!;
    await withDatabase(store, ({ read: db }) =>
      sql`update events set changes = changes || '{"claimAmountFen": "1"}'::jsonb where court_id = ${target.court} and seq = ${target.seq}`.execute(
        db,
      ),
    );
    const run = await zhixingBinary(store, ['audit', 'verify']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`审计链断裂：法院 粤0703 第 ${target.seq} 号事件（${target.id}）内容或顺序被改动`);
  });

  it('names the missing event of a second court whose last event was deleted, alongside the first break', async () => {
    const other = '粤0781';
    const events = await eventsOf(other);
    expect(events.length).toBeGreaterThan(0);
    const last = events.at(-1)!;
    await withDatabase(store, ({ read: db }) => sql`delete from events where court_id = ${last.court} and seq = ${last.seq}`.execute(db));
    const run = await zhixing(store, ['audit', 'verify']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`审计链断裂：法院 ${other} 第 ${last.seq} 号事件缺失（被删除）`);
    expect(run.stderr).toContain('审计链断裂：法院 粤0703 ');
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((l) => l.includes('审计链断裂')),
    ).toHaveLength(2);
  });
});

// Deadline sweep benchmark: N open 执行期限 deadlines on PostgreSQL, about half of them past due;
// times the mark-overdue sweep (batches, one audit event per deadline) and the reminder sweep,
// next to a raw UPDATE of the same rows in a copy of the table (same indexes) in the same run.
//   npm run bench:deadlines                      (200,000 deadlines)
//   BENCH_DEADLINES=1000000 npm run bench:deadlines
// DATABASE_URL names a server to use (a scratch database is created on it); otherwise
// a throwaway one is started (bench/support/postgres.ts). The last line is one JSON object.
import { scratchDatabase } from './support/postgres.ts';
import pg from 'pg';
import { openApp } from '../src/platform/bootstrap.ts';
import { loadConfig } from '../src/platform/config.ts';
import { markOverdueSweep, remindersSweep } from '../src/deadlines/deadlines.sweeps.ts';
import { localDate } from '../src/shared/dates.ts';

const N = Number(process.env.BENCH_DEADLINES ?? 200_000);
const AS_OF = localDate('2027-01-01');
const fmt = (n: number) => n.toLocaleString('en-US');
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));

// Cases spread over one province's basic courts, filed through 2026, each with its 执行期限
// (due about 182 days after filing): those filed before July are overdue on 2027-01-01.
async function fill(client: pg.Client): Promise<void> {
  await client.query(
    `insert into cases (id, court_id, case_number, year, type, type_code, serial, status, filed_on, claim_amount, created_at, updated_at)
     select gen_random_uuid(), c.ids[1 + g % cardinality(c.ids)], '（2026）bench执' || g || '号', 2026, 'first', '执', g, 'in-progress',
            date '2026-01-01' + (g % 365), 100000, now(), now()
     from generate_series(1, $1::integer) g,
          (select array_agg(id order by id) as ids from courts where code like '粤%' and level = 'basic' and special is null) c`,
    [N],
  );
  await client.query(
    `insert into deadlines (id, court_id, case_id, node, subject, title, basis, start_on, length, unit, due_on, state, created_at, updated_at)
     select gen_random_uuid(), court_id, id, 'enforcement-period', '', '执行期限', '[]', filed_on, 6, 'month', filed_on + 182, 'open', now(), now()
     from cases`,
  );
  await client.query('analyze cases; analyze deadlines');
}

async function main() {
  console.log(`Zhixing deadline sweep benchmark — ${fmt(N)} open deadlines on PostgreSQL, as of ${AS_OF}`);
  const db = await scratchDatabase('zhixing_bench_sweep');
  try {
    const app = await openApp({ config: { ...loadConfig({}), databaseUrl: db.url } });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await fill(client);
    // The raw baseline's table: the same rows and indexes, untouched by the sweep.
    await client.query('create table raw_deadlines (like deadlines including defaults including constraints including indexes)');
    await client.query('insert into raw_deadlines select * from deadlines');
    await client.query('analyze raw_deadlines');
    const due = Number((await client.query(`select count(*) as n from deadlines where due_on < $1`, [AS_OF])).rows[0].n);

    let started = performance.now();
    const swept = await markOverdueSweep.run(app, {
      asOf: AS_OF,
      dryRun: false,
      onProgress: (p) => process.stderr.write(`\r  marked ${fmt(p.changed)} / ${fmt(due)}`),
    });
    const sweepMs = performance.now() - started;
    process.stderr.write('\n');

    started = performance.now();
    const raw = await client.query(
      `update raw_deadlines set state = 'overdue', updated_at = now() where state = 'open' and paused_since is null and due_on < $1`,
      [AS_OF],
    );
    const rawMs = performance.now() - started;

    started = performance.now();
    const again = await markOverdueSweep.run(app, { asOf: AS_OF, dryRun: false });
    const rerunMs = performance.now() - started;

    started = performance.now();
    const reminded = await remindersSweep.run(app, { asOf: AS_OF, dryRun: false });
    const remindMs = performance.now() - started;

    if (swept.changed !== due || raw.rowCount !== due || again.changed !== 0)
      throw new Error(`counts disagree: ${swept.changed}, ${raw.rowCount}, ${again.changed}, ${due}`);
    const sweepRate = rate(due, sweepMs);
    const rawRate = rate(due, rawMs);
    console.log(
      `mark-overdue sweep : ${fmt(sweepRate)} deadlines/s (${fmt(due)} in ${(sweepMs / 1000).toFixed(1)} s, with ${fmt(due)} audit events)`,
    );
    console.log(`raw UPDATE         : ${fmt(rawRate)} deadlines/s (${(rawMs / 1000).toFixed(1)} s, no events)`);
    console.log(`re-run (nothing due): ${rerunMs.toFixed(0)} ms`);
    console.log(`reminders          : ${fmt(reminded.changed)} recorded in ${(remindMs / 1000).toFixed(1)} s`);
    console.log(`ratio sweep / raw UPDATE: ${(sweepRate / rawRate).toFixed(3)}`);
    await client.end();
    await app.close();
    console.log(
      JSON.stringify({
        bench: 'deadlines-sweep',
        deadlines: N,
        overdue: due,
        sweepPerSecond: sweepRate,
        rawPerSecond: rawRate,
        ratio: Number((sweepRate / rawRate).toFixed(3)),
        rerunMs: Math.round(rerunMs),
        reminders: reminded.changed,
        remindersMs: Math.round(remindMs),
      }),
    );
  } finally {
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

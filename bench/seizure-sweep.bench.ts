// Seizure expiry sweep benchmark: N seizures on PostgreSQL (every tenth asset also has a waiting
// seizure of another case), expiries spread evenly over three years, each seizure in effect with
// its renewal deadline. Times one day's run of the seizure-expiries sweep (each lapse promotes the
// next in line, with its events and deadlines) and of the reminder sweep, next to a raw SQL scan
// of the same rows, in the same run; shows that the sweep's query reads the (expires_on, status) index.
//   npm run bench:sweep                       (1,000,000 seizures)
//   BENCH_SEIZURES=100000 npm run bench:sweep
// DATABASE_URL names a server to use (a scratch database is created on it and dropped after);
// otherwise a throwaway one is started (bench/support/postgres.ts). The last line is one JSON object.
import pg from 'pg';
import { scratchDatabase } from './support/postgres.ts';
import { openApp } from '../src/platform/bootstrap.ts';
import { loadConfig } from '../src/platform/config.ts';
import { seizureExpiriesSweep } from '../src/assets/seizure-expiries.ts';
import { remindersSweep } from '../src/deadlines/deadlines.sweeps.ts';
import { localDate } from '../src/shared/dates.ts';

const N = Number(process.env.BENCH_SEIZURES ?? 1_000_000);
const EFFECTIVE = Math.floor(N / 1.1); // one asset and one case each; the rest wait behind every tenth
const WAITING = N - EFFECTIVE;
const SPREAD_DAYS = 1095;
const FIRST_EXPIRY = '2027-01-01';
const AS_OF = localDate('2027-01-02'); // the day after the first expiries: one day's worth is due
const fmt = (n: number) => n.toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  console.log(`  ${label.padEnd(34)} ${secs(ms)}`);
  return { value, ms };
}

// Cases, assets and seizures by generate_series; each effective seizure's renewal deadline, and the
// reminders a steady state would already have recorded (the windows entered before AS_OF).
async function fill(client: pg.Client): Promise<void> {
  const courts = `(select array_agg(id order by id) as ids from courts where code like '粤%' and level = 'basic' and special is null) c`;
  await timed('cases', () =>
    client.query(
      `insert into cases (id, court_id, case_number, year, type, type_code, serial, status, filed_on, claim_amount, created_at, updated_at)
       select gen_random_uuid(), c.ids[1 + g % cardinality(c.ids)], '（2026）bench执' || g || '号', 2026, 'first', '执', g, 'in-progress',
              date '2026-01-01' + (g % 300), 10000000, now(), now()
       from generate_series(1, $1::integer) g, ${courts}`,
      [EFFECTIVE],
    ),
  );
  await timed('assets', () =>
    client.query(
      `insert into assets (id, kind, identifier, identifier_display, institution, estimated_value, created_at)
       select gen_random_uuid(), 'deposit', 'BENCH' || g, 'BENCH ' || g, '中国工商银行', 5000000, now() from generate_series(1, $1::integer) g`,
      [EFFECTIVE],
    ),
  );
  // Case g and asset g meet by their serial and identifier; every tenth asset is also recorded on case g+1.
  await client.query(`create temporary table pairs as
    select c.id as case_id, c.court_id, a.id as asset_id, c.serial as g from cases c join assets a on a.identifier = 'BENCH' || c.serial`);
  await client.query('create index on pairs (g)');
  await timed('case assets', () =>
    client.query(
      `insert into case_assets (court_id, case_id, asset_id, source, recorded_at, recorded_by_name)
      select court_id, case_id, asset_id, 'search', now(), '基准' from pairs
      union all
      select n.court_id, n.case_id, p.asset_id, 'search', now(), '基准' from pairs p join pairs n on n.g = p.g + 1 where p.g % 10 = 0 and p.g <= $1`,
      [WAITING * 10],
    ),
  );
  await timed('seizures (effective)', () =>
    client.query(`insert into seizures (id, court_id, case_id, asset_id, measure, status, ruled_on, notice_on, effective_from, expires_on,
        term_kind, amount, registered_at, registered_by_name)
      select gen_random_uuid(), court_id, case_id, asset_id, 'freeze', 'effective', e - 365, e - 365, e - 365, e, 'deposit', 5000000, now(), '基准'
      from (select *, date '${FIRST_EXPIRY}' + (g % ${SPREAD_DAYS}) as e from pairs) p`),
  );
  await timed('seizures (waiting)', () =>
    client.query(
      `insert into seizures (id, court_id, case_id, asset_id, measure, status, ruled_on, notice_on, term_kind, amount, registered_at, registered_by_name)
      select gen_random_uuid(), n.court_id, n.case_id, p.asset_id, 'freeze', 'waiting', date '2026-06-01', date '2026-06-02', 'deposit', 100000, now(), '基准'
      from pairs p join pairs n on n.g = p.g + 1 where p.g % 10 = 0 and p.g <= $1`,
      [WAITING * 10],
    ),
  );
  await timed('renewal deadlines', () =>
    client.query(`insert into deadlines (id, court_id, case_id, node, subject, title, basis, start_on, length, unit, due_on, state, created_at, updated_at)
      select gen_random_uuid(), court_id, case_id, 'seizure-renewal', id || '#0', '查封、扣押、冻结期限届满', '[]', effective_from, null, 'given',
             expires_on, 'open', now(), now()
      from seizures where status = 'effective'`),
  );
  await timed('reminders already recorded', () =>
    client.query(
      `insert into deadline_reminders (deadline_id, court_id, days_before, due_on, reminded_on)
      select d.id, d.court_id, w.days_before, d.due_on, d.due_on - w.days_before
      from deadlines d join (values (30), (7)) w(days_before) on d.due_on - w.days_before < $1::date and d.due_on >= $1::date`,
      [AS_OF],
    ),
  );
  await timed('analyze', () => client.query('analyze'));
}

async function main() {
  console.log(`Zhixing seizure sweep benchmark — ${fmt(N)} seizures (${fmt(WAITING)} waiting) on PostgreSQL, as of ${AS_OF}`);
  const db = await scratchDatabase('zhixing_bench_seizures');
  try {
    const app = await openApp({ config: { ...loadConfig({}), databaseUrl: db.url } });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const filled = await timed('fill (total)', () => fill(client));
    const scanSql = `select id, case_id, asset_id from seizures where expires_on < $1 and status = 'effective'`;
    const plan = (await client.query(`explain ${scanSql}`, [AS_OF])).rows.map((r) => r['QUERY PLAN'] as string).join(' / ');
    const usesIndex = plan.includes('seizures_expiry_idx');
    console.log(`  plan: ${plan}`);

    // The raw baseline: the same scan as SQL, and the reminder windows' scan of the deadlines.
    const raw = await timed('raw scan (expired + reminders due)', async () => {
      const expired = await client.query(scanSql, [AS_OF]);
      const due = await client.query(
        `select d.id from deadlines d where d.node = 'seizure-renewal' and d.state = 'open' and d.due_on in ($1::date + 30, $1::date + 7)`,
        [AS_OF],
      );
      return { expired: expired.rowCount ?? 0, due: due.rowCount ?? 0 };
    });
    const lapse = await timed('seizure-expiries sweep', () =>
      seizureExpiriesSweep.run(app, {
        asOf: AS_OF,
        dryRun: false,
        onProgress: (p) => process.stderr.write(`\r    lapsed ${fmt(p.changed)}`),
      }),
    );
    process.stderr.write('\n');
    const remind = await timed('deadline-reminders sweep', () => remindersSweep.run(app, { asOf: AS_OF, dryRun: false }));
    const rerun = await timed('re-run (nothing due)', () => seizureExpiriesSweep.run(app, { asOf: AS_OF, dryRun: false }));
    const promoted = Number((await client.query(`select count(*) as n from events where action = 'seizure.took-effect'`)).rows[0].n);
    if (lapse.value.changed !== raw.value.expired || rerun.value.changed !== 0)
      throw new Error(`counts disagree: swept ${lapse.value.changed}, raw ${raw.value.expired}, re-run ${rerun.value.changed}`);
    const sweepMs = lapse.ms + remind.ms;
    const ratio = sweepMs / raw.ms;
    console.log(
      `lapsed ${fmt(lapse.value.changed)} (${fmt(promoted)} waiting seizures took effect), reminders ${fmt(remind.value.changed)}`,
    );
    console.log(
      `sweep per lapse: ${(lapse.ms / Math.max(1, lapse.value.changed)).toFixed(1)} ms (one transaction each, with events and deadlines)`,
    );
    console.log(`ratio daily sweep / raw scan: ${ratio.toFixed(1)}; the scan reads seizures_expiry_idx: ${usesIndex}`);
    await client.end();
    await app.close();
    console.log(
      JSON.stringify({
        bench: 'seizure-sweep',
        seizures: N,
        waiting: WAITING,
        fillMs: Math.round(filled.ms),
        lapsed: lapse.value.changed,
        promoted,
        reminders: remind.value.changed,
        expiriesMs: Math.round(lapse.ms),
        remindersMs: Math.round(remind.ms),
        rawScanMs: Math.round(raw.ms),
        ratio: Number(ratio.toFixed(1)),
        rerunMs: Math.round(rerun.ms),
        usesIndex,
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

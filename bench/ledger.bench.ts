// Ledger benchmark. On a PostgreSQL 15 server of its own (fsync and synchronous_commit on), with
// the demo's cases of one province, it measures in interleaved rounds: receipts posted through
// POST /cases/{id}/receipts (each with its own Idempotency-Key, spread over the province's cases)
// at 8 and 50 connections, and pgbench's TPC-B at the same connections on the same server, and
// prints each rate with its p50/p99 and the ratio to TPC-B (target ≥ 0.5). The last line is one
// JSON object with the figures.
//   npm run bench:ledger
//   BENCH_SECONDS=10 BENCH_ROUNDS=3 BENCH_SEED_CASES=5000 npm run bench:ledger
// Where the receipts go: BENCH_SPREAD=demo (the default) takes the province's open cases as the
// demo has them, four in five at the home court, so that most postings queue on one court's audit
// chain head; BENCH_SPREAD=courts takes the courts in turn (as TPC-B spreads its transactions over
// its branches), each posting to its own court's cases. Say which one a figure is from.
// Diagnostics: BENCH_CPU_PROF=<dir> writes the server's CPU profile there (node --cpu-prof);
// BENCH_STATEMENTS=1 loads pg_stat_statements and prints the statements per receipt posted.
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import { createDatabase, startPostgres } from './support/postgres.ts';
import { getJson, signIn, startServer, zhixing } from './support/processes.ts';
import { httpLoad, medianOf, pgbench, pgbenchInit, type Figure } from './support/load.ts';

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const SEED_CASES = Number(env.BENCH_SEED_CASES ?? 5000);
const ROOT = resolve(env.BENCH_SERVER_ROOT ?? '.');
const PROVINCE = '粤'; // the demo's province: its cases are spread over its basic courts
const PASSWORD = 'zhixing-demo';
const PGBENCH_SCALE = 10;
const TARGET = 0.5;
const SPREAD = env.BENCH_SPREAD === 'courts' ? 'courts' : 'demo';
const fmt = (n: number | null, digits = 0) => (n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits }));

/** The ids of up to `limit` cases the user sees (the whole province for a subtree user), by the list's cursor. */
async function caseIds(url: string, headers: Record<string, string>, limit: number): Promise<{ id: string; court: string }[]> {
  const ids: { id: string; court: string }[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { id: string; status: string; court: { code: string } }[]; nextCursor: string | null } = await getJson(
      `${url}/api/v1/cases?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      headers,
    );
    ids.push(...page.items.filter((c) => c.status !== 'closed').map((c) => ({ id: c.id, court: c.court.code })));
    cursor = page.nextCursor;
  } while (cursor && ids.length < limit);
  return ids.slice(0, limit);
}

/** The cases ordered so that consecutive postings take the courts in turn (each court's cases in turn within it). */
function inTurnByCourt(cases: readonly { id: string; court: string }[]): string[] {
  const byCourt = new Map<string, string[]>();
  for (const c of cases) byCourt.set(c.court, [...(byCourt.get(c.court) ?? []), c.id]);
  const lists = [...byCourt.values()];
  const out: string[] = [];
  // As many postings per court as the busiest has cases: a small court's cases come round again.
  const rounds = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < rounds; i++) for (const l of lists) out.push(l[i % l.length]!);
  return out;
}

/** Runs `work` with pg_stat_statements reset, and prints the app's statements per request made. */
async function statementsPerPosting(url: string, work: () => Promise<Figure>): Promise<void> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('create extension if not exists pg_stat_statements');
    await db.query('select pg_stat_statements_reset()');
    const f = await work();
    const posted = Math.max(1, Math.round(f.rate * SECONDS));
    const { rows } = await db.query<{ calls: string; ms: string; query: string }>(
      `select calls, round(total_exec_time::numeric, 1) as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
       from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
       and query not like '%pg_stat_statements%' order by calls desc limit 40`,
    );
    const total = rows.reduce((s, r) => s + Number(r.calls), 0);
    console.log(`statements: ${fmt(total / posted, 1)} per posting (${fmt(posted)} postings)`);
    for (const r of rows) console.log(`${fmt(Number(r.calls) / posted, 2).padStart(6)}  ${r.ms.padStart(8)} ms  ${r.query}`);
  } finally {
    await db.end();
  }
}

async function main() {
  const load = () => loadavg().map((l) => Number(l.toFixed(2)));
  const before = load();
  console.log(
    `Zhixing ledger benchmark — ${ROUNDS} interleaved rounds of ${SECONDS} s; ${availableParallelism()} CPUs, load ${before.join(' / ')}`,
  );
  const statements = env.BENCH_STATEMENTS === '1';
  const pgServer = await startPostgres(statements ? { shared_preload_libraries: 'pg_stat_statements' } : {});
  try {
    const appUrl = await createDatabase(pgServer.url, 'zhixing');
    const appEnv = { DATABASE_URL: appUrl, ZHIXING_ADMIN_PASSWORD: 'bench-admin-password', ZHIXING_SIGNIN_PER_ADDRESS: '100000000' };
    await zhixing(ROOT, ['seed', '--count', String(SEED_CASES)], appEnv);
    const poster = ['--username', 'bench-finance', '--name', '压测财务', '--role', 'finance', '--court', PROVINCE, '--subtree'];
    await zhixing(ROOT, ['users', 'create', ...poster, '--password', PASSWORD], appEnv);
    const benchUrl = await createDatabase(pgServer.url, 'pgbench');
    await pgbenchInit(pgServer.bin, benchUrl, PGBENCH_SCALE);
    const server = await startServer(ROOT, appEnv, env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_CPU_PROF}`] : []);
    const finance = await signIn(server.url, 'bench-finance', PASSWORD);
    const cases = await caseIds(server.url, finance, SEED_CASES);
    const ids = SPREAD === 'courts' ? inTurnByCourt(cases) : cases.map((c) => c.id);
    const courts = new Map<string, number>();
    for (const c of cases) courts.set(c.court, (courts.get(c.court) ?? 0) + 1);
    const busiest = Math.max(...courts.values());
    console.log(
      `PostgreSQL (fsync on): receipts spread over ${fmt(ids.length)} open cases of ${PROVINCE} in ${courts.size} courts ` +
        `(the busiest has ${fmt((100 * busiest) / Math.max(1, cases.length))} %); spread: ${SPREAD === 'courts' ? 'the courts in turn' : 'as the demo has them'}`,
    );
    let n = 0;
    const receipt = () => {
      n += 1;
      return {
        path: `/api/v1/cases/${ids[n % ids.length]}/receipts`,
        body: JSON.stringify({
          amount: `${1 + (n % 500)}.${String(n % 100).padStart(2, '0')}`,
          receivedOn: '2026-11-25',
          payerName: '压测付款人',
        }),
        headers: { 'idempotency-key': randomUUID() },
      };
    };
    const post = (connections: number) => () =>
      httpLoad({ url: server.url, connections, seconds: SECONDS, headers: finance, next: receipt, method: 'POST' });
    const tpcb = (clients: number) => () => pgbench({ bin: pgServer.bin, url: benchUrl, clients, seconds: SECONDS, selectOnly: false });
    const workloads = [
      { key: 'tpcb8', name: 'pgbench TPC-B', connections: 8, run: tpcb(8) },
      { key: 'receipts8', name: 'POST /cases/{id}/receipts', connections: 8, run: post(8) },
      { key: 'tpcb50', name: 'pgbench TPC-B', connections: 50, run: tpcb(50) },
      { key: 'receipts50', name: 'POST /cases/{id}/receipts', connections: 50, run: post(50) },
    ];
    await post(8)(); // warm-up, not counted
    if (statements) await statementsPerPosting(appUrl, () => post(8)());
    const runs = new Map<string, Figure[]>();
    for (let round = 1; round <= ROUNDS; round++)
      for (const w of workloads) {
        process.stderr.write(`\r  round ${round}/${ROUNDS}: ${w.name} at ${w.connections}            `);
        runs.set(w.key, [...(runs.get(w.key) ?? []), await w.run()]);
      }
    process.stderr.write('\n');
    await server.stop();
    const fig = Object.fromEntries([...runs].map(([k, v]) => [k, medianOf(v)])) as Record<string, Figure>;
    const ratios = { at8: fig.receipts8!.rate / (fig.tpcb8!.rate || 1), at50: fig.receipts50!.rate / (fig.tpcb50!.rate || 1) };
    console.log(
      `${'workload'.padEnd(30)}${'conns'.padStart(6)}${'rate/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}  ratio`,
    );
    for (const w of workloads) {
      const f = fig[w.key]!;
      const r = w.key.startsWith('receipts') ? (w.connections === 8 ? ratios.at8 : ratios.at50) : null;
      const ratio = r === null ? '' : `${r.toFixed(3)}× TPC-B (target ≥ ${TARGET})${r >= TARGET ? '' : '  BELOW TARGET'}`;
      console.log(
        `${w.name.padEnd(30)}${String(w.connections).padStart(6)}${fmt(f.rate).padStart(10)}${fmt(f.p50, 2).padStart(9)}${fmt(f.p99, 2).padStart(9)}  ${ratio}${f.failed ? `  (${f.failed} failed)` : ''}`,
      );
    }
    const after = load();
    console.log(
      JSON.stringify({
        seconds: SECONDS,
        rounds: ROUNDS,
        cases: cases.length,
        spread: SPREAD,
        figures: fig,
        ratios: { receipts8: Number(ratios.at8.toFixed(4)), receipts50: Number(ratios.at50.toFixed(4)) },
        target: TARGET,
        machine: { cpus: availableParallelism(), loadBefore: before, loadAfter: after },
      }),
    );
  } finally {
    pgServer.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

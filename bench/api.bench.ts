// API benchmark. On a PostgreSQL 15 server of its own, with the server's durable defaults (fsync
// and synchronous_commit on), loaded with the demo data, it measures interleaved in one run:
// pgbench select-only (-S) and TPC-B, and autocannon against the case list, case detail and
// filing, and prints each API rate with its p50/p99 and its ratio to the matching pgbench rate.
// Then: the list's latency in a court of 1,000 cases and in one of 1,000,000, and the same reads at
// 50 connections on PGlite. Every server it starts is stopped; the last line is one JSON object.
//   npm run bench:api
//   BENCH_SECONDS=10 BENCH_ROUNDS=3 BENCH_SEED_CASES=20000 BENCH_BIG_CASES=1000000 npm run bench:api
//   BENCH_SERVER_ROOT=<checkout>   the server and CLI of another checkout, under the same load
//   BENCH_CPU_PROF=<dir>           a V8 CPU profile of the server during the PostgreSQL rounds
//   BENCH_SKIP=postgres,scale,pglite  leave sections out
//   BENCH_ONLY=filing8,pgTPCB8     only these workloads of the PostgreSQL rounds (e.g. to profile one path)
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, startPostgres } from './support/postgres.ts';
import { getJson, signIn, startServer, zhixing, type ZhixingEnv } from './support/processes.ts';
import { httpLoad, medianOf, pgbench, pgbenchInit, type Figure } from './support/load.ts';
import { details, filings } from './support/filings.ts';
import { writeCasesFile } from './support/cases-file.ts';
import { summariseProfiles } from './support/cpu-profile.ts';

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const SEED_CASES = Number(env.BENCH_SEED_CASES ?? 20_000); // the demo at the size the list was found slow at
const BIG_CASES = Number(env.BENCH_BIG_CASES ?? 1_000_000);
const PGLITE_SEED_CASES = Number(env.BENCH_PGLITE_SEED_CASES ?? 3000); // what `npm start` seeds
const ROOT = resolve(env.BENCH_SERVER_ROOT ?? '.');
const SKIP = new Set((env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const ONLY = new Set((env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const PROVINCE = '粤'; // the demo's province: filings are spread over its basic courts
const SCALE_PROVINCE = '桂'; // no demo cases there, so that the two courts hold exactly what is imported
const PASSWORD = 'zhixing-demo';
const PGBENCH_SCALE = 10; // ten branches: TPC-B's eight clients do not all queue on one branch row

const work = mkdtempSync(join(env.BENCH_DIR ?? tmpdir(), 'zhixing-api-bench-'));
// Removed however the run ends (Ctrl-C included: the server hooks exit on the signal).
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const enc = encodeURIComponent;
const fmt = (n: number | null, digits = 0) => (n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits }));
type Court = { code: string; name: string; special: string | null };
type Line = { name: string; connections: number; figure: Figure; ratio?: { of: string; value: number; target: number } };

function print(lines: readonly Line[]): void {
  console.log(
    `${'workload'.padEnd(34)}${'conns'.padStart(6)}${'rate/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}  ratio`,
  );
  for (const l of lines) {
    const f = l.figure;
    const ratio = l.ratio
      ? `${l.ratio.value.toFixed(3)}× ${l.ratio.of} (target ≥ ${l.ratio.target})${l.ratio.value >= l.ratio.target ? '' : '  BELOW TARGET'}`
      : '';
    const failed = f.failed ? `  (${f.failed} failed)` : '';
    console.log(
      `${l.name.padEnd(34)}${String(l.connections).padStart(6)}${fmt(f.rate).padStart(10)}${fmt(f.p50, 2).padStart(9)}${fmt(f.p99, 2).padStart(9)}  ${ratio}${failed}`,
    );
  }
}

async function postgresRounds(pgUrl: string, bin: string, appEnv: ZhixingEnv) {
  const benchUrl = await createDatabase(pgUrl, 'pgbench');
  await pgbenchInit(bin, benchUrl, PGBENCH_SCALE);
  const profileDir = env.BENCH_CPU_PROF ? resolve(env.BENCH_CPU_PROF) : null;
  const server = await startServer(ROOT, appEnv, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
  const judge = await signIn(server.url, 'judge', PASSWORD);
  const filer = await signIn(server.url, 'bench-filer', PASSWORD);
  const page = await getJson<{ items: { id: string; debtors: string }[] }>(`${server.url}/api/v1/cases?limit=200`, judge);
  const courts = await getJson<{ items: Court[] }>(`${server.url}/api/v1/courts?province=${enc(PROVINCE)}&level=basic&limit=5000`);
  const name = [...page.items[0]!.debtors].slice(0, 2).join('');
  const http = (connections: number, headers: Record<string, string>, next: () => { path: string; body?: string }, method?: 'POST') => () =>
    httpLoad({ url: server.url, connections, seconds: SECONDS, headers, next, ...(method ? { method } : {}) });
  const pgb = (clients: number, selectOnly: boolean) => () => pgbench({ bin, url: benchUrl, clients, seconds: SECONDS, selectOnly });
  const list = () => ({ path: '/api/v1/cases?limit=20' });
  const signInBody = () => ({ path: '/api/v1/auth/login', body: JSON.stringify({ username: 'clerk', password: PASSWORD }) });
  const workloads: { key: string; name: string; connections: number; run: () => Promise<Figure>; warm?: boolean }[] = [
    { key: 'pgS8', name: 'pgbench select-only (-S)', connections: 8, run: pgb(8, true) },
    { key: 'list8', name: 'GET /cases?limit=20', connections: 8, run: http(8, judge, list), warm: true },
    { key: 'detail8', name: 'GET /cases/{id}', connections: 8, run: http(8, judge, details(page.items.map((i) => i.id))), warm: true },
    {
      key: 'party8',
      name: `GET /cases?party=${name}`,
      connections: 8,
      run: http(8, judge, () => ({ path: `/api/v1/cases?limit=20&party=${enc(name)}` })),
    },
    { key: 'pgTPCB8', name: 'pgbench TPC-B', connections: 8, run: pgb(8, false) },
    {
      key: 'filing8',
      name: `POST /cases (${courts.items.filter((c) => !c.special).length} courts of ${PROVINCE})`,
      connections: 8,
      run: http(8, filer, filings(courts.items.filter((c) => !c.special).map((c) => c.code)), 'POST'),
      warm: true,
    },
    // Sign-in hashes the password with argon2id (19 MiB, 2 passes): bound by that, by design.
    { key: 'login8', name: 'POST /auth/login', connections: 8, run: http(8, {}, signInBody, 'POST') },
    { key: 'pgS50', name: 'pgbench select-only (-S)', connections: 50, run: pgb(50, true) },
    { key: 'list50', name: 'GET /cases?limit=20', connections: 50, run: http(50, judge, list) },
    { key: 'detail50', name: 'GET /cases/{id}', connections: 50, run: http(50, judge, details(page.items.map((i) => i.id))) },
  ];
  const chosen = workloads.filter((w) => ONLY.size === 0 || ONLY.has(w.key));
  // Warm-up (not counted): the server's JIT and caches, the database's buffers.
  for (const w of chosen.filter((x) => x.warm)) await w.run();
  const runs = new Map<string, Figure[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const w of chosen) {
      process.stderr.write(`\r  round ${round}/${ROUNDS}: ${w.name} at ${w.connections}            `);
      runs.set(w.key, [...(runs.get(w.key) ?? []), await w.run()]);
    }
  }
  process.stderr.write('\n');
  await server.stop();
  const fig = Object.fromEntries([...runs].map(([k, v]) => [k, medianOf(v)])) as Record<string, Figure>;
  const ratio = (key: string, of: string, ofKey: string, target: number) =>
    fig[ofKey] ? { of, value: fig[key]!.rate / fig[ofKey].rate, target } : undefined;
  const lines: Line[] = chosen.map((w) => {
    const line: Line = { name: w.name, connections: w.connections, figure: fig[w.key]! };
    if (w.key === 'list8' || w.key === 'list50') line.ratio = ratio(w.key, '-S', `pgS${w.connections}`, 0.05);
    if (w.key === 'detail8' || w.key === 'detail50') line.ratio = ratio(w.key, '-S', `pgS${w.connections}`, 0.03);
    if (w.key === 'filing8') line.ratio = ratio(w.key, 'TPC-B', 'pgTPCB8', 0.25);
    return line;
  });
  return { lines, figures: fig, profileDir };
}

async function scaleCheck(appEnv: ZhixingEnv) {
  const server = await startServer(ROOT, appEnv);
  const courts = (
    await getJson<{ items: Court[] }>(`${server.url}/api/v1/courts?province=${enc(SCALE_PROVINCE)}&level=basic&limit=5000`)
  ).items.filter((c) => !c.special);
  const [small, big] = [courts[0]!, courts[1]!];
  const sizes: [Court, number, string][] = [
    [small, 1000, 'scale-small'],
    [big, BIG_CASES, 'scale-big'],
  ];
  const imported: Record<string, number> = {};
  for (const [court, count, user] of sizes) {
    const file = join(work, `${user}.jsonl`);
    await writeCasesFile(file, count, [{ code: court.code, name: court.name, divisionCode: null }], { homeShare: 1 });
    const started = performance.now();
    process.stderr.write(`  importing ${fmt(count)} cases into ${court.name}…\n`);
    await zhixing(ROOT, ['import', file], appEnv);
    imported[user] = Math.round(count / ((performance.now() - started) / 1000));
    rmSync(file);
    await zhixing(
      ROOT,
      [
        'users',
        'create',
        '--username',
        user,
        '--name',
        `${court.name}执行法官`,
        '--role',
        'judge',
        '--court',
        court.code,
        '--password',
        PASSWORD,
      ],
      appEnv,
    );
  }
  const result: Record<string, Figure[]> = { 'scale-small': [], 'scale-big': [] };
  for (let round = 0; round < 2; round++)
    for (const [, , user] of sizes) {
      const who = await signIn(server.url, user, PASSWORD);
      result[user]!.push(
        await httpLoad({
          url: server.url,
          connections: 8,
          seconds: SECONDS,
          headers: who,
          next: () => ({ path: '/api/v1/cases?limit=20' }),
        }),
      );
    }
  await server.stop();
  return { small, big, figures: { small: medianOf(result['scale-small']!), big: medianOf(result['scale-big']!) }, importRate: imported };
}

async function pgliteReads() {
  const dataDir = join(work, 'pglite');
  const liteEnv = { ZHIXING_DATA_DIR: dataDir, DATABASE_URL: '', ZHIXING_ADMIN_PASSWORD: 'bench-admin-password' };
  await zhixing(ROOT, ['seed', '--count', String(PGLITE_SEED_CASES)], liteEnv);
  const server = await startServer(ROOT, liteEnv);
  try {
    const judge = await signIn(server.url, 'judge', PASSWORD);
    const page = await getJson<{ items: { id: string }[] }>(`${server.url}/api/v1/cases?limit=200`, judge);
    const load = (next: () => { path: string }) => httpLoad({ url: server.url, connections: 50, seconds: SECONDS, headers: judge, next });
    await load(details(page.items.map((i) => i.id))); // warm-up
    const detail: Figure[] = [];
    const list: Figure[] = [];
    for (let round = 0; round < 2; round++) {
      detail.push(await load(details(page.items.map((i) => i.id))));
      list.push(await load(() => ({ path: '/api/v1/cases?limit=20' })));
    }
    return { detail50: medianOf(detail), list50: medianOf(list) };
  } finally {
    await server.stop();
  }
}

async function postgresSections(out: Record<string, unknown>): Promise<void> {
  const server = await startPostgres();
  console.log(`PostgreSQL: fsync and synchronous_commit on (the server's defaults); demo data: ${fmt(SEED_CASES)} cases`);
  try {
    const appUrl = await createDatabase(server.url, 'zhixing');
    // Sign-in is measured for its cost, not its throttle: the per-address limit is lifted.
    const appEnv = { DATABASE_URL: appUrl, ZHIXING_ADMIN_PASSWORD: 'bench-admin-password', ZHIXING_SIGNIN_PER_ADDRESS: '100000000' };
    await zhixing(ROOT, ['seed', '--count', String(SEED_CASES)], appEnv);
    const filer = ['--username', 'bench-filer', '--name', '压测立案', '--role', 'judge', '--court', PROVINCE, '--subtree'];
    await zhixing(ROOT, ['users', 'create', ...filer, '--password', PASSWORD], appEnv);
    const rounds = await postgresRounds(server.url, server.bin, appEnv);
    print(rounds.lines);
    out.postgres = rounds.figures;
    out.ratios = Object.fromEntries(
      rounds.lines.filter((l) => l.ratio).map((l) => [`${l.name}@${l.connections}`, Number(l.ratio!.value.toFixed(4))]),
    );
    if (rounds.profileDir) summariseProfiles(rounds.profileDir, 25);
    if (SKIP.has('scale')) return;
    const scale = await scaleCheck(appEnv);
    console.log(`\nList latency against the size of the court (8 connections):`);
    print([
      { name: `${scale.small.code} (1,000 cases)`, connections: 8, figure: scale.figures.small },
      { name: `${scale.big.code} (${fmt(BIG_CASES)} cases)`, connections: 8, figure: scale.figures.big },
    ]);
    const growth = (scale.figures.big.p50 ?? 0) / (scale.figures.small.p50 || 1);
    console.log(`p50 ${fmt(BIG_CASES)} / 1,000: ${growth.toFixed(2)}× (import path: ${fmt(scale.importRate['scale-big'] ?? 0)} cases/s)`);
    out.scale = { ...scale.figures, p50Growth: Number(growth.toFixed(3)), bigCases: BIG_CASES };
  } finally {
    server.stop();
  }
}

async function main() {
  console.log(`Zhixing API benchmark — server from ${ROOT}; ${ROUNDS} interleaved rounds of ${SECONDS} s each`);
  // The machine may be shared: its load beside the figures says how far they can be trusted.
  const load = () => loadavg().map((l) => Number(l.toFixed(2)));
  const before = load();
  console.log(`Machine: ${availableParallelism()} CPUs, load average ${before.join(' / ')} (1, 5, 15 min) before the run`);
  const out: Record<string, unknown> = { serverRoot: ROOT, seconds: SECONDS, rounds: ROUNDS, seedCases: SEED_CASES };
  out.machine = { cpus: availableParallelism(), loadBefore: before };
  if (!SKIP.has('postgres')) await postgresSections(out);
  if (!SKIP.has('pglite')) {
    const lite = await pgliteReads();
    console.log(`\nPGlite (${fmt(PGLITE_SEED_CASES)} demo cases), 50 connections:`);
    print([
      { name: 'GET /cases/{id}', connections: 50, figure: lite.detail50 },
      { name: 'GET /cases?limit=20', connections: 50, figure: lite.list50 },
    ]);
    out.pglite = lite;
  }
  const after = load();
  console.log(`\nMachine load average after the run: ${after.join(' / ')}`);
  out.machine = { cpus: availableParallelism(), loadBefore: before, loadAfter: after };
  rmSync(work, { recursive: true, force: true });
  console.log(JSON.stringify(out));
}

main().catch((error: unknown) => {
  console.error(error);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
});

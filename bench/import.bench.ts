// Import benchmark: N cases (two parties and a title each) through the import path into
// PostgreSQL, then the very same rows with raw COPY into scratch tables in the same run; prints
// both rates and their ratio, and the PGlite import rate for a smaller N.
//   npm run bench:import                       (1,000,000 on PostgreSQL, 100,000 on PGlite)
//   BENCH_CASES=200000 BENCH_PGLITE_CASES=20000 npm run bench:import
// DATABASE_URL names a server to use (a scratch database is created on it and dropped); otherwise
// a throwaway PostgreSQL is started with its durable defaults (fsync and synchronous_commit on)
// and stopped at the end, also on failure and Ctrl-C.
import { scratchDatabase } from './support/postgres.ts';
import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openApp } from '../src/platform/bootstrap.ts';
import { loadConfig } from '../src/platform/config.ts';
import { importFile } from '../src/cases/import-file.ts';
import { systemPrincipal } from '../src/access/system-principal.ts';
import { allCourts } from '../src/courts/registry.ts';
import { writeCasesFile } from './support/cases-file.ts';

const N = Number(process.env.BENCH_CASES ?? 1_000_000);
const N_PGLITE = Number(process.env.BENCH_PGLITE_CASES ?? 100_000);
const work = join(process.env.BENCH_DIR ?? tmpdir(), `zhixing-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
// Removed however the run ends (Ctrl-C included: the server hooks exit on the signal).
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-US');

// One province's courts: the scale path puts each province on its own PostgreSQL server
// (up to ~1M new cases a year), so a province's year is what one server imports.
const PROVINCE = process.env.BENCH_PROVINCE ?? '粤';

/** The benchmark's input file: deterministic demo cases in the import's JSON Lines format. */
async function writeCases(path: string, count: number): Promise<void> {
  const courts = allCourts()
    .filter((c) => c.level === 'basic' && !c.special && c.code.startsWith(PROVINCE))
    .map((c) => ({ code: c.code, name: c.name, divisionCode: c.divisionCode }));
  // Two parties per case: one applicant and one debtor (demoRows gives exactly that).
  await writeCasesFile(path, count, courts, { homeShare: 0, seed: 7 });
}

async function importInto(opts: { url?: string; dataDir?: string }, file: string, count: number) {
  const config = { ...loadConfig({}), databaseUrl: opts.url };
  const app = await openApp({ config, ...(opts.dataDir ? { dataDir: opts.dataDir } : {}) });
  const started = performance.now();
  const report = await importFile(app, systemPrincipal(app, 'bench'), file, 'jsonl', {
    batchSize: 5000,
    onProgress: (r) => process.stderr.write(`\r  imported ${fmt(r.imported)} / ${fmt(count)}`),
  });
  const ms = performance.now() - started;
  process.stderr.write('\n');
  await app.close();
  if (report.errors.length || report.imported !== count)
    throw new Error(`import incomplete: ${report.imported} imported, ${report.errors.length} errors (${JSON.stringify(report.errors[0])})`);
  return ms;
}

const TABLES = ['cases', 'case_titles', 'case_parties', 'events'] as const;

/** Copies what the import wrote out to files (untimed), then times a raw COPY of them into scratch tables. */
async function rawCopy(url: string): Promise<{ ms: number; rows: Record<string, number> }> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {}); // its connection ends when the scratch database is dropped, after a failure too
  await client.connect();
  const rows: Record<string, number> = {};
  for (const t of TABLES) {
    await pipeline(client.query(copyTo(`copy ${t} to stdout with (format csv)`)), createWriteStream(join(work, `${t}.csv`)));
    rows[t] = Number((await client.query(`select count(*) as n from ${t}`)).rows[0].n);
    await client.query(`drop table if exists raw_${t} cascade; create table raw_${t} (like ${t} including all)`);
  }
  // The same foreign keys as the real tables (LIKE does not copy them), pointing at the raw copies.
  const fks = await client.query<{ table: string; def: string }>(
    `
    select conrelid::regclass::text as table, pg_get_constraintdef(oid) as def from pg_constraint
    where contype = 'f' and conrelid::regclass::text = any($1)`,
    [TABLES as unknown as string[]],
  );
  for (const fk of fks.rows) {
    const def = fk.def.replace(/REFERENCES (cases)\(/, 'REFERENCES raw_$1(');
    await client.query(`alter table raw_${fk.table} add ${def}`);
  }
  const started = performance.now();
  await client.query('begin');
  for (const t of TABLES)
    await pipeline(createReadStream(join(work, `${t}.csv`)), client.query(copyFrom(`copy raw_${t} from stdin with (format csv)`)));
  await client.query('commit');
  const ms = performance.now() - started;
  for (const t of TABLES) await client.query(`drop table raw_${t} cascade`);
  await client.end();
  return { ms, rows };
}

async function main() {
  console.log(`Zhixing import benchmark — ${fmt(N)} cases on PostgreSQL, ${fmt(N_PGLITE)} on PGlite, in the basic courts of ${PROVINCE}`);
  const file = join(work, 'cases.jsonl');
  await writeCases(file, N);
  console.log(`input: ${fmt(N)} cases, ${(statSync(file).size / 1e6).toFixed(0)} MB of JSON Lines`);

  const db = await scratchDatabase('zhixing_bench');
  try {
    const importMs = await importInto({ url: db.url }, file, N);
    const raw = await rawCopy(db.url);
    const importRate = rate(N, importMs);
    const rawRate = rate(N, raw.ms);
    const totalRows = Object.values(raw.rows).reduce((a, b) => a + b, 0);
    console.log(
      `rows written per run: ${Object.entries(raw.rows)
        .map(([t, n]) => `${t} ${fmt(n)}`)
        .join(', ')} (${fmt(totalRows)} in all)`,
    );
    console.log(`PostgreSQL import path : ${fmt(importRate)} cases/s (${(importMs / 1000).toFixed(1)} s)`);
    console.log(
      `PostgreSQL raw COPY    : ${fmt(rawRate)} cases/s (${(raw.ms / 1000).toFixed(1)} s, the same rows into scratch tables with the same indexes and foreign keys)`,
    );
    console.log(`ratio import / raw COPY: ${(importRate / rawRate).toFixed(2)} (target ≥ 0.50)`);
  } finally {
    await db.drop();
  }

  const small = join(work, 'cases-pglite.jsonl');
  await writeCases(small, N_PGLITE);
  const liteDir = join(work, 'pglite');
  const liteMs = await importInto({ dataDir: liteDir }, small, N_PGLITE);
  console.log(`PGlite import path     : ${fmt(rate(N_PGLITE, liteMs))} cases/s (${fmt(N_PGLITE)} cases, ${(liteMs / 1000).toFixed(1)} s)`);
  rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
});

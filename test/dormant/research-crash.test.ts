import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/platform/bootstrap.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { institutions } from '../../src/institutions/directory.ts';
import { aPerson, buildCase } from '../support/builders/cases.builder.ts';
import type { TestApp } from '../support/test-app.ts';
import { freshStore, zhixing, type Store } from '../cli/cli-fixtures.ts';
import { closeAsDormant } from './dormant-fixtures.ts';

// The re-search sweep killed midway (终本规定 第9条, ADR 0213): `zhixing sweep run research-dormant`
// is killed with SIGKILL after its first batches have committed, then run again to the end. Every
// case of the pool has exactly one search for the cycle — its requests enqueued once, none twice,
// none missing — because the case's own row records the cycle in the transaction that enqueues them.
// Runs on PGlite (a data directory the child opens) and, with DATABASE_URL, on PostgreSQL.

const root = resolve(import.meta.dirname, '../..');
const POOL = 200; // four batches of 50
let store: Store;

beforeAll(async () => {
  store = await freshStore();
  const migrated = await zhixing(store, ['db', 'migrate']);
  expect(migrated.code, migrated.stderr).toBe(0);
});
afterAll(async () => {
  await store?.dispose();
});

/** Opens the store's database in this process for `fn`, closed again before the sweep runs (PGlite is single-process). */
async function withApp<T>(fn: (app: TestApp) => Promise<T>): Promise<T> {
  const app = await openApp({ config: loadConfig({ ...process.env, DATABASE_URL: '', ZHIXING_DATA_DIR: '', ...store.env }) });
  try {
    return await fn(app as unknown as TestApp);
  } finally {
    await app.close();
  }
}

function sweepProcess(): ChildProcess & { out: string[] } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DATABASE_URL' && k !== 'ZHIXING_DATA_DIR') env[k] = v;
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'zhixing.mjs'), 'sweep', 'run', 'research-dormant', '--as-of', '2027-06-01', '--progress-every', '1'],
    { cwd: root, env: { ...env, ...store.env, ZHIXING_SCHEDULER: 'off', ZHIXING_OUTBOX_WORKER: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  ) as ChildProcess & { out: string[] };
  child.out = [];
  child.stdout!.on('data', (b: Buffer) => child.out.push(b.toString()));
  child.stderr!.on('data', (b: Buffer) => child.out.push(b.toString()));
  return child;
}

const exited = (child: ChildProcess & { out: string[] }) =>
  new Promise<{ code: number | null; signal: string | null; output: string }>((done) => {
    if (child.exitCode !== null || child.signalCode !== null)
      return done({ code: child.exitCode, signal: child.signalCode, output: child.out.join('') });
    child.once('exit', (code, signal) => done({ code, signal, output: child.out.join('') }));
  });

async function until(check: () => boolean, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the re-search sweep killed midway', () => {
  it('resumes on the next run: every case of the pool searched exactly once for the cycle', async () => {
    const ids = await withApp(async (app) => {
      const out: string[] = [];
      for (let i = 0; i < POOL; i++) {
        const c = await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress', debtor: aPerson('梁国强') });
        await closeAsDormant(app, c.id, '2026-11-05');
        out.push(c.id);
      }
      return out;
    });

    // First run: killed once a batch has been reported (committed), before the pool is done.
    const first = sweepProcess();
    await until(
      () =>
        /检查|项/.test(first.out.join('')) &&
        first.out
          .join('')
          .split('\n')
          .some((l) => /\b(50|100|150)\b/.test(l)),
    );
    first.kill('SIGKILL');
    const killed = await exited(first);
    expect(killed.signal, killed.output).toBe('SIGKILL');

    const sentBeforeRestart = await withApp(async (app) =>
      Number((await sql<{ n: string }>`select count(*) as n from dormant_researches`.execute(app.db)).rows[0]!.n),
    );
    expect(sentBeforeRestart).toBeGreaterThan(0);
    expect(sentBeforeRestart).toBeLessThan(POOL);

    // Second run: takes up the rest and finishes.
    const second = sweepProcess();
    const done = await exited(second);
    expect(done.code, done.output).toBe(0);
    expect(done.output).toContain(`变更 ${POOL - sentBeforeRestart} 项`);

    await withApp(async (app) => {
      const rows = (
        await sql<{ case_id: string; cycle: number; researches: string; searches: string; requests: string }>`
          select d.case_id, d.research_cycle as cycle,
            (select count(*) from dormant_researches r where r.case_id = d.case_id and r.cycle = 1) as researches,
            (select count(*) from asset_searches s where s.case_id = d.case_id) as searches,
            (select count(*) from outbound_requests o where o.case_id = d.case_id and o.kind = 'asset-search') as requests
          from dormant_cases d`.execute(app.db)
      ).rows;
      expect(rows.map((r) => r.case_id).sort()).toEqual([...ids].sort());
      for (const r of rows) {
        expect(
          { cycle: r.cycle, researches: Number(r.researches), searches: Number(r.searches), requests: Number(r.requests) },
          r.case_id,
        ).toEqual({
          cycle: 1,
          researches: 1,
          searches: 1,
          requests: institutions.length,
        });
      }
      // And a third run on the same day has nothing left to send.
      const keys = await sql<{
        n: string;
      }>`select count(distinct idempotency_key) as n from outbound_requests where kind = 'asset-search'`.execute(app.db);
      expect(Number(keys.rows[0]!.n)).toBe(POOL * institutions.length);
    });
    const third = await zhixing(store, ['sweep', 'run', 'research-dormant', '--as-of', '2027-06-01']);
    expect(third.stdout).toContain('变更 0 项');
  }, 600_000);
});

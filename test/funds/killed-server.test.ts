import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { ensureAdmin, openApp } from '../../src/platform/bootstrap.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { buildServer } from '../../src/http/server.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { filingBody } from '../api/fixtures.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { TEST_NOW } from '../support/test-app.ts';

// The real server process, killed (SIGKILL) in the middle of a burst of receipts, restarted, and
// every posting retried with its key: nothing acknowledged is lost, nothing is posted twice.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 180_000 });

const base = process.env.DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'zhixing-funds-kill-'));
const dbName = `zx_test_${randomBytes(6).toString('hex')}`;
let env: Record<string, string>;
let caseId = '';
let server: ServerProcess | undefined;

const admin = async (q: string) => {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(q);
  await c.end();
};

// The case and the demo users, written in-process before the server starts.
beforeAll(async () => {
  let url: string | undefined;
  if (base) {
    await admin(`create database ${dbName}`);
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  env = url
    ? { DATABASE_URL: url, ZHIXING_ADMIN_PASSWORD: 'admin-test-password' }
    : { ZHIXING_DATA_DIR: join(dir, 'data'), ZHIXING_ADMIN_PASSWORD: 'admin-test-password' };
  const app = await openApp({
    config: { ...loadConfig({}), databaseUrl: url, adminPassword: 'admin-test-password' },
    clock: fixedClock(TEST_NOW),
    ...(url ? {} : { dataDir: join(dir, 'data') }),
  });
  await ensureAdmin(app, () => {});
  await seedDemo(app, { count: 0 });
  const http = await buildServer(app);
  const login = await http.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'judge', password: 'zhixing-demo', token: true },
  });
  const headers = { authorization: `Bearer ${login.json().token}` };
  const filed = await http.inject({ method: 'POST', url: '/api/v1/cases', headers, payload: filingBody() });
  caseId = filed.json().id;
  await http.close();
  await app.close();
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  if (base) await admin(`drop database if exists ${dbName} with (force)`);
});

async function signIn(s: ServerProcess): Promise<Record<string, string>> {
  const res = await fetch(`${s.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'finance', password: 'zhixing-demo', token: true }),
  });
  return { authorization: `Bearer ${((await res.json()) as { token: string }).token}`, 'content-type': 'application/json' };
}

const amountOf = (i: number) => `${1 + (i % 97)}.${String(i % 100).padStart(2, '0')}`;
const fenOf = (i: number) => BigInt(1 + (i % 97)) * 100n + BigInt(i % 100);

async function post(s: ServerProcess, headers: Record<string, string>, i: number): Promise<{ status: number; id?: string }> {
  try {
    const res = await fetch(`${s.url}/api/v1/cases/${caseId}/receipts`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': `burst-${i}` },
      body: JSON.stringify({ amount: amountOf(i), receivedOn: '2026-11-25', payerName: '江门市恒泰建材有限公司', reference: `B${i}` }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await res.json()) as { id?: string };
    return { status: res.status, ...(body.id ? { id: body.id } : {}) };
  } catch {
    return { status: 0 }; // the connection died with the server: not acknowledged
  }
}

it('a server killed during a burst of postings loses no acknowledged posting and posts nothing twice when the clients retry', async () => {
  const N = 300;
  server = await startServerProcess(env);
  let headers = await signIn(server);
  const acknowledged = new Map<number, string>();
  const first = server;
  let next = 0;
  const worker = async () => {
    while (next < N && first.alive()) {
      const i = next++;
      const r = await post(first, headers, i);
      if (r.status === 201) acknowledged.set(i, r.id!);
      if (acknowledged.size >= 80 && first.alive()) first.child.kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await new Promise<void>((done) => (first.alive() ? first.child.once('exit', () => done()) : done()));
  expect(acknowledged.size).toBeGreaterThanOrEqual(80);
  expect(acknowledged.size).toBeLessThan(N);

  server = await startServerProcess(env);
  headers = await signIn(server);
  const ids = new Map<number, string>();
  for (let i = 0; i < N; i++) {
    const r = await post(server, headers, i);
    expect(r.status, `key burst-${i}`).toBe(201);
    ids.set(i, r.id!);
  }
  for (const [i, id] of acknowledged) expect(ids.get(i), `acknowledged burst-${i}`).toBe(id);
  expect(new Set(ids.values()).size).toBe(N);
  await server.stop();
  server = undefined;

  // The ledger, read directly: every key posted once, the balance to the fen.
  const app = await openApp({
    config: { ...loadConfig({}), databaseUrl: env.DATABASE_URL, adminPassword: 'admin-test-password' },
    clock: fixedClock(TEST_NOW),
    ...(env.ZHIXING_DATA_DIR ? { dataDir: env.ZHIXING_DATA_DIR } : {}),
  });
  try {
    const r = await sql<{ receipts: number; keys: number; balance: string; unbalanced: number }>`select
      (select count(*)::int from funds_receipts where case_id = ${caseId}) as receipts,
      (select count(distinct posting_key)::int from ledger_transactions where case_id = ${caseId}) as keys,
      (select balance::text from funds_accounts where case_id = ${caseId}) as balance,
      (select count(*)::int from (select transaction_id from ledger_entries group by transaction_id having sum(amount) <> 0) u) as unbalanced`.execute(
      app.db,
    );
    const expected = Array.from({ length: N }, (_, i) => fenOf(i)).reduce((s, a) => s + a, 0n);
    expect(r.rows[0]).toEqual({ receipts: N, keys: N, balance: String(expected), unbalanced: 0 });
  } finally {
    await app.close();
  }
}, 300_000); // two server starts under load: the file's setConfig is not relied on in a shared worker

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createServer, Socket, type Server } from 'node:net';
import pg from 'pg';
import { CompiledQuery } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { verifyAuditChains } from '../../src/audit/verify-chain.ts';
import { isDatabaseUnavailable } from '../../src/shared/database-unavailable.ts';
import { filingBody, serialOf } from '../api/fixtures.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

// The database goes away under load — its backends terminated (a failover, an operator's
// pg_terminate_backend) or its port closed (a restart) — while clerks file cases through the API.
// The server must stay up, answer 503 database-unavailable meanwhile, never hang a request, lose
// or duplicate no acknowledged filing, and serve again within seconds. PostgreSQL only.

const base = process.env.DATABASE_URL!;
const name = `zx_chaos_${randomBytes(6).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u;
})();

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A TCP relay in front of PostgreSQL that the test can cut (every connection reset, the port closed) and restore. */
function relay(target: URL): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((done) => {
      server = createServer((inbound) => {
        const outbound = new Socket();
        sockets.add(inbound).add(outbound);
        const drop = () => {
          inbound.destroy();
          outbound.destroy();
          sockets.delete(inbound);
          sockets.delete(outbound);
        };
        inbound.on('error', drop).on('close', drop);
        outbound.on('error', drop).on('close', drop);
        outbound.connect(Number(target.port), target.hostname, () => {
          inbound.pipe(outbound);
          outbound.pipe(inbound);
        });
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port;
        done();
      });
    });
  const cut = async () => {
    await new Promise<void>((done) => {
      server.close(() => done());
      for (const s of sockets) s.resetAndDestroy();
      sockets.clear();
    });
  };
  return listen().then(() => ({ port, cut, restore: listen, close: cut }));
}

type Outcome = { status: number; code?: string; caseNumber?: string; id?: string; error?: string };

async function file(url: string, token: string): Promise<Outcome> {
  try {
    const res = await fetch(`${url}/api/v1/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(filingBody()),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await res.json()) as Record<string, string>;
    return { status: res.status, code: body.code, caseNumber: body.caseNumber, id: body.id };
  } catch (error) {
    return { status: 0, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'admin-test-password', token: true }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

/** Files `count` cases, `parallel` at a time, while `chaos` runs; returns every answer. */
async function fileUnderLoad(url: string, token: string, count: number, parallel: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next += 1;
        outcomes.push(await file(url, token));
      }
    }),
  );
  return outcomes;
}

async function untilFiled(url: string, token: string): Promise<{ ms: number; outcome: Outcome }> {
  const started = performance.now();
  for (;;) {
    const outcome = await file(url, token);
    if (outcome.status === 201 || performance.now() - started > 30_000) return { ms: performance.now() - started, outcome };
    await new Promise((r) => setTimeout(r, 100));
  }
}

let db: DatabaseHandle;
const sqlRaw = (text: string) => CompiledQuery.raw(text);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  await admin((c) => c.query(`create database ${name}`));
});
afterAll(async () => {
  await db?.close();
  await admin((c) => c.query(`drop database if exists ${name} with (force)`));
});

/** Every acknowledged filing is stored once, the serials have no gaps or repeats, and the audit chain is whole. */
async function expectConsistent(acknowledged: Outcome[]) {
  db ??= await openDatabase({ url: dbUrl.toString() });
  const rows = await db.read.selectFrom('cases').select(['id', 'case_number']).execute();
  const byId = new Map(rows.map((r) => [r.id, r.case_number]));
  for (const a of acknowledged) expect(byId.get(a.id!), a.caseNumber).toBe(a.caseNumber);
  expect(new Set(acknowledged.map((a) => a.id)).size).toBe(acknowledged.length);
  const serials = rows.map((r) => serialOf(r.case_number)).sort((a, b) => a - b);
  expect(serials).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
  expect((await verifyAuditChains(db.read)).breaks).toEqual([]);
}

describe('PostgreSQL going away under load', () => {
  let server: ServerProcess;
  let cable: Awaited<ReturnType<typeof relay>>;
  let token: string;
  const acknowledged: Outcome[] = [];

  beforeAll(async () => {
    cable = await relay(dbUrl);
    const through = new URL(dbUrl);
    through.port = String(cable.port);
    through.hostname = '127.0.0.1';
    server = await startServerProcess({
      DATABASE_URL: through.toString(),
      ZHIXING_ADMIN_PASSWORD: 'admin-test-password',
      ZHIXING_DB_CONNECT_TIMEOUT_MS: '2000',
    });
    token = await signIn(server.url);
  });
  afterAll(async () => {
    await server?.stop();
    await cable?.close();
  });

  it('survives its backends being terminated while filings are in flight, and loses or duplicates none it acknowledged', async () => {
    let storming = true;
    let terminated = 0;
    const storm = (async () => {
      while (storming) {
        const r = await admin((c) =>
          c.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [name]),
        );
        terminated += r.rowCount ?? 0;
        await sleep(250);
      }
    })();
    const outcomes = await fileUnderLoad(server.url, token, 150, 8);
    storming = false;
    await storm;

    expect(server.alive(), server.output()).toBe(true);
    expect(terminated).toBeGreaterThan(5);
    // Every answer is a filing or a 503 that names the database; nothing hung, nothing was a 500.
    const kinds = outcomes.map((o) => (o.status === 201 ? 201 : `${o.status} ${o.code ?? o.error}`));
    expect(new Set(kinds.filter((k) => k !== 201))).toEqual(new Set(kinds.some((k) => k !== 201) ? ['503 database-unavailable'] : []));
    expect(outcomes.filter((o) => o.status === 503).length).toBeGreaterThan(0);
    acknowledged.push(...outcomes.filter((o) => o.status === 201));
    expect(acknowledged.length).toBeGreaterThan(0);

    const back = await untilFiled(server.url, token);
    expect(back.outcome.status).toBe(201);
    expect(back.ms).toBeLessThan(5_000);
    acknowledged.push(back.outcome);
    await expectConsistent(acknowledged);
  });

  it('answers 503 database-unavailable while the database is unreachable, and serves again when it returns', async () => {
    const inFlight = fileUnderLoad(server.url, token, 40, 4);
    await sleep(150);
    await cable.cut();
    const during = await file(server.url, token);
    expect(during).toMatchObject({ status: 503, code: 'database-unavailable' });
    const health = await fetch(`${server.url}/api/v1/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { code: string }).code).toBe('database-unavailable');
    await sleep(1_000);
    await cable.restore();
    const outcomes = await inFlight;
    expect(server.alive(), server.output()).toBe(true);
    expect(
      outcomes.every((o) => o.status === 201 || (o.status === 503 && o.code === 'database-unavailable')),
      JSON.stringify(outcomes),
    ).toBe(true);
    acknowledged.push(...outcomes.filter((o) => o.status === 201));

    const back = await untilFiled(server.url, token);
    expect(back.outcome.status).toBe(201);
    expect(back.ms).toBeLessThan(5_000);
    acknowledged.push(back.outcome);
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    await expectConsistent(acknowledged);
  });
});

describe('the timeouts of the PostgreSQL connection', () => {
  const timeouts = { connectTimeoutMs: 300, poolWaitMs: 300, statementTimeoutMs: 300, idleInTransactionTimeoutMs: 300 };

  it('cuts off a statement that runs past the statement timeout, as database-unavailable', async () => {
    const h = await openDatabase({ url: dbUrl.toString(), timeouts });
    try {
      const error = await h.read.executeQuery(sqlRaw('select pg_sleep(5)')).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: '57014' });
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('ends a transaction left idle past the idle-in-transaction timeout, and the next one runs', async () => {
    const h = await openDatabase({ url: dbUrl.toString(), timeouts });
    try {
      const error = await h
        .transaction(async (tx) => {
          await tx.executeQuery(sqlRaw('select 1'));
          await sleep(1_000);
          await tx.executeQuery(sqlRaw('select 1'));
        })
        .catch((e: unknown) => e);
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
      expect(await h.transaction(async (tx) => (await tx.executeQuery(sqlRaw('select 1 as one'))).rows)).toEqual([{ one: 1 }]);
    } finally {
      await h.close();
    }
  });

  it('lets a query wait for a free connection of the pool longer than the connect timeout', async () => {
    // A burst queued behind the pool's ten connections is not an unreachable database.
    const h = await openDatabase({
      url: dbUrl.toString(),
      timeouts: { connectTimeoutMs: 1_000, poolWaitMs: 15_000, statementTimeoutMs: 15_000, idleInTransactionTimeoutMs: 15_000 },
    });
    try {
      const busy = Array.from({ length: 10 }, () => h.transaction((tx) => tx.executeQuery(sqlRaw('select pg_sleep(2.5)'))));
      await sleep(300);
      const waited = await h.read.executeQuery(sqlRaw('select 1 as one'));
      expect(waited.rows).toEqual([{ one: 1 }]);
      await Promise.all(busy);
    } finally {
      await h.close();
    }
  });

  it('gives up connecting to a server that accepts the connection but never answers', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const u = new URL(dbUrl);
    u.hostname = '127.0.0.1';
    u.port = String((silent.address() as { port: number }).port);
    const h = await openDatabase({ url: u.toString(), timeouts });
    try {
      const started = performance.now();
      const error = await h.read.executeQuery(sqlRaw('select 1')).catch((e: unknown) => e);
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    } finally {
      await h.close();
      silent.close();
    }
  });
});

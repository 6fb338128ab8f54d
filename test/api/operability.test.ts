import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { buildServer } from '../../src/http/server.ts';
import { expectProblem } from './fixtures.ts';

// Operable in production: every answer names its request, every problem+json carries that id and
// the path without its query, every 500 is logged with it (credentials redacted), and health tells
// a load balancer when the database is away and when it is back.

let app: TestApp;
let logged: Record<string, unknown>[];
let server: FastifyInstance;

beforeAll(async () => {
  app = await createTestApp({ seedCases: 3 });
  logged = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  server = await buildServer(app, { log: { level: 'info', stream } });
});
afterAll(async () => {
  await server?.close();
  await app?.close().catch(() => {});
});

describe('request ids', () => {
  it('answers every request with an x-request-id, and every problem+json with the same id and the path only', async () => {
    const auth = await login(app, 'judge');
    const answers = [
      await server.inject({ method: 'GET', url: '/api/v1/cases/not-a-case', headers: auth }),
      await server.inject({ method: 'GET', url: '/api/v1/cases?party=110105194912310021&limit=0', headers: auth }),
      await server.inject({ method: 'GET', url: '/api/v1/auth/me' }),
      await server.inject({ method: 'GET', url: '/api/v1/nowhere?x=1' }),
    ];
    const ids = new Set<string>();
    for (const res of answers) {
      const id = res.headers['x-request-id'] as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      ids.add(id);
      const problem = res.json();
      expect(problem.requestId).toBe(id);
      expect(problem.instance).not.toContain('?');
    }
    expect(ids.size).toBe(answers.length);
    // An ID number searched for is not echoed back.
    expect(answers[1]!.body).not.toContain('110105194912310021');
    expect(answers[1]!.json().instance).toBe('/api/v1/cases');
  });

  it('logs each request by its path, without the query string and without credentials', async () => {
    const auth = await login(app, 'judge');
    const res = await server.inject({
      method: 'GET',
      url: '/api/v1/cases?party=110105194912310021',
      headers: { ...auth, cookie: 'zhixing_session=secret-cookie-value' },
    });
    const id = res.headers['x-request-id'];
    const lines = logged.filter((l) => l.reqId === id);
    expect(lines.length).toBeGreaterThan(0);
    const text = JSON.stringify(lines);
    expect(text).toContain('/api/v1/cases');
    expect(text).not.toContain('110105194912310021');
    expect(text).not.toContain(auth.authorization.slice(7));
    expect(text).not.toContain('secret-cookie-value');
  });
});

/** Polls `done` every 50 ms until it holds, for at most 10 s. */
async function until(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not reached within 10 s');
}

describe('health', () => {
  it('answers 200 with the kind of database while it is reachable, without sign-in', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: app.handle.kind });
  });

  // On PostgreSQL the database goes away and comes back: connections are refused, then allowed.
  if (process.env.DATABASE_URL) {
    it('answers 503 database-unavailable while PostgreSQL refuses connections, and 200 again when it returns', async () => {
      const name = new URL(app.config.databaseUrl!).pathname.slice(1);
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        await admin.query(`alter database ${name} with allow_connections false`);
        // pg_terminate_backend only signals: wait until the server has closed every connection
        // of the pool, so that the probes below meet the database as it is, not a dying backend.
        await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
        await until(
          async () => (await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name])).rows[0].n === 0,
        );
        const down = await server.inject({ method: 'GET', url: '/api/v1/health' });
        const problem = expectProblem(down, 503, 'database-unavailable');
        expect(problem.title).toMatch(/数据库/);
      } finally {
        await admin.query(`alter database ${name} with allow_connections true`);
        await admin.end();
      }
      // A probe that meets a connection the server closed has the pool discard it; the database
      // is seen as back within a few probes, as a load balancer probing every few seconds would.
      const probes: number[] = [];
      await until(async () => {
        probes.push((await server.inject({ method: 'GET', url: '/api/v1/health' })).statusCode);
        return probes.at(-1) === 200;
      });
      expect(probes.length, probes.join(',')).toBeLessThanOrEqual(3);
    });
  }
});

// Last: the database is closed for good, so that a request meets an unexpected error.
describe('when the database is gone', () => {
  it('answers 500 internal with the request id, logs the error with that id, and health answers 503', async () => {
    const auth = await login(app, 'judge');
    await app.handle.close();
    const res = await server.inject({ method: 'GET', url: '/api/v1/cases', headers: auth });
    const problem = expectProblem(res, 500, 'internal');
    expect(problem.title).toBe('服务器内部错误');
    expect(Object.keys(problem)).not.toContain('detail');
    const errors = logged.filter((l) => l.level === 50 && l.reqId === problem.requestId);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ requestId: problem.requestId, err: expect.objectContaining({ message: expect.any(String) }) });
    expect(JSON.stringify(errors)).not.toContain(auth.authorization.slice(7));
    expectProblem(await server.inject({ method: 'GET', url: '/api/v1/health' }), 503, 'database-unavailable');
  });
});

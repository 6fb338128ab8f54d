import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { ensureAdmin, openApp } from '../../src/platform/bootstrap.ts';
import { fixedClock, type Clock } from '../../src/platform/clock.ts';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { buildServer } from '../../src/http/server.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { failOnDroppedFields } from './dropped-fields.ts';

export type TestApp = AppContext & { close(): Promise<void>; server: FastifyInstance; url?: string };

export const TEST_NOW = '2026-11-26T02:00:00.000Z';

// A fresh database per test file: in-memory PGlite, or a new database on the PostgreSQL server
// named by DATABASE_URL (CI runs the whole suite both ways), each a copy of the run's template.
// `seedHandling`: the demo's handling stage too (notices, searches, seizures…: src/demo/seed-handling.ts),
// which `npm start` seeds; off by default, for it adds seconds to every file that seeds the demo.
export async function createTestApp(
  opts: { clock?: Clock; seedCases?: number; seedHandling?: boolean; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const base = process.env.DATABASE_URL;
  let url: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  const template = process.env.ZX_TEST_TEMPLATE;
  if (base) {
    const name = `zx_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const config = { ...loadConfig({}), databaseUrl: url, sessionHours: 12, adminPassword: 'admin-test-password', ...opts.config };
  // Started from the run's template (test/support/global-setup.ts) when there is one.
  const loadDataDir = !base && template ? new Blob([readFileSync(template)]) : undefined;
  const app = await openApp({
    config,
    clock: opts.clock ?? fixedClock(TEST_NOW),
    dataDir: 'memory://',
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  await ensureAdmin(app, () => {});
  if (opts.seedCases !== undefined) await seedDemo(app, { count: opts.seedCases, handling: opts.seedHandling ?? false });
  const server = await buildServer(app);
  failOnDroppedFields(server);
  return {
    ...app,
    server,
    close: async () => {
      await server.close();
      await app.close();
      await drop?.();
    },
  };
}

/** Signs in through the API as an API client (asking for the token) and returns the bearer header. */
export async function login(app: TestApp, username: string, password = 'zhixing-demo'): Promise<{ authorization: string }> {
  const res = await app.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password, token: true } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
  return { authorization: `Bearer ${res.json().token}` };
}

import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openApp } from '../../src/platform/bootstrap.ts';
import { loadConfig } from '../../src/platform/config.ts';

// Once per test run: a database that is migrated and holds the court registry, from which every
// test file's fresh database starts — a PGlite tarball, or a PostgreSQL template database — so
// that no file pays for the migrations and the registry again. Test files still get databases
// of their own; the template only saves the identical first minutes of each.
export default async function setup(): Promise<() => Promise<void>> {
  const base = process.env.DATABASE_URL;
  const config = { ...loadConfig({}), databaseUrl: undefined };
  if (!base) {
    const dir = resolve('test-results', '.templates');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `pglite-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
    const app = await openApp({ config, dataDir: 'memory://' });
    const tar = await app.handle.dumpDataDir!();
    await app.close();
    writeFileSync(file, Buffer.from(await tar.arrayBuffer()));
    process.env.ZX_TEST_TEMPLATE = file;
    return async () => rmSync(file, { force: true });
  }
  const name = `zx_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(base, `create database ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  const app = await openApp({ config: { ...config, databaseUrl: u.toString() } });
  await app.close();
  process.env.ZX_TEST_TEMPLATE = name;
  return async () => adminQuery(base, `drop database if exists ${name} with (force)`);
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

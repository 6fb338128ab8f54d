import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';

/** An empty database and nothing else (no migration): in-memory PGlite, or a new database on the server in DATABASE_URL. */
export async function scratchDatabase(): Promise<{ handle: DatabaseHandle; dispose(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    return { handle, dispose: () => handle.close() };
  }
  const name = `zx_scratch_${randomBytes(6).toString('hex')}`;
  const run = async (text: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  await run(`create database ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  const handle = await openDatabase({ url: u.toString() });
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await run(`drop database if exists ${name} with (force)`);
    },
  };
}

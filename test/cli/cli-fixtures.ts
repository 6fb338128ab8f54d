import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { runInProcess } from '../support/cli.ts';

// The CLI against its own database — a PGlite data directory, or a fresh database on the server in
// DATABASE_URL: in this process (zhixing), or as an operator runs it, `node bin/zhixing.mjs …` in a
// child process (zhixingBinary; a few tests keep that path honest).

const root = resolve(import.meta.dirname, '../..');

export type Store = {
  readonly env: Record<string, string>;
  readonly label: string;
  /** Opens the store's database in this process; close it before the next CLI run (PGlite is single-process). */
  open(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
};

/**
 * A database of its own for the CLI. By default it starts as a copy of the run's template (migrated,
 * with the court registry: test/support/global-setup.ts), as createTestApp's do, so that a file does
 * not pay for every migration again; `empty: true` gives an empty one (a data directory with nothing
 * in it, a database without tables) for the tests of what the CLI does on first use.
 */
export async function freshStore(opts: { empty?: boolean } = {}): Promise<Store> {
  const base = process.env.DATABASE_URL;
  const template = opts.empty ? undefined : process.env.ZX_TEST_TEMPLATE;
  const common = { ZHIXING_ADMIN_PASSWORD: 'admin-test-password' };
  if (base) {
    const name = `zx_cli_${randomBytes(6).toString('hex')}`;
    await adminQuery(base, `create database ${name}${template ? ` template ${template}` : ''}`);
    const u = new URL(base);
    u.pathname = `/${name}`;
    const url = u.toString();
    return {
      env: { ...common, DATABASE_URL: url },
      label: name,
      open: () => openDatabase({ url }),
      dispose: () => adminQuery(base, `drop database if exists ${name} with (force)`),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'zhixing-cli-'));
  const dataDir = join(dir, 'data');
  if (template) {
    const copy = await openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(template)]) });
    await copy.close();
  }
  return {
    env: { ...common, ZHIXING_DATA_DIR: dataDir },
    label: dataDir,
    open: () => openDatabase({ dataDir }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

export type Run = { code: number; stdout: string; stderr: string };

/** Runs `zhixing <args>` in a child process with the store's environment: exit code and output. */
export function zhixingBinary(store: Store, args: string[]): Promise<Run> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DATABASE_URL' && k !== 'ZHIXING_DATA_DIR') env[k] = v;
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(root, 'bin', 'zhixing.mjs'), ...args],
      { cwd: root, env: { ...env, ...store.env }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Opens the store, runs `fn` on it, and closes it again. */
export async function withDatabase<T>(store: Store, fn: (h: DatabaseHandle) => Promise<T>): Promise<T> {
  const h = await store.open();
  try {
    return await fn(h);
  } finally {
    await h.close();
  }
}

/** Runs `zhixing <args>` in this process with the store's environment: exit code and output. */
export const zhixing = (store: Store, args: string[]): Promise<Run> => runInProcess(args, store.env);

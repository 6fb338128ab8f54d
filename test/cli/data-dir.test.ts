import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrateTo, pendingMigrations } from '../../src/db/migrate.ts';
import { LOCK_FILE } from '../../src/db/data-dir.ts';
import { filingBody } from '../api/fixtures.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { freshStore, withDatabase, zhixing, type Store } from './cli-fixtures.ts';

// Each test runs several processes, each opening its database: minutes on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

// The embedded database belongs to one process at a time: a command run while the server holds
// the folder stops with a clear message before it touches a file; commands that only read change
// nothing, not even the court registry or the schema.

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zhixing-datadir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pgliteStore = (name: string): Store => {
  const dataDir = join(dir, name);
  return {
    env: { ZHIXING_ADMIN_PASSWORD: 'admin-test-password', ZHIXING_DATA_DIR: dataDir },
    label: dataDir,
    open: () => openDatabase({ dataDir }),
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
};

const inUse = (pid: number) => `数据目录正被另一个进程使用（pid ${pid}）；请先停止服务，或使用 DATABASE_URL`;

describe('one process per PGlite data folder', () => {
  const store = pgliteStore('served');
  let server: ServerProcess;
  let file: string;

  beforeAll(async () => {
    expect((await zhixing(store, ['db', 'migrate'])).code).toBe(0);
    server = await startServerProcess(store.env);
    file = join(dir, 'one.jsonl');
    writeFileSync(file, JSON.stringify({ caseNumber: '（2026）粤0703执9001号', ...filingBody() }) + '\n');
  });
  afterAll(() => server?.stop());

  it('stops every other command with the holder’s pid, exiting non-zero, while the server runs', async () => {
    const pid = server.child.pid!;
    for (const args of [
      ['audit', 'verify'],
      ['calendar', 'show', '2026'],
      ['export', '--format', 'jsonl'],
      ['import', file],
      ['users', 'create', '--username', 'late', '--name', '迟到', '--role', 'clerk', '--court', '粤0703', '--password', 'late-password'],
      ['db', 'migrate'],
    ]) {
      const run = await zhixing(store, args);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr.trim(), args.join(' ')).toBe(inUse(pid));
      expect(run.stdout).toBe('');
    }
    expect(server.alive()).toBe(true);
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });

  it('leaves the database whole and unwritten once the server stops', async () => {
    await server.stop();
    expect(existsSync(join(store.label, LOCK_FILE))).toBe(false);
    const verify = await zhixing(store, ['audit', 'verify']);
    expect(verify.code, verify.stderr).toBe(0);
    await withDatabase(store, async ({ read: db }) => {
      expect(await db.selectFrom('cases').select('id').execute()).toEqual([]);
      expect(await db.selectFrom('users').select('username').where('username', '=', 'late').execute()).toEqual([]);
    });
  });

  it('takes over the lock left by a process that is gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(store.label, LOCK_FILE), `${gone}\n\n`);
    const run = await zhixing(store, ['audit', 'verify']);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(store.label, LOCK_FILE))).toBe(false);
  });

  it('refuses a second opening of the folder within one process as well', async () => {
    const h = await store.open();
    try {
      await expect(store.open()).rejects.toThrow(inUse(process.pid));
    } finally {
      await h.close();
    }
  });
});

describe('the files of a PGlite folder', () => {
  it('are never writable by others, whatever the umask of the process that creates them', () => {
    const dataDir = join(dir, 'umask');
    execFileSync('sh', ['-c', `umask 000; exec "${process.execPath}" bin/zhixing.mjs db migrate`], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', ZHIXING_DATA_DIR: dataDir, ZHIXING_ADMIN_PASSWORD: 'x-test-password' },
    });
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((n) => {
        const p = join(d, n);
        return statSync(p).isDirectory() ? [p, ...walk(p)] : [p];
      });
    const files = walk(dataDir);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((p) => (statSync(p).mode & 0o002) !== 0)).toEqual([]);
    // and the folder itself is closed to others
    expect(statSync(dataDir).mode & 0o007).toBe(0);
  });
});

/** A digest of every row of every table, with the row's xmin: any INSERT, UPDATE or DELETE changes it. */
async function everyRow(h: DatabaseHandle): Promise<string> {
  const tables = await sql<{ t: string }>`select table_name as t from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(h.read);
  let all = '';
  for (const { t } of tables.rows) {
    const r = await sql<{ d: string }>`select md5(coalesce(string_agg(x.xmin::text || ':' || x::text, '|' order by x::text), '')) as d
      from ${sql.table(t)} x`.execute(h.read);
    all += `${t}=${r.rows[0]!.d};`;
  }
  return all;
}

describe('commands that only read', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore({ empty: true });
    const seeded = await zhixing(store, ['seed', '--count', '5']);
    expect(seeded.code, seeded.stderr).toBe(0);
    // A court renamed in the database: a command that synchronised the registry would put the name back.
    await withDatabase(store, ({ read: db }) => sql`update courts set name = '改过的名称' where code = '粤0703'`.execute(db));
  });
  afterAll(() => store?.dispose());

  it.each([
    [['audit', 'verify']],
    [['calendar', 'show', '2026']],
    [['rules', 'period', '--json', '{"start":"2026-03-06","length":15,"unit":"day"}']],
  ])('%j writes nothing: no migration, no court synchronisation, no row', async (args) => {
    const before = await withDatabase(store, everyRow);
    const run = await zhixing(store, args);
    expect(run.code, run.stderr).toBe(0);
    expect(await withDatabase(store, everyRow)).toBe(before);
  });

  it('stops at a schema that is behind, saying so, and migrates nothing', async () => {
    const behind = await freshStore({ empty: true });
    try {
      await withDatabase(behind, (h) => migrateTo(h.read, '2026-11-26T0001-foundation'));
      const pending = await withDatabase(behind, (h) => pendingMigrations(h.read));
      for (const args of [['audit', 'verify'], ['export'], ['calendar', 'show', '2026']]) {
        const run = await zhixing(behind, args);
        expect(run.code, args.join(' ')).not.toBe(0);
        expect(run.stderr).toContain('数据库结构不是最新版本');
        expect(run.stderr).toContain('zhixing db migrate');
      }
      expect(await withDatabase(behind, (h) => pendingMigrations(h.read))).toEqual(pending);
    } finally {
      await behind.dispose();
    }
  });

  it('does not create a PGlite folder where there is none', async () => {
    const nowhere = pgliteStore('never-created');
    const run = await zhixing(nowhere, ['audit', 'verify']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('中没有数据库');
    expect(existsSync(nowhere.label)).toBe(false);
  });
});

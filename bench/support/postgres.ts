// A throwaway PostgreSQL server for one benchmark run, with the server's durable defaults (fsync
// and synchronous_commit on, as a court would run it). It is stopped when the run ends, fails,
// or is interrupted (Ctrl-C, SIGTERM), and its data folder is removed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type BenchPostgres = { readonly url: string; readonly bin: string; stop(): void };

/** The newest PostgreSQL binaries on the machine (/usr/lib/postgresql/<n>/bin), or the ones on PATH. */
export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const newest = versions.at(-1);
  return newest ? join(root, newest, 'bin') : '';
}

const tool = (bin: string, name: string) => (bin ? join(bin, name) : name);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

const running = new Set<BenchPostgres>();
let hooked = false;

// Synchronous, so that it also runs from process.on('exit'); each server is stopped once.
function stopAll(): void {
  for (const server of [...running]) server.stop();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => {
      stopAll();
      process.exit(130);
    });
}

/** initdb refuses to run as root, so as root the cluster belongs to the 'postgres' user. */
export async function startPostgres(settings: Record<string, string> = {}): Promise<BenchPostgres> {
  hookExit();
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'zhixing-bench-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const data = join(dir, 'data');
  run(tool(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = { listen_addresses: '127.0.0.1', max_connections: '300', ...settings };
  const flags = [`-p ${port}`, `-k ${dir}`, ...Object.entries(options).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
  let stopped = false;
  const server: BenchPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    bin,
    stop: () => {
      if (stopped) return;
      stopped = true;
      running.delete(server);
      try {
        run(tool(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already gone (it failed to start, or was killed): nothing left to stop
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  running.add(server);
  try {
    run(tool(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', flags, 'start']);
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}

/**
 * A scratch database for a benchmark: on the server DATABASE_URL names, or on a throwaway server
 * started here (stopped again by drop()). drop() removes the database, also when the run failed.
 */
export async function scratchDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL ? null : await startPostgres();
  const base = process.env.DATABASE_URL ?? server!.url;
  const name = `${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      try {
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      } finally {
        server?.stop();
      }
    },
  };
}

/** Creates database `name` on the server at `url` and answers its URL. */
export async function createDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

// The Zhixing command line and server as child processes of a benchmark, run from a source tree
// (this one, or another checkout to compare against). Every server started here is stopped when
// the benchmark ends, fails or is interrupted.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export type ZhixingEnv = Record<string, string | undefined>;

// The program as `npm start` runs it: `node dist/zhixing.mjs`, the compiled server and CLI, built
// once per run and per checkout (scripts/build.mjs, as `prestart` does); in a tree from before the
// compiled build, the TypeScript entry point through tsx.
const built = new Set<string>();
function program(root: string): string[] {
  if (!existsSync(join(root, 'scripts', 'build.mjs'))) return ['--import', 'tsx', join(root, 'src/cli/main.ts')];
  if (!built.has(root)) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--server'], { cwd: root, stdio: 'inherit' });
    built.add(root);
  }
  return [join(root, 'dist', 'zhixing.mjs')];
}

/** Runs `zhixing <args>` from `root` and resolves with its output. */
export async function zhixing(root: string, args: string[], env: ZhixingEnv): Promise<string> {
  const child = spawn(process.execPath, [...program(root), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`zhixing ${args.join(' ')} failed (${code}): ${err.slice(-2000) || out.slice(-2000)}`);
  return out;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export type ZhixingServer = { readonly url: string; stop(): Promise<void> };

const servers = new Set<ChildProcess>();
let hooked = false;

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  // Synchronous: also runs on process.exit; a server still running is terminated.
  process.on('exit', () => {
    for (const child of servers) child.kill('SIGKILL');
  });
}

/** Starts `zhixing serve` on a free loopback port and waits until /api/v1/health answers 200. */
export async function startServer(root: string, env: ZhixingEnv, nodeFlags: string[] = []): Promise<ZhixingServer> {
  hookExit();
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, ...program(root), 'serve', '--no-demo'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ZHIXING_WEB_DIST: join(root, '.no-web') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.add(child);
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  child.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!servers.has(child)) return;
    servers.delete(child);
    if (child.exitCode === null) {
      // SIGTERM: the server closes itself (flushing what it buffers; a CPU profile is written on that exit).
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
  };
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`zhixing serve exited (${child.exitCode}): ${log}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).status === 200) return { url, stop };
    } catch {
      // not listening yet
    }
    if (waited > 180_000) {
      await stop();
      throw new Error(`zhixing serve did not become healthy: ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Signs in through the API; the bearer header for later requests. */
export async function signIn(url: string, username: string, password: string): Promise<{ authorization: string }> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { token?: string };
  // A server that keeps the token in the cookie only: take it from there.
  const token = body.token ?? /zhixing_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error('sign-in gave no token');
  return { authorization: `Bearer ${token}` };
}

export async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

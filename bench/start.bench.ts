// How long `npm start` takes to a healthy server: on a fresh clone of this repository (nothing
// built, an empty PGlite data folder: build the server and the web app, migrate, load the court
// registry and seed the demo) and on a second start of the same clone. The clone gets this
// checkout's node_modules as hard links, which is what `npm ci` would have put there.
// Run: npm run bench:start. Prints the figures, then one JSON line.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

const root = resolve(import.meta.dirname, '..');

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });

async function startOnce(dir: string, port: number): Promise<{ ms: number; child: ChildProcess }> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      ZHIXING_DATA_DIR: join(dir, 'data'),
      ZHIXING_ADMIN_PASSWORD: 'bench-admin',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
    detached: true,
  });
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (res.status === 200) return { ms: performance.now() - started, child };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

const dir = mkdtempSync(join(tmpdir(), 'zhixing-start-'));
let running: ChildProcess | undefined;
try {
  execFileSync('git', ['clone', '--quiet', '--local', root, dir]);
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  const port = await freePort();
  const first = await startOnce(dir, port);
  running = first.child;
  await stop(first.child);
  const second = await startOnce(dir, port);
  running = second.child;
  await stop(second.child);
  running = undefined;
  const figures = { freshCloneStartMs: Math.round(first.ms), secondStartMs: Math.round(second.ms) };
  console.log(
    `npm start on a fresh clone → healthy: ${(first.ms / 1000).toFixed(1)} s (builds, migrates, loads the courts, seeds the demo)`,
  );
  console.log(`npm start again → healthy: ${(second.ms / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(figures));
} finally {
  if (running) await stop(running);
  rmSync(dir, { recursive: true, force: true });
}

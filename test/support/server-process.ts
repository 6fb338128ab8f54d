import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

// The server as an operator starts it: `node bin/zhixing.mjs serve` in its own process, so that a
// crash is a dead process and not an exception in the test runner.

const root = resolve(import.meta.dirname, '../..');

export type ServerProcess = {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Whether the process is still running. */
  alive(): boolean;
  stop(): Promise<void>;
};

export async function startServerProcess(env: Record<string, string>, args: string[] = ['--no-demo']): Promise<ServerProcess> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DATABASE_URL' && k !== 'ZHIXING_DATA_DIR') base[k] = v;
  const child = spawn(process.execPath, [join(root, 'bin', 'zhixing.mjs'), 'serve', ...args], {
    cwd: root,
    env: { ...base, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${out}`)), 90_000);
    const look = () => {
      const m = /已启动：(http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        done(m[1]!.replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', look);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

import { format } from 'node:util';
import { buildProgram } from '../../src/cli/main.ts';

// Runs the real command-line program in this process, as the bin would, with the given
// environment and its output captured: the same commands and use cases without a process start.
// Runs one at a time (tests of one file are sequential), restoring everything it replaced.
let running = false;

export async function runInProcess(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  if (running) throw new Error('runInProcess runs one command at a time');
  running = true;
  const saved = { env: { ...process.env }, exitCode: process.exitCode, log: console.log, error: console.error };
  const out = { stdout: '', stderr: '' };
  const writeOut = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  for (const k of ['DATABASE_URL', 'ZHIXING_DATA_DIR']) delete process.env[k];
  Object.assign(process.env, env);
  process.exitCode = 0;
  console.log = (...a: unknown[]) => void (out.stdout += format(...a) + '\n');
  console.error = (...a: unknown[]) => void (out.stderr += format(...a) + '\n');
  process.stdout.write = ((chunk: string | Uint8Array) => ((out.stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((out.stderr += String(chunk)), true)) as typeof process.stderr.write;
  let code: number;
  try {
    const program = buildProgram();
    const override = (c: typeof program): void => {
      c.exitOverride();
      c.commands.forEach(override);
    };
    override(program);
    await program.parseAsync(['node', 'zhixing', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    const e = error as { exitCode?: number; message?: string };
    if (typeof e.exitCode !== 'number') out.stderr += `${e.message ?? String(error)}\n`;
    code = typeof e.exitCode === 'number' ? e.exitCode : 1;
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    console.log = saved.log;
    console.error = saved.error;
    process.env = saved.env;
    process.exitCode = saved.exitCode;
    running = false;
  }
  return { code, ...out };
}

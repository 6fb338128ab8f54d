import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import type { BatchMessage } from './import-pipeline.ts';
import { importEnv, refused, writeBatches, type ImportOptions, type ImportReport } from './import-cases.ts';

// Compiled (dist/zhixing.mjs, beside dist/import-worker.mjs) or run as TypeScript through tsx,
// whose module hooks a worker thread does not inherit on Node 20: there the worker registers
// them itself, then imports its module.
const compiled = import.meta.url.endsWith('.mjs');
// The ESM entry of tsx's API: import.meta.resolve where the runtime has it (Node), else the
// package's CommonJS entry renamed (test runners that transform modules lack import.meta.resolve).
const tsxApi = () =>
  typeof import.meta.resolve === 'function'
    ? import.meta.resolve('tsx/esm/api')
    : pathToFileURL(
        createRequire(import.meta.url)
          .resolve('tsx/esm/api')
          .replace(/\.cjs$/, '.mjs'),
      ).href;
const tsxBoot = () =>
  `import(${JSON.stringify(tsxApi())}).then(({ register }) => { register(); return import(${JSON.stringify(
    new URL('./import-worker.ts', import.meta.url).href,
  )}); })`;

// Imports a JSON Lines or CSV file with the reading, validation and encoding in a worker thread,
// so that this thread is free to keep the database busy: the two run side by side.
export async function importFile(
  ctx: AppContext,
  who: Principal,
  path: string,
  format: 'jsonl' | 'csv',
  opts: ImportOptions = {},
): Promise<ImportReport> {
  if (!can(who, 'case.import')) return refused();
  const workerData = { path, format, env: importEnv(ctx, who, opts) };
  const worker = compiled
    ? new Worker(new URL('./import-worker.mjs', import.meta.url), { workerData })
    : new Worker(tsxBoot(), { eval: true, workerData });
  try {
    return await writeBatches(ctx, messagesOf(worker), opts);
  } finally {
    await worker.terminate();
  }
}

async function* messagesOf(worker: Worker): AsyncGenerator<BatchMessage> {
  const queue: (BatchMessage | 'end' | { error: Error })[] = [];
  let wake: (() => void) | null = null;
  const push = (m: BatchMessage | 'end' | { error: Error }) => {
    queue.push(m);
    wake?.();
    wake = null;
  };
  worker.on('message', (m: BatchMessage | 'end') => push(m));
  worker.on('error', (error) => push({ error }));
  worker.on('exit', (code) => push(code === 0 ? 'end' : { error: new Error(`import worker exited with code ${code}`) }));
  for (;;) {
    if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    const m = queue.shift()!;
    if (m === 'end') return;
    if ('error' in m) throw m.error;
    yield m;
    worker.postMessage('ack');
  }
}

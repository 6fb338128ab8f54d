import { parentPort, workerData } from 'node:worker_threads';
import { prepareBatches, type ImportEnv } from './import-pipeline.ts';
import { readImportFile } from './read-import-file.ts';

// Runs in a worker thread: reads, validates and encodes the file, posting one message per batch.
// At most two batches wait unacknowledged, so a slow database holds the reader back, not memory.
const { path, format, env } = workerData as { path: string; format: 'jsonl' | 'csv'; env: ImportEnv };
const port = parentPort!;
let unacknowledged = 0;
let wake: (() => void) | null = null;
port.on('message', (m) => {
  if (m !== 'ack') return;
  unacknowledged -= 1;
  wake?.();
  wake = null;
});

for await (const message of prepareBatches(readImportFile(path, format), env)) {
  port.postMessage(message);
  unacknowledged += 1;
  while (unacknowledged >= 2) await new Promise<void>((resolve) => (wake = resolve));
}
port.postMessage('end');

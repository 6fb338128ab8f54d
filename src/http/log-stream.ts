// The server's log lines go to standard output in batches. pino writes each line with a system call
// of its own, two per request (received, answered); on a small server a write costs about as much
// CPU as the request's query (ADR 0020). Lines are gathered and written together once the batch
// reaches `maxBytes` or `maxDelayMs` after its first line, and whatever is left when the process exits.
export type LogStream = { write(line: string): void; flush(): void };

export function batchedStdout(opts: { maxBytes?: number; maxDelayMs?: number } = {}): LogStream {
  return batchedWriter((chunk) => process.stdout.write(chunk), opts);
}

export function batchedWriter(out: (chunk: string) => void, opts: { maxBytes?: number; maxDelayMs?: number } = {}): LogStream {
  const maxBytes = opts.maxBytes ?? 16 * 1024;
  const maxDelayMs = opts.maxDelayMs ?? 100;
  let lines: string[] = [];
  let bytes = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (lines.length === 0) return;
    const chunk = lines.join('');
    lines = [];
    bytes = 0;
    out(chunk);
  };
  // Synchronous on exit (stdout to a file, pipe or terminal is written synchronously on Linux).
  process.on('exit', flush);
  return {
    write(line: string) {
      lines.push(line);
      bytes += line.length;
      if (bytes >= maxBytes) flush();
      // unref: a pending batch never keeps a finished process alive; exit writes it.
      else timer ??= setTimeout(flush, maxDelayMs).unref();
    },
    flush,
  };
}

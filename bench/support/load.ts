// The two load generators of the API benchmark: autocannon against the HTTP API, and pgbench
// against the same PostgreSQL server, each reduced to one rate and its latencies.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export type Figure = {
  readonly rate: number; // successful requests (or transactions) per second
  readonly p50: number | null; // ms
  readonly p99: number | null; // ms
  readonly failed: number; // non-2xx answers, errors and timeouts
};

export type HttpLoad = {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly headers: Record<string, string>;
  readonly method?: 'GET' | 'POST';
  /** The path (and body) of each next request; called once per request. */
  readonly next: () => { path: string; body?: string; headers?: Record<string, string> };
};

export async function httpLoad(load: HttpLoad): Promise<Figure> {
  const result = await autocannon({
    url: load.url,
    connections: load.connections,
    duration: load.seconds,
    timeout: 10,
    headers: { ...load.headers, ...(load.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    requests: [
      {
        method: load.method ?? 'GET',
        setupRequest: (req) => {
          const n = load.next();
          return {
            ...req,
            path: n.path,
            ...(n.body !== undefined ? { body: n.body } : {}),
            ...(n.headers ? { headers: { ...req.headers, ...n.headers } } : {}),
          };
        },
      },
    ],
  });
  const ok = result['2xx'];
  return {
    rate: Math.round(ok / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

export type PgbenchLoad = {
  readonly bin: string;
  readonly url: string;
  readonly clients: number;
  readonly seconds: number;
  readonly selectOnly: boolean;
};

/** pgbench's built-in TPC-B-like script, or its select-only variant (-S), on an initialised database. */
export async function pgbench(load: PgbenchLoad): Promise<Figure> {
  const u = new URL(load.url);
  const threads = Math.min(load.clients, 2);
  const args = ['-n', '-c', String(load.clients), '-j', String(threads), '-T', String(load.seconds)];
  if (load.selectOnly) args.push('-S');
  args.push('-h', u.hostname, '-p', u.port, '-U', u.username || 'postgres', u.pathname.slice(1));
  // Every transaction's latency goes to a log (-l), from which p50 and p99 are taken.
  const logs = mkdtempSync(join(tmpdir(), 'zhixing-pgbench-'));
  try {
    const out = await run(join(load.bin, 'pgbench'), [...args.slice(0, -1), '-l', `--log-prefix=${join(logs, 'tx')}`, args.at(-1)!]);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
    const failed = /number of failed transactions: (\d+)/.exec(out);
    if (!tps) throw new Error(`pgbench gave no rate: ${out}`);
    const latencies = readTransactionLog(logs);
    return {
      rate: Math.round(Number(tps[1])),
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      failed: Number(failed?.[1] ?? 0),
    };
  } finally {
    rmSync(logs, { recursive: true, force: true });
  }
}

// pgbench's per-transaction log: "client transaction latency_us script epoch_s epoch_us" a line.
function readTransactionLog(dir: string): Float64Array {
  const values: number[] = [];
  for (const name of readdirSync(dir))
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const us = Number(line.split(' ')[2]);
      if (line && Number.isFinite(us)) values.push(us / 1000);
    }
  return Float64Array.from(values).sort();
}

const percentile = (sorted: Float64Array, q: number): number | null =>
  sorted.length === 0 ? null : Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2));

export async function pgbenchInit(bin: string, url: string, scale: number): Promise<void> {
  const u = new URL(url);
  await run(join(bin, 'pgbench'), [
    '-i',
    '-q',
    '-s',
    String(scale),
    '-h',
    u.hostname,
    '-p',
    u.port,
    '-U',
    u.username || 'postgres',
    u.pathname.slice(1),
  ]);
}

async function run(cmd: string, args: string[]): Promise<string> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${code}): ${out.slice(-2000)}`);
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The median of several runs' figures, each figure on its own. */
export function medianOf(runs: readonly Figure[]): Figure {
  const of = (pick: (f: Figure) => number | null) => {
    const values = runs.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  return {
    rate: Math.round(of((f) => f.rate) ?? 0),
    p50: of((f) => f.p50),
    p99: of((f) => f.p99),
    failed: runs.reduce((s, f) => s + f.failed, 0),
  };
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { PGliteDialect } from './pglite-dialect.ts';
import { encodeCsv } from './csv.ts';
import { lockDataDir, restrictModes } from './data-dir.ts';
import type { Database } from './schema.ts';

/** What a repository takes: a transaction, or the handle's autocommit reader. */
export type Executor = Kysely<Database>;
declare const txBrand: unique symbol;
/** A transaction, handed out only by `DatabaseHandle.transaction` (through `transact`). */
export type Tx = Executor & { readonly [txBrand]: true };
/** COPY into a table: rows to encode, or CSV text already encoded (see encodeCsv). */
export type CopyRows = (table: string, columns: readonly string[], rows: readonly (readonly unknown[])[] | string) => Promise<void>;

export type DatabaseHandle = {
  readonly kind: 'pglite' | 'postgres';
  /** Autocommit queries outside any transaction (reads, mostly). */
  readonly read: Executor;
  /** The one way to own a transaction: commits when `fn` returns, rolls back when it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** PGlite only: the whole data directory as a tarball (a test template; see loadDataDir). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
};

// int8 → bigint (money, sequence numbers), date → 'YYYY-MM-DD' (never a JS Date shifted by zones).
pg.types.setTypeParser(20, (v) => BigInt(v));
pg.types.setTypeParser(1082, (v) => v);

// The async context of a transaction's body. A query that reaches for a new connection from
// inside it is a bug: on PGlite it would wait forever for the connection the transaction holds.
const inTransaction = new AsyncLocalStorage<true>();
export class QueryOutsideTransaction extends Error {
  constructor() {
    super('a query was issued outside the transaction that is running (use its `tx`, not the outer database handle)');
  }
}
const refuseInsideTransaction = () => {
  if (inTransaction.getStore()) throw new QueryOutsideTransaction();
};

// COPY is a capability of some transactions, looked up by the transaction itself.
const copiers = new WeakMap<Executor, CopyRows>();
/** Streams rows into a table with COPY inside the transaction. */
export function copyInto(tx: Tx, ...args: Parameters<CopyRows>): Promise<void> {
  const copy = copiers.get(tx);
  if (!copy) throw new Error('COPY is not available in this transaction');
  return copy(...args);
}

/** PostgreSQL: how long to wait for a connection, a statement, and a transaction left idle (set by the configuration). */
export type DatabaseTimeouts = {
  readonly connectTimeoutMs: number;
  /** How long a query may wait for a free connection of the pool. */
  readonly poolWaitMs: number;
  readonly statementTimeoutMs: number;
  readonly idleInTransactionTimeoutMs: number;
};

const defaultTimeouts: DatabaseTimeouts = {
  connectTimeoutMs: 5_000,
  poolWaitMs: 20_000,
  statementTimeoutMs: 30_000,
  idleInTransactionTimeoutMs: 60_000,
};

export class NoDatabaseHere extends Error {
  constructor(dataDir: string) {
    super(`数据目录 ${dataDir} 中没有数据库；请先运行 zhixing db migrate 或启动服务`);
  }
}

/**
 * `url` selects a PostgreSQL server; otherwise PGlite in `dataDir` ('memory://' for an in-memory
 * database), started from `loadDataDir` (a tarball of another data directory) when given.
 * `existing` refuses to create a PGlite folder that holds no database yet.
 */
export async function openDatabase(opts: {
  url?: string | undefined;
  dataDir?: string;
  timeouts?: DatabaseTimeouts;
  existing?: boolean;
  loadDataDir?: Blob;
}): Promise<DatabaseHandle> {
  return opts.url
    ? openPostgres(opts.url, opts.timeouts ?? defaultTimeouts)
    : openPGlite(opts.dataDir ?? 'memory://', opts.existing ?? false, opts.loadDataDir);
}

async function openPGlite(dataDir: string, existing: boolean, loadDataDir?: Blob): Promise<DatabaseHandle> {
  let unlock = () => {};
  if (!dataDir.startsWith('memory://')) {
    if (existing && !existsSync(join(dataDir, 'PG_VERSION'))) throw new NoDatabaseHere(dataDir);
    // Nothing in the folder for others, nothing writable by the group: the umask for what this
    // process creates, and the modes set right for what PGlite creates (src/db/data-dir.ts).
    process.umask(process.umask(0o027) | 0o027);
    mkdirSync(dataDir, { recursive: true, mode: 0o750 });
    // Before PGlite touches a file: a second process stops here.
    const release = lockDataDir(dataDir);
    unlock = () => {
      restrictModes(dataDir);
      release();
    };
  }
  let lite: PGlite;
  try {
    lite = await PGlite.create(dataDir, {
      extensions: { pg_trgm },
      parsers: { [pgliteTypes.INT8]: (v: string) => BigInt(v), [pgliteTypes.DATE]: (v: string) => v },
      ...(loadDataDir ? { loadDataDir } : {}),
    });
  } catch (error) {
    unlock();
    throw error;
  }
  if (!dataDir.startsWith('memory://')) restrictModes(dataDir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(lite, refuseInsideTransaction) });
  // One connection: statements issued on `lite` inside the Kysely transaction belong to it.
  const copy: CopyRows = async (table, columns, rows) => {
    const text = typeof rows === 'string' ? rows : encodeCsv(rows);
    if (text.length === 0) return;
    await lite.query(`copy ${table} (${columns.join(',')}) from '/dev/blob' with (format csv)`, [], { blob: new Blob([text]) });
  };
  return {
    kind: 'pglite',
    read: db,
    transaction: (fn) =>
      db.transaction().execute((trx) => {
        copiers.set(trx, copy);
        return inTransaction.run(true, () => fn(trx as unknown as Tx));
      }),
    dumpDataDir: () => lite.dumpDataDir('none'),
    close: async () => {
      await db.destroy();
      await lite.close();
      unlock();
    },
  };
}

async function openPostgres(url: string, t: DatabaseTimeouts): Promise<DatabaseHandle> {
  // Connecting to the server is bounded by the connect timeout; waiting for a free connection of
  // the pool (a burst of requests queued behind the ten) by the longer pool wait, below the HTTP
  // request timeout. pg has one option for both, so the client class carries the shorter one.
  class TimedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: t.connectTimeoutMs });
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    Client: TimedClient,
    // Waiting for a connection, a statement, an idle transaction: each is bounded, so that a
    // request fails with 503 instead of hanging.
    connectionTimeoutMillis: Math.max(t.poolWaitMs, t.connectTimeoutMs),
    statement_timeout: t.statementTimeoutMs,
    idle_in_transaction_session_timeout: t.idleInTransactionTimeoutMs,
    keepAlive: true,
    application_name: 'zhixing',
  });
  // A connection closed by the server (restart, failover, pg_terminate_backend) emits 'error'.
  // The pool listens only while the client is idle; a client checked out for a query or a
  // transaction needs a listener of its own, or the event would crash the process. The query in
  // flight fails on its own, and the pool discards the broken client when it is released.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const guarded: PostgresPool = {
    connect: async () => {
      refuseInsideTransaction();
      return pool.connect();
    },
    end: () => pool.end(),
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: guarded }) });
  return {
    kind: 'postgres',
    read: db,
    transaction: async (fn) => {
      refuseInsideTransaction();
      const client = await pool.connect();
      // A Kysely bound to this one client, so that builder queries and COPY share the transaction.
      const bound = { query: client.query.bind(client), release: () => {} } as PostgresPoolClient;
      const single: PostgresPool = { connect: async () => bound, end: async () => {} };
      const tx = new Kysely<Database>({ dialect: new PostgresDialect({ pool: single }) });
      copiers.set(tx, async (table, columns, rows) => {
        const text = typeof rows === 'string' ? rows : encodeCsv(rows);
        if (text.length === 0) return;
        await pipeline(Readable.from([text]), client.query(copyFrom(`copy ${table} (${columns.join(',')}) from stdin with (format csv)`)));
      });
      let broken = false;
      try {
        await client.query('begin');
        const result = await inTransaction.run(true, () => fn(tx as unknown as Tx));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: async () => {
      await db.destroy();
    },
  };
}

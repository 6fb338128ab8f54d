import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { PGliteDialect } from './pglite-dialect.ts';
import { encodeCsv } from './csv.ts';
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

/**
 * `url` selects a PostgreSQL server; otherwise PGlite in `dataDir` ('memory://' for an in-memory
 * database), started from `loadDataDir` (a tarball of another data directory) when given.
 */
export async function openDatabase(opts: { url?: string | undefined; dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  return opts.url ? openPostgres(opts.url) : openPGlite(opts.dataDir ?? 'memory://', opts.loadDataDir);
}

async function openPGlite(dataDir: string, loadDataDir?: Blob): Promise<DatabaseHandle> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    parsers: { [pgliteTypes.INT8]: (v: string) => BigInt(v), [pgliteTypes.DATE]: (v: string) => v },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
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
    },
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection closed by the server (restart, pg_terminate_backend) is dropped by the pool and
  // replaced on the next query; without a listener its 'error' event would crash the process.
  pool.on('error', () => {});
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

import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { PGliteDialect } from './pglite-dialect.ts';
import { encodeCsv } from './csv.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
/** COPY into a table: rows to encode, or CSV text already encoded (see encodeCsv). */
export type CopyRows = (table: string, columns: readonly string[], rows: readonly (readonly unknown[])[] | string) => Promise<void>;

export type DatabaseHandle = {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** A transaction in which rows can also be streamed in with COPY (bulk import). */
  bulkTransaction<T>(fn: (trx: Db, copy: CopyRows) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

// int8 → bigint (money, sequence numbers), date → 'YYYY-MM-DD' (never a JS Date shifted by zones).
pg.types.setTypeParser(20, (v) => BigInt(v));
pg.types.setTypeParser(1082, (v) => v);

/** `url` selects a PostgreSQL server; otherwise PGlite in `dataDir` ('memory://' for an in-memory database). */
export async function openDatabase(opts: { url?: string | undefined; dataDir?: string }): Promise<DatabaseHandle> {
  return opts.url ? openPostgres(opts.url) : openPGlite(opts.dataDir ?? 'memory://');
}

async function openPGlite(dataDir: string): Promise<DatabaseHandle> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    parsers: { [pgliteTypes.INT8]: (v: string) => BigInt(v), [pgliteTypes.DATE]: (v: string) => v },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(lite) });
  const copy: CopyRows = async (table, columns, rows) => {
    const text = typeof rows === 'string' ? rows : encodeCsv(rows);
    if (text.length === 0) return;
    await lite.query(`copy ${table} (${columns.join(',')}) from '/dev/blob' with (format csv)`, [], {
      blob: new Blob([text]),
    });
  };
  return {
    kind: 'pglite',
    db,
    // One connection: statements issued on `lite` inside the Kysely transaction belong to it.
    bulkTransaction: (fn) => db.transaction().execute((trx) => fn(trx, copy)),
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
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    bulkTransaction: async (fn) => {
      const client = await pool.connect();
      // A Kysely bound to this one client, so that builder queries and COPY share the transaction.
      const single = new Kysely<Database>({
        dialect: new PostgresDialect({
          pool: {
            connect: async () => ({ query: client.query.bind(client), release: () => {} }),
            end: async () => {},
          } as never,
        }),
      });
      const copy: CopyRows = async (table, columns, rows) => {
        const text = typeof rows === 'string' ? rows : encodeCsv(rows);
        if (text.length === 0) return;
        const stream = client.query(copyFrom(`copy ${table} (${columns.join(',')}) from stdin with (format csv)`));
        await pipeline(Readable.from([text]), stream);
      };
      try {
        await client.query('begin');
        const result = await fn(single, copy);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await db.destroy();
    },
  };
}

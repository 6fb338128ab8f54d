import { Rollback, type Result } from '../http/errors.ts';
import type { Db } from './connection.ts';

// A use case's transaction: an expected failure rolls back everything written before it.
export async function transact<T>(db: Db, fn: (trx: Db) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await fn(trx);
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    throw error;
  }
}

import { Rollback, type Result } from '../shared/result.ts';
import type { DatabaseHandle, Tx } from './connection.ts';

// A use case's transaction: `fn` gets only the transaction; an expected failure it returns rolls
// back everything written before it. Row locks follow docs/adr/0002-transactions-and-lock-order.md.
export async function transact<T>(ctx: { readonly handle: DatabaseHandle }, fn: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await ctx.handle.transaction(async (tx) => {
      const result = await fn(tx);
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    throw error;
  }
}

import type { Executor } from '../db/connection.ts';

// SQL of the institution API: the institution an account answers for, and the requests addressed to it.

export async function institutionOfUser(db: Executor, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('institution_code').where('id', '=', userId).executeTakeFirst();
  return row?.institution_code ?? null;
}

export type AddressedRow = {
  id: string;
  kind: string;
  status: 'pending' | 'sent' | 'answered' | 'failed' | 'timed-out';
  payload: unknown;
  idempotency_key: string;
  created_at: Date;
  answer_due_at: Date | null;
};

/** Requests to the institution still waiting for its answer (pending or sent), oldest first, after the cursor. */
export async function waitingRequests(
  db: Executor,
  institution: string,
  opts: { after: { createdAt: Date; id: string } | null; limit: number },
): Promise<AddressedRow[]> {
  let q = db
    .selectFrom('outbound_requests')
    .select(['id', 'kind', 'status', 'payload', 'idempotency_key', 'created_at', 'answer_due_at'])
    .where('institution', '=', institution)
    .where('status', 'in', ['pending', 'sent']);
  const after = opts.after;
  if (after)
    q = q.where((eb) =>
      eb.or([eb('created_at', '>', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]),
    );
  return q.orderBy('created_at').orderBy('id').limit(opts.limit).execute();
}

/** A request addressed to the institution (its kind and what it asked); undefined for any other request. */
export async function addressedRequest(
  db: Executor,
  institution: string,
  id: string,
): Promise<{ kind: string; payload: unknown } | undefined> {
  return db
    .selectFrom('outbound_requests')
    .select(['kind', 'payload'])
    .where('id', '=', id)
    .where('institution', '=', institution)
    .executeTakeFirst();
}

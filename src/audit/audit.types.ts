// Who did something: a signed-in user, or the system itself (seed, import, scheduler).
export type Actor = { readonly id: string | null; readonly name: string };

export const systemActor: Actor = { id: null, name: '系统' };

export type FieldChange = { before: unknown; after: unknown };

export type NewEvent = {
  readonly courtId: number;
  readonly caseId: string | null;
  readonly action: string; // 'case.filed', 'case.closed', 'user.created' …
  readonly entityType: string;
  readonly entityId: string;
  readonly changes: Record<string, unknown>; // usually FieldChange values; facts may be plain values
};

export type StoredEvent = NewEvent & {
  readonly seq: bigint;
  readonly id: string;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly occurredAt: Date;
  readonly hash: string;
};

/** The actor of a signed-in principal; the system principal has no user id. */
export const actorOf = (p: { userId: string; displayName: string }): Actor => ({ id: p.userId || null, name: p.displayName });

import { createHash } from 'node:crypto';

// Canonical JSON (sorted keys) so that jsonb's own key order never changes a hash.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export type HashedContent = {
  courtId: number;
  seq: bigint;
  id: string;
  caseId: string | null;
  actorId: string | null;
  actorName: string;
  occurredAt: string; // ISO instant with milliseconds
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
  prevHash: string;
};

export const GENESIS_HASH = '0'.repeat(64);

export function eventHash(c: HashedContent): string {
  const payload = canonicalJson({ ...c, seq: c.seq.toString() });
  return createHash('sha256').update(payload).digest('hex');
}

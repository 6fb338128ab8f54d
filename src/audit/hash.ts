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

export type ChainlessContent = Omit<HashedContent, 'seq' | 'prevHash'>;

// The hash is over canonical JSON, whose keys sort with `prevHash` and `seq` last. So the
// canonical text of everything else (its prefix) can be made before the chain head is known,
// outside the transaction, and the chain fields appended once it is.
export const contentPrefix = (c: ChainlessContent): string => canonicalJson(c).slice(0, -1);

export const chainHash = (prefix: string, prevHash: string, seq: bigint): string =>
  createHash('sha256')
    .update(`${prefix},"prevHash":${JSON.stringify(prevHash)},"seq":"${seq}"}`)
    .digest('hex');

export function eventHash(c: HashedContent): string {
  const { seq, prevHash, ...rest } = c;
  return chainHash(contentPrefix(rest), prevHash, seq);
}

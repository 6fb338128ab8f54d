import { createHash } from 'node:crypto';

// Canonical JSON (sorted keys) so that jsonb's own key order never changes a hash.
// Plain loops: this runs over every event an import writes.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return out + ']';
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).sort();
  let out = '{';
  for (const k of keys) {
    const v = o[k];
    if (v === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(k) + ':' + canonicalJson(v);
  }
  return out + '}';
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

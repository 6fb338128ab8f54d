import type { DatabaseHandle, Tx } from '../db/connection.ts';
import { allCourts, registryVersion } from './registry.ts';
import { courtCodes, linkParents, lockCourts, referenceVersion, retireCourts, setReferenceVersion, upsertCourts } from './courts.repo.ts';

const VERSION_KEY = 'courts';

// Brings the courts table in line with the generated registry when the registry's data version
// differs from the one stored: new courts get the next ids, existing ones keep theirs (ids are
// referenced by every case-scoped row), names are refreshed, courts that left are made inactive.
// A start with an unchanged registry costs one query.
export async function ensureCourts(handle: DatabaseHandle, now: Date): Promise<{ added: number; retired: number; synced: boolean }> {
  const version = registryVersion();
  if ((await referenceVersion(handle.read, VERSION_KEY)) === version) return { added: 0, retired: 0, synced: false };
  return handle.transaction((tx) => syncCourts(tx, version, now));
}

async function syncCourts(tx: Tx, version: string, now: Date): Promise<{ added: number; retired: number; synced: boolean }> {
  await lockCourts(tx);
  // Another process may have synced while we waited for the lock.
  if ((await referenceVersion(tx, VERSION_KEY)) === version) return { added: 0, retired: 0, synced: false };
  const registry = allCourts();
  const existing = await courtCodes(tx);
  const idOf = new Map(existing.map((r) => [r.code, r.id]));
  let next = existing.reduce((m, r) => Math.max(m, r.id), 0);
  const fresh = registry.filter((c) => !idOf.has(c.code));
  for (const c of fresh) idOf.set(c.code, ++next);
  await upsertCourts(
    tx,
    registry.map((c) => ({
      id: idOf.get(c.code)!,
      code: c.code,
      name: c.name,
      level: c.level,
      parent_id: null,
      province_code: c.provinceCode,
      division_code: c.divisionCode,
      special: c.special,
    })),
  );
  await linkParents(
    tx,
    registry.filter((c) => c.parentCode).map((c) => [idOf.get(c.code)!, idOf.get(c.parentCode!)!] as const),
  );
  const current = new Set(registry.map((c) => c.code));
  const gone = existing.filter((r) => !current.has(r.code)).map((r) => r.id);
  await retireCourts(tx, gone);
  await setReferenceVersion(tx, VERSION_KEY, version, now);
  return { added: fresh.length, retired: gone.length, synced: true };
}

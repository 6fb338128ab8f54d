import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/connection.ts';
import { allCourts, registryVersion } from './registry.ts';

const VERSION_KEY = 'courts';

// Brings the courts table in line with the generated registry when the registry's data version
// differs from the one stored: new courts get the next ids, existing ones keep theirs (ids are
// referenced by every case-scoped row), names are refreshed, courts that left are made inactive.
// A start with an unchanged registry costs one query.
export async function ensureCourts(handle: DatabaseHandle): Promise<{ added: number; retired: number; synced: boolean }> {
  const version = registryVersion();
  const stored = await handle.read.selectFrom('reference_versions').select('version').where('name', '=', VERSION_KEY).executeTakeFirst();
  if (stored?.version === version) return { added: 0, retired: 0, synced: false };
  const registry = allCourts();
  return handle.transaction(async (trx) => {
    await sql`lock table courts in exclusive mode`.execute(trx);
    // Another process may have synced while we waited for the lock.
    const again = await trx.selectFrom('reference_versions').select('version').where('name', '=', VERSION_KEY).executeTakeFirst();
    if (again?.version === version) return { added: 0, retired: 0, synced: false };
    const existing = await trx.selectFrom('courts').select(['id', 'code']).execute();
    const idOf = new Map(existing.map((r) => [r.code, r.id]));
    let next = existing.reduce((m, r) => Math.max(m, r.id), 0);
    const fresh = registry.filter((c) => !idOf.has(c.code));
    for (const c of fresh) idOf.set(c.code, ++next);
    const rows = registry.map((c) => ({
      id: idOf.get(c.code)!,
      code: c.code,
      name: c.name,
      level: c.level,
      parent_id: null,
      province_code: c.provinceCode,
      division_code: c.divisionCode,
      special: c.special,
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      await trx
        .insertInto('courts')
        .values(rows.slice(i, i + 1000))
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            level: eb.ref('excluded.level'),
            province_code: eb.ref('excluded.province_code'),
            division_code: eb.ref('excluded.division_code'),
            special: eb.ref('excluded.special'),
            active: true,
          })),
        )
        .execute();
    }
    const links = registry.filter((c) => c.parentCode).map((c) => [idOf.get(c.code)!, idOf.get(c.parentCode!)!]);
    for (let i = 0; i < links.length; i += 1000) {
      const chunk = links.slice(i, i + 1000);
      await sql`update courts set parent_id = v.parent from (values ${sql.join(
        chunk.map(([id, parent]) => sql`(${id}::int, ${parent}::int)`),
      )}) as v(id, parent) where courts.id = v.id and courts.parent_id is distinct from v.parent`.execute(trx);
    }
    const current = new Set(registry.map((c) => c.code));
    const gone = existing.filter((r) => !current.has(r.code)).map((r) => r.id);
    if (gone.length) await trx.updateTable('courts').set({ active: false }).where('id', 'in', gone).execute();
    await trx
      .insertInto('reference_versions')
      .values({ name: VERSION_KEY, version })
      .onConflict((oc) => oc.column('name').doUpdateSet({ version, updated_at: new Date() }))
      .execute();
    return { added: fresh.length, retired: gone.length, synced: true };
  });
}

import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/connection.ts';
import { allCourts } from './registry.ts';

// Brings the courts table in line with the generated registry: new courts get the next ids,
// existing ones keep theirs (ids are referenced by every case-scoped row), names are refreshed.
export async function ensureCourts(handle: DatabaseHandle): Promise<{ added: number }> {
  const registry = allCourts();
  return handle.transaction(async (trx) => {
    await sql`lock table courts in exclusive mode`.execute(trx);
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
    return { added: fresh.length };
  });
}

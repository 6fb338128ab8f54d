import { sql, type Kysely } from 'kysely';

// Identity numbers were validated in their normalised form but stored as typed (full-width
// digits, inner spaces, a lower-case x), so a search by the number found nothing. This stores
// every one normalised. The normalisation is copied here, frozen with the migration.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const normalise = (v: string) =>
  v
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();

async function normaliseColumn(db: Kysely<unknown>, table: 'case_parties' | 'users', column: string): Promise<void> {
  // Only values that are not already 18 upper-case ASCII letters and digits can change.
  const rows = await sql<{ id: string; value: string }>`select id::text as id, ${sql.ref(column)} as value from ${sql.table(table)}
    where ${sql.ref(column)} is not null and ${sql.ref(column)} !~ '^[0-9A-Z]{18}$'`.execute(db);
  const changed = rows.rows.map((r) => ({ id: r.id, value: normalise(r.value) })).filter((r, i) => r.value !== rows.rows[i]!.value);
  for (let i = 0; i < changed.length; i += 1000) {
    const chunk = changed.slice(i, i + 1000);
    await sql`update ${sql.table(table)} set ${sql.ref(column)} = v.value
      from (values ${sql.join(chunk.map((r) => sql`(${r.id}::uuid, ${r.value})`))}) as v(id, value)
      where ${sql.ref(`${table}.id`)} = v.id`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await normaliseColumn(db, 'case_parties', 'id_number');
  await normaliseColumn(db, 'case_parties', 'credit_code');
  await normaliseColumn(db, 'users', 'party_identity');
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

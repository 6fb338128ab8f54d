import { sql, type Kysely } from 'kysely';

// Import stored case numbers as spelt in the file, so that （2026）粤0703执1号 and (2026)粤0703执１号
// were two cases. Numbers are now stored normalised, and court × year × type × serial is unique for
// numbers of the new format (2016 on; older ones are free-form). Duplicates that the old spelling
// let in cannot be merged by a machine: the migration names them and stops, for a clerk to decide.
const normalise = (text: string) =>
  text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');

async function normaliseNumbers(db: Kysely<unknown>): Promise<void> {
  // Only a number with a half-width bracket, a space of some kind or a full-width digit can change.
  const rows = await sql<{ id: string; case_number: string }>`select id::text as id, case_number from cases
    where case_number ~ '[()[:space:]\u00a0\u3000\uff10-\uff19]'`.execute(db);
  const changed = rows.rows.map((r) => ({ id: r.id, from: r.case_number, to: normalise(r.case_number) })).filter((r) => r.to !== r.from);
  if (changed.length === 0) return;
  const taken = await sql<{
    case_number: string;
  }>`select case_number from cases where case_number = any(${changed.map((r) => r.to)}::text[])`.execute(db);
  const clashes = new Set(taken.rows.map((r) => r.case_number));
  const seen = new Set<string>();
  for (const r of changed) (seen.has(r.to) ? clashes : seen).add(r.to);
  if (clashes.size > 0) {
    throw new Error(
      `以下案号以不同写法重复保存（同一案件导入了两次），须先人工合并或删除多余的一件，才能升级：${[...clashes].slice(0, 20).join('、')}${clashes.size > 20 ? ` 等 ${clashes.size} 个` : ''}`,
    );
  }
  for (let i = 0; i < changed.length; i += 1000) {
    const chunk = changed.slice(i, i + 1000);
    await sql`update cases set case_number = v.number from (values ${sql.join(chunk.map((r) => sql`(${r.id}::uuid, ${r.to})`))}) as v(id, number)
      where cases.id = v.id`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await normaliseNumbers(db);
  const dup = await sql<{
    numbers: string;
  }>`select string_agg(case_number, '、' order by case_number) as numbers from cases where year >= 2016
    group by court_id, year, type_code, serial having count(*) > 1 limit 20`.execute(db);
  if (dup.rows.length > 0) {
    throw new Error(
      `以下案件的法院、年度、类型代字与编号相同，须先人工处理，才能升级：${dup.rows.map((r) => `〔${r.numbers}〕`).join('')}`,
    );
  }
  await sql`create unique index cases_number_key_idx on cases (court_id, year, type_code, serial) where year >= 2016`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

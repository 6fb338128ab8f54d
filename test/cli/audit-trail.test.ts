import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { freshStore, withDatabase, type Store } from './cli-fixtures.ts';
import { runInProcess } from '../support/cli.ts';
import { generateAuditKey } from '../../src/audit/signing-key.ts';

// `zhixing audit checkpoint` and `zhixing audit verify` at the command line, with the signing key
// in a file outside the database: what an attacker with write access to the database (not the key)
// does — a case row or a party row edited, a court's chain cut short, another's deleted with its
// head — is named in Chinese, and verify exits non-zero. Runs on PGlite and on PostgreSQL.

let store: Store;
let dir: string;
let env: Record<string, string>;
const zhixing = (args: string[]) => runInProcess(args, env);
const HOME = '粤0703';
let otherCode: string;

type CaseRow = { id: string; case_number: string; claim_amount: string };

const firstCaseOf = (code: string) =>
  withDatabase(store, async ({ read: db }) => {
    const r =
      await sql<CaseRow>`select k.id, k.case_number, k.claim_amount::text as claim_amount from cases k join courts c on c.id = k.court_id
                                 where c.code = ${code} order by k.case_number limit 1`.execute(db);
    return r.rows[0]!;
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhixing-audit-cli-'));
  const keyFile = join(dir, 'audit.pem');
  generateAuditKey(keyFile);
  store = await freshStore();
  env = { ...store.env, ZHIXING_AUDIT_KEY_FILE: keyFile };
  const seeded = await zhixing(['seed', '--count', '60']);
  expect(seeded.code, seeded.stderr).toBe(0);
  otherCode = await withDatabase(store, async ({ read: db }) => {
    const r = await sql<{ code: string }>`select c.code from cases k join courts c on c.id = k.court_id where c.code <> ${HOME}
                                          group by c.code order by count(*) desc, c.code limit 1`.execute(db);
    return r.rows[0]!.code;
  });
  const signed = await zhixing(['audit', 'checkpoint']);
  expect(signed.code, signed.stderr).toBe(0);
  expect(signed.stdout).toMatch(/已签名检查点：\d+ 个法院的链头/);
  expect(signed.stdout).toMatch(/最新检查点：第 \d+ 号，签名 /);
});
afterAll(async () => {
  await store?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('zhixing audit verify with signed checkpoints', () => {
  it('reports an untouched database as whole, with its checkpoints and its cases', async () => {
    const run = await zhixing(['audit', 'verify']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/审计链完整：\d+ 个法院，\d+ 个事件；案件 \d+ 件与事件一致，签名检查点 \d+ 个/);
  });

  it('names an edited case row: the case, the field, the row’s value and the events’ value', async () => {
    const c = await firstCaseOf(HOME);
    await withDatabase(store, ({ read: db }) => sql`update cases set claim_amount = 1 where id = ${c.id}`.execute(db));
    const run = await zhixing(['audit', 'verify']);
    await withDatabase(store, ({ read: db }) => sql`update cases set claim_amount = ${c.claim_amount} where id = ${c.id}`.execute(db));
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `案件数据与事件不符：法院 ${HOME} 案件 ${c.case_number}（${c.id}）的申请执行标的额（分）（cases.claim_amount）为 1，按事件应为 ${c.claim_amount}`,
    );
    expect((await zhixing(['audit', 'verify'])).code).toBe(0);
  });

  it('names an edited party row', async () => {
    const c = await firstCaseOf(HOME);
    const before = await withDatabase(store, async ({ read: db }) => {
      const r = await sql<{
        name: string;
      }>`select name from case_parties where case_id = ${c.id} and role = 'debtor' and position = 0`.execute(db);
      return r.rows[0]!.name;
    });
    const rename = (name: string) =>
      withDatabase(store, ({ read: db }) =>
        sql`update case_parties set name = ${name} where case_id = ${c.id} and role = 'debtor' and position = 0`.execute(db),
      );
    await rename('张冒名');
    const run = await zhixing(['audit', 'verify']);
    await rename(before);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`案件数据与事件不符：法院 ${HOME} 案件 ${c.case_number}（${c.id}）的当事人（case_parties）为 `);
    expect(lines[0]).toMatch(/为 .*张冒名.*，按事件应为 /);
    expect(lines[0]!.split('按事件应为')[1]).toContain(before);
    expect((await zhixing(['audit', 'verify'])).code).toBe(0);
  });

  it('names a chain cut short with its head moved back, and the next checkpoint refuses to sign it', async () => {
    const { last, keep } = await withDatabase(store, async ({ read: db }) => {
      const head = await sql<{ court_id: number; last_seq: string }>`
        select h.court_id, h.last_seq::text as last_seq from audit_heads h join courts c on c.id = h.court_id where c.code = ${HOME}`.execute(
        db,
      );
      const { court_id: court, last_seq } = head.rows[0]!;
      const keep = BigInt(last_seq) - 3n;
      await sql`delete from events where court_id = ${court} and seq > ${keep}`.execute(db);
      await sql`update audit_heads set last_seq = ${keep}, last_hash = (select hash from events where court_id = ${court} and seq = ${keep})
                where court_id = ${court}`.execute(db);
      return { last: BigInt(last_seq), keep };
    });
    const run = await zhixing(['audit', 'verify']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `审计链断裂：法院 ${HOME} 第 ${keep + 1n} 号事件起的事件被截去，链头被移回：签名检查点记到第 ${last} 号，链现只到第 ${keep} 号`,
    );
    const sign = await zhixing(['audit', 'checkpoint']);
    expect(sign.code).toBe(1);
    expect(sign.stderr).toContain(`未签名：法院 ${HOME} 链头在第 ${keep} 号，签名检查点已记到第 ${last} 号`);
  });

  it('names a court’s chain deleted with its head, and the cases it left without events', async () => {
    const c = await firstCaseOf(otherCode);
    await withDatabase(store, async ({ read: db }) => {
      await sql`delete from events where court_id = (select id from courts where code = ${otherCode})`.execute(db);
      await sql`delete from audit_heads where court_id = (select id from courts where code = ${otherCode})`.execute(db);
    });
    const run = await zhixing(['audit', 'verify']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`审计链断裂：法院 ${otherCode} 的整条审计链连同链头被删除：签名检查点记到第 \\d+ 号，现在既无事件也无链头`),
    );
    expect(run.stderr).toContain(
      `案件数据与事件不符：法院 ${otherCode} 案件 ${c.case_number}（${c.id}）：数据中案件存在，事件中没有立案或导入事件`,
    );
    // the truncation of the other court is still named alongside
    expect(run.stderr).toContain(`审计链断裂：法院 ${HOME} 第 `);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { checkpointChains, checkpointChainsIn, checkpointText } from '../../src/audit/checkpoint.ts';
import { verifyAuditTrail, trailOptions, type TrailReport } from '../../src/audit/verify-trail.ts';
import { generateAuditKey, readAuditKey, signText } from '../../src/audit/signing-key.ts';
import type { Executor, Tx } from '../../src/db/connection.ts';
import { client, filingBody, HOUR, movableClock } from './fixtures.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';

// What an attacker with write access to the database (but not the signing key) might do, and how
// `audit verify` names it: a court's chain cut short with its head moved back, a court's chain
// deleted with its head, a case row or a party row edited, checkpoints forged or taken away.

let app: TestApp;
let dir: string;
const clock = movableClock(TEST_NOW);
let home: number;
let other: number;
let otherCode: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhixing-audit-key-'));
  const keyFile = join(dir, 'audit.pem');
  generateAuditKey(keyFile);
  app = await createTestApp({ seedCases: 40, clock, config: { audit: { keyFile, checkpointMinutes: 30, checkpointMaxAgeHours: 24 } } });
  home = app.courts.byCode('粤0703')!.id;
  // another court of the demo province that holds cases, so that deleting its chain leaves cases without events
  const busiest = await sql<{ court_id: number }>`
    select court_id from cases where court_id <> ${home} group by court_id order by count(*) desc, court_id limit 1`.execute(app.db);
  other = busiest.rows[0]!.court_id;
  otherCode = app.courts.byId(other)!.code;
  const judge = client(app, await login(app, 'judge'));
  for (let i = 0; i < 3; i++) {
    // 终本 passes the gate on the case's records: filed three months back, its facts recorded first.
    const c = (await judge.post('/api/v1/cases', filingBody(i === 1 ? terminableFiling : {}))).json();
    await judge.post(`/api/v1/cases/${c.id}/start`, {});
    if (i === 1) {
      await recordTerminationFacts(app, c.id);
      const closed = await judge.post(`/api/v1/cases/${c.id}/close`, {
        mode: 'current-procedure-terminated',
        closedOn: '2026-11-26',
        reason: '无财产',
        route: 'applicant-confirmed',
      });
      expect(closed.statusCode, closed.body).toBe(200);
      await judge.post(`/api/v1/cases/${c.id}/resume`, { filedOn: '2026-11-26', claimAmount: '100.00', reason: '发现财产' });
    }
  }
  const signed = await checkpointChains(app);
  expect(signed.ok && signed.value.signed).toBeGreaterThan(5);
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

class Undo extends Error {}
/** Tampers in a transaction, runs `look` inside it, then rolls everything back. */
async function inTampered<T>(tamper: (db: Executor) => Promise<unknown>, look: (db: Executor) => Promise<T>): Promise<T> {
  let out: T | undefined;
  await app.db
    .transaction()
    .execute(async (trx) => {
      await tamper(trx);
      out = await look(trx);
      throw new Undo();
    })
    .catch((e) => {
      if (!(e instanceof Undo)) throw e;
    });
  return out!;
}
const verify = (db: Executor = app.db) => verifyAuditTrail(db, trailOptions(app));
const problemsOf = (r: TrailReport) => r.breaks.map((b) => [b.courtCode, b.problem]);
const lastSeq = async (db: Executor, courtId: number) =>
  BigInt((await db.selectFrom('audit_heads').select('last_seq').where('court_id', '=', courtId).executeTakeFirstOrThrow()).last_seq);

describe('an untouched audit trail with signed checkpoints', () => {
  it('verifies: every chain against its checkpoints, every case against its events', async () => {
    const r = await verify();
    expect(r.breaks).toEqual([]);
    expect(r.cases.mismatches).toEqual([]);
    expect(r.cases.checked).toBeGreaterThan(40);
    expect(r.checkpoints).toMatchObject({ signaturesChecked: true });
    expect(r.checkpoints.count).toBeGreaterThan(5);
    expect(r.ok).toBe(true);
  });

  it('verifies with the public key alone', async () => {
    const pub = join(dir, 'audit.pub.pem');
    writeFileSync(pub, readAuditKey(join(dir, 'audit.pem')).publicKey.export({ type: 'spki', format: 'pem' }));
    const r = await verifyAuditTrail(app.db, { key: readAuditKey(pub) });
    expect(r.ok).toBe(true);
    expect(r.checkpoints.signaturesChecked).toBe(true);
  });

  it('signs nothing new when no head moved', async () => {
    const again = await checkpointChains(app);
    expect(again).toMatchObject({ ok: true, value: { signed: 0, problems: [] } });
  });
});

describe('a chain cut short, its head moved back', () => {
  const truncate = async (db: Executor) => {
    const last = await lastSeq(db, home);
    const keep = last - 3n;
    const kept = await db
      .selectFrom('events')
      .select('hash')
      .where('court_id', '=', home)
      .where('seq', '=', keep)
      .executeTakeFirstOrThrow();
    await db.deleteFrom('events').where('court_id', '=', home).where('seq', '>', keep).execute();
    await db.updateTable('audit_heads').set({ last_seq: keep, last_hash: kept.hash }).where('court_id', '=', home).execute();
    return { last, keep };
  };

  it('is found and named: the court, and how far the checkpoints reach', async () => {
    const last = await lastSeq(app.db, home);
    const r = await inTampered(truncate, (db) => verify(db));
    expect(problemsOf(r)).toEqual([['粤0703', 'truncated']]);
    expect(r.breaks[0]).toMatchObject({ seq: String(last - 2n), detail: `签名检查点记到第 ${last} 号，链现只到第 ${last - 3n} 号` });
    expect(r.ok).toBe(false);
  });

  it('is found too when the attacker writes new events on top, past the checkpoint', async () => {
    const r = await inTampered(
      async (db) => {
        await truncate(db);
        // Re-link a forged tail: the chain itself verifies (it has no secret), the checkpoint does not.
        const { appendEvents } = await import('../../src/audit/append-events.ts');
        for (let i = 0; i < 5; i++)
          await appendEvents(db as Tx, { id: null, name: '伪造' }, clock.now(), [
            { courtId: home, caseId: null, action: 'note', entityType: 'note', entityId: String(i), changes: {} },
          ]);
      },
      (db) => verify(db),
    );
    expect(problemsOf(r)).toEqual([['粤0703', 'checkpoint-mismatch']]);
  });

  it('is not signed by the next sweep, which reports it instead', async () => {
    const r = await inTampered(truncate, (db) => checkpointChainsIn(db as Tx, app));
    expect(r).toMatchObject({ ok: true, value: { signed: 0, problems: [{ courtCode: '粤0703', problem: 'head-moved-back' }] } });
  });
});

describe('a court’s whole chain deleted with its head', () => {
  it('is found and named, and so are the cases it leaves without events', async () => {
    const r = await inTampered(
      async (db) => {
        await db.deleteFrom('events').where('court_id', '=', other).execute();
        await db.deleteFrom('audit_heads').where('court_id', '=', other).execute();
      },
      (db) => verify(db),
    );
    expect(problemsOf(r)).toEqual([[otherCode, 'chain-vanished']]);
    expect(r.breaks[0]!.detail).toContain('既无事件也无链头');
    expect(r.cases.mismatches.length).toBeGreaterThan(0);
    expect(r.cases.mismatches.every((m) => m.courtId === other && m.field === 'events')).toBe(true);
  });
});

describe('rows edited behind the application’s back', () => {
  const someCase = async () =>
    app.db
      .selectFrom('cases')
      .select(['id', 'case_number', 'claim_amount'])
      .where('court_id', '=', home)
      // one with a natural person among its parties (whose identity number an edit below changes)
      .where('id', 'in', (eb) => eb.selectFrom('case_parties').select('case_id').where('kind', '=', 'person'))
      // and nothing that refers to it (a 执恢 case, an approval), so that the last edit can delete it
      .where('id', 'not in', (eb) => eb.selectFrom('cases as r').select('r.resumed_from_id').where('r.resumed_from_id', 'is not', null))
      .where('id', 'not in', (eb) => eb.selectFrom('approval_requests').select('case_id').where('case_id', 'is not', null))
      .orderBy('case_number')
      .limit(1)
      .executeTakeFirstOrThrow();

  it('names the case and the column of an edited case row', async () => {
    const c = await someCase();
    const r = await inTampered(
      (db) => db.updateTable('cases').set({ claim_amount: 1 }).where('id', '=', c.id).execute(),
      (db) => verify(db),
    );
    expect(r.breaks).toEqual([]);
    expect(r.cases.mismatches).toEqual([
      { courtId: home, caseId: c.id, caseNumber: c.case_number, field: 'cases.claim_amount', row: '1', events: String(c.claim_amount) },
    ]);
    expect(r.ok).toBe(false);
  });

  it('names an edited status, even when the version was moved on to hide it', async () => {
    const c = await someCase();
    const r = await inTampered(
      (db) =>
        sql`update cases set status = case when status = 'closed' then 'in-progress' else 'closed' end, version = version + 1 where id = ${c.id}`.execute(
          db,
        ),
      (db) => verify(db),
    );
    expect(r.cases.mismatches.map((m) => [m.caseNumber, m.field])).toEqual([[c.case_number, 'cases.status']]);
  });

  it('names the case of an edited party row', async () => {
    const c = await someCase();
    const r = await inTampered(
      (db) => db.updateTable('case_parties').set({ name: '张冒名' }).where('case_id', '=', c.id).where('role', '=', 'debtor').execute(),
      (db) => verify(db),
    );
    expect(r.cases.mismatches).toHaveLength(1);
    expect(r.cases.mismatches[0]).toMatchObject({ caseNumber: c.case_number, field: 'case_parties' });
    expect(r.cases.mismatches[0]!.row).toContain('张冒名');
    expect(r.cases.mismatches[0]!.events).not.toContain('张冒名');
    // the denormalised names edited as well: the case row is named first
    const r2 = await inTampered(
      async (db) => {
        await db.updateTable('case_parties').set({ name: '张冒名' }).where('case_id', '=', c.id).where('role', '=', 'debtor').execute();
        await db.updateTable('cases').set({ debtor_names: '张冒名' }).where('id', '=', c.id).execute();
      },
      (db) => verify(db),
    );
    expect(r2.cases.mismatches).toHaveLength(1);
    expect(r2.cases.mismatches[0]).toMatchObject({ caseNumber: c.case_number, field: 'cases.debtor_names', row: '张冒名' });
  });

  it('names an edited identity number, a removed party and an edited title', async () => {
    const c = await someCase();
    const edits: [string, (db: Executor) => Promise<unknown>][] = [
      [
        'case_parties',
        (db) => sql`update case_parties set id_number = '110105194912310029' where case_id = ${c.id} and kind = 'person'`.execute(db),
      ],
      ['case_titles.issuer', (db) => db.updateTable('case_titles').set({ issuer: '别的法院' }).where('case_id', '=', c.id).execute()],
      [
        'cases',
        (db) =>
          sql`delete from case_parties where case_id = ${c.id}; `
            .execute(db)
            .then(() => db.deleteFrom('deadlines').where('case_id', '=', c.id).execute())
            .then(() => db.deleteFrom('case_titles').where('case_id', '=', c.id).execute())
            .then(() => db.deleteFrom('cases').where('id', '=', c.id).execute()),
      ],
    ];
    for (const [field, edit] of edits) {
      const r = await inTampered(edit, (db) => verify(db));
      expect(
        r.cases.mismatches.map((m) => [m.caseNumber, m.field]),
        field,
      ).toEqual([[c.case_number, field]]);
    }
  });
});

describe('the checkpoints themselves', () => {
  it('finds a checkpoint signed with another key', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const stranger = { ...readAuditKey(join(dir, 'audit.pem')), privateKey };
    const r = await inTampered(
      async (db) => {
        const last = await db.selectFrom('audit_checkpoints').selectAll().orderBy('n', 'desc').limit(1).executeTakeFirstOrThrow();
        const row = {
          n: BigInt(last.n) + 1n,
          courtId: home,
          seq: 1n,
          hash: 'f'.repeat(64),
          signedAt: clock.now(),
          keyId: last.key_id,
          prevSignature: last.signature,
        };
        await db
          .insertInto('audit_checkpoints')
          .values({
            n: row.n,
            court_id: home,
            seq: 1,
            hash: row.hash,
            signed_at: row.signedAt,
            key_id: row.keyId,
            prev_signature: row.prevSignature,
            signature: signText(stranger, checkpointText(row)),
          })
          .execute();
      },
      (db) => verify(db),
    );
    expect(r.breaks.map((b) => b.problem)).toContain('checkpoint-forged');
  });

  it('finds a checkpoint taken out of the middle', async () => {
    const r = await inTampered(
      (db) => db.deleteFrom('audit_checkpoints').where('n', '=', 2n).execute(),
      (db) => verify(db),
    );
    expect(r.breaks.map((b) => b.problem)).toEqual(['checkpoint-missing']);
  });

  it('finds the newest checkpoints taken away, once the events outlive them by more than a day', async () => {
    const before = await app.db
      .selectFrom('audit_checkpoints')
      .select((eb) => eb.fn.max('n').as('n'))
      .executeTakeFirstOrThrow();
    clock.advance(25 * HOUR);
    const judge = client(app, await login(app, 'judge'));
    expect((await judge.post('/api/v1/cases', filingBody({ filedOn: '2026-11-26' }))).statusCode).toBe(201);
    expect((await checkpointChains(app)).ok).toBe(true);
    expect((await verify()).ok).toBe(true);
    const r = await inTampered(
      (db) => db.deleteFrom('audit_checkpoints').where('n', '>', before.n!).execute(),
      (db) => verify(db),
    );
    expect(r.breaks.map((b) => b.problem)).toEqual(['checkpoint-stale']);
  });
});

describe('the case timeline', () => {
  it('shows what changed without the recorded facts, which hold every party’s full identity', async () => {
    const party = client(app, await login(app, 'party'));
    const mine = (await party.get('/api/v1/cases?limit=1')).json().items[0];
    const timeline = (await party.get(`/api/v1/cases/${mine.id}/timeline`)).json();
    expect(timeline.items.length).toBeGreaterThan(0);
    expect(timeline.items.every((e: { changes: Record<string, unknown> }) => !('facts' in e.changes))).toBe(true);
    const stored = await app.db
      .selectFrom('events')
      .select('changes')
      .where('case_id', '=', mine.id)
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    expect(stored.changes).toHaveProperty('facts');
  });
});

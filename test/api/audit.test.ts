import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { verifyAuditChains, type ChainBreak, type VerifyReport } from '../../src/audit/verify-chain.ts';
import type { Executor } from '../../src/db/connection.ts';
import { client, filingBody, loginAdmin } from './fixtures.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';

// Every court's events form a hash chain. Any edit, deletion or reordering made behind the
// application's back — straight in SQL — is found, and the first altered event is named.

let app: TestApp;
let courtId: number;
let judge: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp({ seedCases: 80 });
  courtId = app.courts.byCode('粤0703')!.id;
  judge = client(app, await login(app, 'judge'));
  // Some ordinary work on top of the seed: filings, steps, a closure, a resumption.
  for (let i = 0; i < 5; i++) {
    // 终本 passes the gate on the case's records: filed three months back, its facts recorded first.
    const c = (await judge.post('/api/v1/cases', filingBody(i % 2 ? terminableFiling : {}))).json();
    await judge.post(`/api/v1/cases/${c.id}/start`, { reason: '开始执行' });
    if (i % 2) {
      await recordTerminationFacts(app, c.id);
      const closed = await judge.post(`/api/v1/cases/${c.id}/close`, {
        mode: 'current-procedure-terminated',
        closedOn: '2026-11-26',
        reason: '无财产',
        route: 'applicant-confirmed',
      });
      expect(closed.statusCode, closed.body).toBe(200);
    }
    if (i === 1) await judge.post(`/api/v1/cases/${c.id}/resume`, { filedOn: '2026-11-26', claimAmount: '100.00', reason: '发现财产' });
  }
});
afterAll(() => app?.close());

type Event = { seq: bigint; id: string };

async function chain(db: Executor = app.db): Promise<Event[]> {
  const rows = await db.selectFrom('events').select(['seq', 'id']).where('court_id', '=', courtId).orderBy('seq').execute();
  return rows.map((r) => ({ seq: BigInt(r.seq), id: r.id }));
}

class Undo extends Error {}

/** Tampers inside a transaction, verifies inside it (also in small batches), then rolls the tampering back. */
async function verifyAfter(
  tamper: (trx: Executor, events: Event[]) => Promise<void>,
): Promise<{ report: VerifyReport; small: VerifyReport; events: Event[] }> {
  let out: { report: VerifyReport; small: VerifyReport; events: Event[] } | undefined;
  await app.db
    .transaction()
    .execute(async (trx) => {
      const events = await chain(trx);
      await tamper(trx, events);
      out = { report: await verifyAuditChains(trx), small: await verifyAuditChains(trx, { batch: 3 }), events };
      throw new Undo();
    })
    .catch((e) => {
      if (!(e instanceof Undo)) throw e;
    });
  return out!;
}

const at = (events: Event[], i: number) => events[i]!;
const mid = (events: Event[]) => Math.floor(events.length / 2);
const broken = (seq: bigint, eventId: string | null, problem: ChainBreak['problem']): ChainBreak => ({
  courtId,
  courtCode: '粤0703',
  seq: seq.toString(),
  eventId,
  problem,
});

describe('an untouched audit trail', () => {
  it('verifies every court’s chain after filings, steps, closures, a resumption, sign-ins and the seed import', async () => {
    const report = await verifyAuditChains(app.db);
    expect(report.breaks).toEqual([]);
    const total = await app.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(report.events).toBe(Number(total.n));
    expect(report.courts).toBeGreaterThan(10);
    expect((await chain()).length).toBeGreaterThan(50);
  });

  it('verifies the same in small batches', async () => {
    expect((await verifyAuditChains(app.db, { batch: 3 })).breaks).toEqual([]);
  });

  it('answers GET /api/v1/audit/verify with ok for an administrator', async () => {
    const res = await client(app, await loginAdmin(app)).get('/api/v1/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, breaks: [] });
  });
});

describe('tampering found and named', () => {
  it('finds an event whose recorded changes were edited, and names it', async () => {
    const { report, small, events } = await verifyAfter(async (trx, ev) => {
      await sql`update events set changes = changes || '{"claimAmountFen": "1"}'::jsonb where court_id = ${courtId} and seq = ${at(ev, mid(ev)).seq}`.execute(
        trx,
      );
    });
    const e = at(events, mid(events));
    expect(report.breaks).toEqual([broken(e.seq, e.id, 'content-altered')]);
    expect(small.breaks).toEqual(report.breaks);
  });

  it('finds an event whose actor name was edited, and names it', async () => {
    const { report, small, events } = await verifyAfter(async (trx, ev) => {
      await sql`update events set actor_name = '他人' where court_id = ${courtId} and seq = ${at(ev, 3).seq}`.execute(trx);
    });
    expect(report.breaks).toEqual([broken(at(events, 3).seq, at(events, 3).id, 'content-altered')]);
    expect(small.breaks).toEqual(report.breaks);
  });

  it('finds an event whose time was moved', async () => {
    const { report, events } = await verifyAfter(async (trx, ev) => {
      await sql`update events set occurred_at = occurred_at - interval '1 day' where court_id = ${courtId} and seq = ${at(ev, 10).seq}`.execute(
        trx,
      );
    });
    expect(report.breaks).toEqual([broken(at(events, 10).seq, at(events, 10).id, 'content-altered')]);
  });

  it('finds an event deleted from the middle of the chain, naming the missing number', async () => {
    const { report, small, events } = await verifyAfter(async (trx, ev) => {
      await sql`delete from events where court_id = ${courtId} and seq = ${at(ev, mid(ev)).seq}`.execute(trx);
    });
    expect(report.breaks).toEqual([broken(at(events, mid(events)).seq, null, 'missing')]);
    expect(small.breaks).toEqual(report.breaks);
  });

  it('finds the last event deleted, though nothing follows it', async () => {
    const { report, small, events } = await verifyAfter(async (trx, ev) => {
      await sql`delete from events where court_id = ${courtId} and seq = ${ev.at(-1)!.seq}`.execute(trx);
    });
    expect(report.breaks).toEqual([broken(events.at(-1)!.seq, null, 'missing')]);
    expect(small.breaks).toEqual(report.breaks);
  });

  it('finds the first event deleted', async () => {
    const { report } = await verifyAfter(async (trx) => {
      await sql`delete from events where court_id = ${courtId} and seq = 1`.execute(trx);
    });
    expect(report.breaks).toEqual([broken(1n, null, 'missing')]);
  });

  it('finds two events whose order was swapped, naming the event found in the wrong place', async () => {
    const { report, small, events } = await verifyAfter(async (trx, ev) => {
      const [a, b] = [at(ev, 5).seq, at(ev, 6).seq];
      // three steps: (court_id, seq) is the primary key
      await sql`update events set seq = -1 where court_id = ${courtId} and seq = ${a}`.execute(trx);
      await sql`update events set seq = ${a} where court_id = ${courtId} and seq = ${b}`.execute(trx);
      await sql`update events set seq = ${b} where court_id = ${courtId} and seq = -1`.execute(trx);
    });
    expect(report.breaks).toEqual([broken(at(events, 5).seq, at(events, 6).id, 'content-altered')]);
    expect(small.breaks).toEqual(report.breaks);
  });

  it('finds an event slipped in at the end of the chain', async () => {
    const { report, events } = await verifyAfter(async (trx, ev) => {
      const last = ev.at(-1)!;
      await sql`insert into events (court_id, seq, id, case_id, actor_id, actor_name, occurred_at, action, entity_type, entity_id, changes, prev_hash, hash)
                select court_id, seq + 1, gen_random_uuid(), case_id, actor_id, actor_name, occurred_at, action, entity_type, entity_id, changes, hash, hash
                from events where court_id = ${courtId} and seq = ${last.seq}`.execute(trx);
    });
    const forged = await chain();
    expect(forged).toHaveLength(events.length); // rolled back
    expect(report.breaks).toHaveLength(1);
    expect(report.breaks[0]).toMatchObject({ courtCode: '粤0703', seq: (events.at(-1)!.seq + 1n).toString(), problem: 'content-altered' });
  });

  it('finds events of a court whose chain head was removed', async () => {
    const { report, events } = await verifyAfter(async (trx) => {
      await sql`delete from audit_heads where court_id = ${courtId}`.execute(trx);
    });
    expect(report.breaks).toEqual([broken(at(events, 0).seq, at(events, 0).id, 'head-mismatch')]);
  });

  it('reports a break in one court without blaming the others', async () => {
    const other = app.courts.byCode('粤0781')!.id;
    const { report } = await verifyAfter(async (trx) => {
      await sql`update events set actor_name = '他人' where court_id = ${other} and seq = 1`.execute(trx);
    });
    expect(report.breaks.map((b) => b.courtCode)).toEqual(['粤0781']);
  });

  it('leaves the chain whole again once the tampering is undone', async () => {
    expect((await verifyAuditChains(app.db)).breaks).toEqual([]);
  });

  it('answers GET /api/v1/audit/verify with the break once tampering is committed', async () => {
    const [e] = await app.db
      .selectFrom('events')
      .select(['seq', 'id'])
      .where('court_id', '=', courtId)
      .where('action', '=', 'case.closed')
      .orderBy('seq')
      .limit(1)
      .execute();
    await sql`update events set changes = jsonb_set(changes, '{reason}', '"执行完毕"') where court_id = ${courtId} and seq = ${e!.seq}`.execute(
      app.db,
    );
    const res = await client(app, await login(app, 'head')).get('/api/v1/audit/verify');
    expect(res.statusCode).toBe(200);
    // The API names the court by its code; its internal id stays inside.
    const { courtId: _, ...expected } = broken(BigInt(e!.seq), e!.id, 'content-altered');
    expect(res.json()).toMatchObject({ ok: false, courts: 1, events: expect.any(Number) });
    expect(res.json().breaks).toEqual([expected]);
  });
});

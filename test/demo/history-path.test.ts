import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { isoInstant, localDateAt, toInstant } from '../../src/shared/dates.ts';
import { movableClock, replayThroughUseCases } from './use-case-replay.ts';

// The seed writes a court's history in a few batched statements; a clerk and an officer would
// have written it one use case at a time. Both ways must leave the same database: the same events
// (action, moment, actor, changes) in every court's chain, the same case rows, parties, titles,
// deadlines and case-number sequences. Ids are random either way, so they are compared by what
// they name (a case by its number, a deadline by its case and node, a user by username).

const COUNT = 60;
let seeded: TestApp;
let replayed: TestApp;

beforeAll(async () => {
  seeded = await createTestApp({ seedCases: COUNT });
  const clock = movableClock(TEST_NOW);
  replayed = await createTestApp({ clock });
  await replayThroughUseCases(replayed, clock, COUNT, localDateAt(toInstant(TEST_NOW)));
}, 240_000);
afterAll(async () => {
  await seeded?.close();
  await replayed?.close();
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

async function snapshot(app: TestApp) {
  const names = new Map<string, string>();
  for (const c of await app.db.selectFrom('cases').select(['id', 'case_number']).execute()) names.set(c.id, c.case_number);
  for (const u of await app.db.selectFrom('users').select(['id', 'username']).execute()) names.set(u.id, `user:${u.username}`);
  for (const d of await app.db.selectFrom('deadlines').select(['id', 'case_id', 'node']).execute())
    names.set(d.id, `${d.case_id ? names.get(d.case_id) : 'court'}:${d.node}`);
  for (const r of await app.db.selectFrom('approval_requests').select(['id', 'case_id', 'kind']).execute())
    names.set(r.id, `${names.get(r.case_id!)}:approval:${r.kind}`);
  const name = (v: unknown) =>
    JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)).replace(UUID, (id) => names.get(id) ?? 'other-id'));
  const events = (await app.db.selectFrom('events').selectAll().orderBy('court_id').orderBy('seq').execute())
    .map((e) =>
      name({
        court: e.court_id,
        at: isoInstant(e.occurred_at),
        actor: e.actor_id,
        actorName: e.actor_name,
        action: e.action,
        entity: e.entity_type,
        entityId: e.entity_id,
        caseId: e.case_id,
        changes: e.changes,
      }),
    )
    .sort((a, b) =>
      JSON.stringify([a.court, a.at, a.caseId, a.entityId, a.action]) < JSON.stringify([b.court, b.at, b.caseId, b.entityId, b.action])
        ? -1
        : 1,
    );
  const strip = <T extends Record<string, unknown>>(rows: T[], drop: string[]) =>
    rows.map((r) => name(Object.fromEntries(Object.entries(r).filter(([k]) => !drop.includes(k)))));
  const order = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    events,
    cases: order(strip(await app.db.selectFrom('cases').selectAll().execute(), [])),
    titles: order(strip(await app.db.selectFrom('case_titles').selectAll().execute(), [])),
    parties: order(strip(await app.db.selectFrom('case_parties').selectAll().execute(), ['id'])),
    deadlines: order(strip(await app.db.selectFrom('deadlines').selectAll().execute(), [])),
    sequences: order(strip(await app.db.selectFrom('case_number_sequences').selectAll().execute(), [])),
    approvals: order(strip(await app.db.selectFrom('approval_requests').selectAll().execute(), ['seq'])),
    decisions: order(strip(await app.db.selectFrom('approval_decisions').selectAll().execute(), ['seq', 'id'])),
  };
}

it('writes the same events, in the same courts, at the same moments, by the same people, as the use cases would', async () => {
  const [a, b] = [await snapshot(seeded), await snapshot(replayed)];
  expect(a.events.length).toBeGreaterThan(COUNT * 4);
  expect(a.events).toEqual(b.events);
});

it('leaves the same cases, titles, parties, deadlines and case-number sequences as the use cases would', async () => {
  const [a, b] = [await snapshot(seeded), await snapshot(replayed)];
  expect(a.cases).toHaveLength(COUNT);
  expect(a.cases).toEqual(b.cases);
  expect(a.titles).toEqual(b.titles);
  expect(a.parties).toEqual(b.parties);
  expect(a.deadlines).toEqual(b.deadlines);
  expect(a.sequences).toEqual(b.sequences);
});

it('files and decides the same approvals as the officers and the bureau head would, in the use cases', async () => {
  const [a, b] = [await snapshot(seeded), await snapshot(replayed)];
  expect(a.approvals.length).toBeGreaterThan(0);
  expect(a.decisions.length).toBeGreaterThan(0);
  expect(a.approvals).toEqual(b.approvals);
  expect(a.decisions).toEqual(b.decisions);
});

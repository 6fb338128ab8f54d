import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { movableClock } from '../api/fixtures.ts';
import { transact } from '../../src/db/transaction.ts';
import { systemActor } from '../../src/audit/audit.types.ts';
import { failure } from '../../src/shared/result.ts';
import { enqueueRequest } from '../../src/outbox/enqueue-request.ts';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { createSandboxInstitution, sandboxConnector } from '../../src/outbox/sandbox-connector.ts';
import { deliverDue } from '../../src/outbox/deliver.ts';
import { listRequests, requestDetail } from '../../src/outbox/outbox.repo.ts';
import { recordAnswer } from '../../src/outbox/record-answer.ts';
import { actionsOf, enqueue, testPolicy } from './outbox-fixtures.ts';

// Delivery to an institution through the outbox: answers, retries with backoff, time-outs,
// permanent failures and answers that come later — all against the real database.

const clock = movableClock(TEST_NOW);
let app: TestApp;
let n = 0;

beforeAll(async () => {
  app = await createTestApp({ clock });
});
afterAll(() => app?.close());

/** A fresh institution (its own id, so tests do not see each other's requests) and a registry for it. */
function bank(opts: { latencyMs?: number; concurrency?: number } = {}) {
  n += 1;
  const institution = createSandboxInstitution({ id: `bank-${n}`, latencyMs: opts.latencyMs ?? 0 });
  const registry = connectorRegistry([sandboxConnector(institution, { concurrency: opts.concurrency ?? 4 })]);
  return { institution, registry, id: institution.id };
}

const detail = async (id: string) => (await requestDetail(app.db, id))!;
const deliver = (registry: ReturnType<typeof bank>['registry'], over = {}, worker = 'w1') =>
  deliverDue(app, registry, { worker, limit: 100, policy: testPolicy(over) });

describe('delivering a request to an institution', () => {
  it('delivers it once, stores the answer and the attempt, and records the answer in the audit trail', async () => {
    const { institution, registry, id } = bank();
    const req = await enqueue(app, id, { debtor: '江门市恒泰建材有限公司' });
    expect((await detail(req.id)).request.status).toBe('pending');

    expect(await deliver(registry)).toMatchObject({ claimed: 1, answered: 1 });

    const d = await detail(req.id);
    expect(d.request).toMatchObject({ status: 'answered', attempts: 1, idempotencyKey: req.idempotencyKey, leaseOwner: null });
    expect(d.attempts).toMatchObject([{ attempt: 1, worker: 'w1', outcome: 'answered' }]);
    expect(d.answers).toHaveLength(1);
    expect(d.answers[0]).toMatchObject({ source: 'connector', body: { institution: id, kind: 'deposit-search' } });
    expect(String((d.answers[0]!.body as { reference: string }).reference)).toMatch(/^SBX-[0-9A-F]{12}$/);
    expect(institution.acted(req.idempotencyKey)).toBe(1);
    expect(await actionsOf(app, req.id)).toEqual(['outbound-request.enqueued', 'outbound-request.answered']);
    expect(await deliver(registry)).toMatchObject({ claimed: 0 });
  });

  it('exists only if the fact that caused it commits: a rolled-back transaction leaves no request', async () => {
    const { id } = bank();
    const courtId = app.courts.byCode('粤0703')!.id;
    const r = await transact(app, async (tx) => {
      await enqueueRequest(tx, systemActor, clock.now(), { courtId, caseId: null, institution: id, kind: 'deposit-search', payload: {} });
      return failure('case-not-found');
    });
    expect(r.ok).toBe(false);
    expect(await listRequests(app.db, { institution: id, limit: 10 })).toEqual([]);
  });

  it('retries a transient failure after a growing, jittered wait, with the same idempotency key, until it is answered', async () => {
    const { institution, registry, id } = bank();
    const req = await enqueue(app, id, { sandbox: { failTimes: 2 } }, { maxAttempts: 5 });

    expect(await deliver(registry)).toMatchObject({ claimed: 1, retrying: 1 });
    const first = await detail(req.id);
    // attempt 1 failed: wait ½ + ½·0.5 of the 1 s base
    expect(Date.parse(first.request.nextAttemptAt) - clock.now().getTime()).toBe(750);
    expect(first.request.failureReason).toBe('系统繁忙，请稍后重试');
    expect(await deliver(registry)).toMatchObject({ claimed: 0 });

    clock.advance(750);
    expect(await deliver(registry)).toMatchObject({ claimed: 1, retrying: 1 });
    expect(Date.parse((await detail(req.id)).request.nextAttemptAt) - clock.now().getTime()).toBe(1_500);

    clock.advance(1_500);
    expect(await deliver(registry)).toMatchObject({ claimed: 1, answered: 1 });
    const d = await detail(req.id);
    expect(d.request).toMatchObject({ status: 'answered', attempts: 3 });
    expect(d.attempts.map((a) => a.outcome)).toEqual(['retryable', 'retryable', 'answered']);
    expect(institution.received(req.idempotencyKey)).toBe(3);
    expect(institution.acted(req.idempotencyKey)).toBe(1);
  });

  it('gives up as failed when the last allowed attempt fails too', async () => {
    const { registry, id } = bank();
    const req = await enqueue(app, id, { sandbox: { failTimes: 10 } }, { maxAttempts: 2 });
    await deliver(registry);
    clock.advance(60_000);
    expect(await deliver(registry)).toMatchObject({ failed: 1 });
    const d = await detail(req.id);
    expect(d.request).toMatchObject({ status: 'failed', attempts: 2, failureReason: '系统繁忙，请稍后重试' });
    expect(await actionsOf(app, req.id)).toEqual(['outbound-request.enqueued', 'outbound-request.failed']);
  });

  it('fails at once, without retrying, when the institution refuses for good', async () => {
    const { institution, registry, id } = bank();
    const req = await enqueue(app, id, { sandbox: { reject: '被执行人身份信息不完整' } }, { maxAttempts: 5 });
    expect(await deliver(registry)).toMatchObject({ failed: 1 });
    clock.advance(600_000);
    expect(await deliver(registry)).toMatchObject({ claimed: 0 });
    expect((await detail(req.id)).request).toMatchObject({ status: 'failed', attempts: 1, failureReason: '被执行人身份信息不完整' });
    expect(institution.received(req.idempotencyKey)).toBe(1);
  });

  it('fails a kind the institution does not handle, and leaves requests for an institution without a connector waiting', async () => {
    const { registry, id } = bank();
    const wrongKind = await enqueue(app, id, {}, { kind: 'teleport' });
    const nowhere = await enqueue(app, 'no-such-institution');
    await deliver(registry);
    expect((await detail(wrongKind.id)).request).toMatchObject({ status: 'failed' });
    expect((await detail(wrongKind.id)).request.failureReason).toContain('teleport');
    expect((await detail(nowhere.id)).request).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('cuts an attempt that does not answer within its timeout, and times the request out after the last one', async () => {
    const { registry, id } = bank();
    const req = await enqueue(app, id, { sandbox: { hang: true } }, { maxAttempts: 2 });
    expect(await deliver(registry, { attemptTimeoutMs: 40 })).toMatchObject({ retrying: 1 });
    expect((await detail(req.id)).attempts).toMatchObject([{ outcome: 'timed-out', detail: '单次投递超时' }]);
    clock.advance(60_000);
    expect(await deliver(registry, { attemptTimeoutMs: 40 })).toMatchObject({ 'timed-out': 1 });
    expect((await detail(req.id)).request).toMatchObject({ status: 'timed-out', attempts: 2 });
    expect(await actionsOf(app, req.id)).toEqual(['outbound-request.enqueued', 'outbound-request.timed-out']);
  });
});

describe('answers that come later', () => {
  it('keeps an accepted request as sent until recordAnswer closes it; the same answer twice counts once, another is refused', async () => {
    const { registry, id } = bank();
    const req = await enqueue(app, id, { sandbox: { accept: true } });
    expect(await deliver(registry)).toMatchObject({ sent: 1 });
    const sent = (await detail(req.id)).request;
    expect(sent.status).toBe('sent');
    expect(Date.parse(sent.answerDueAt!) - Date.parse(sent.sentAt!)).toBe(3_600_000);

    const answer = { accounts: [{ number: '6222 0000 1111', balance: '1575.00' }] };
    expect(await recordAnswer(app, req.id, answer, { institution: id })).toEqual({
      ok: true,
      value: { id: req.id, status: 'answered', duplicate: false, late: false },
    });
    expect(await recordAnswer(app, req.id, { ...answer })).toMatchObject({ ok: true, value: { duplicate: true } });
    expect(await recordAnswer(app, req.id, { accounts: [] })).toMatchObject({ ok: false, code: 'outbound-answer-conflict' });
    const d = await detail(req.id);
    expect(d.request.status).toBe('answered');
    expect(d.answers).toMatchObject([{ source: 'api', body: answer }]);
    expect(await actionsOf(app, req.id)).toEqual(['outbound-request.enqueued', 'outbound-request.sent', 'outbound-request.answered']);
  });

  it('shows an institution only its own requests, and refuses answers that are not objects', async () => {
    const { registry, id } = bank();
    const req = await enqueue(app, id, { sandbox: { accept: true } });
    await deliver(registry);
    expect(await recordAnswer(app, req.id, { found: 0 }, { institution: 'another-bank' })).toMatchObject({
      code: 'outbound-request-not-found',
    });
    expect(await recordAnswer(app, 'not-a-uuid', { found: 0 })).toMatchObject({ code: 'outbound-request-not-found' });
    expect(await recordAnswer(app, req.id, [1, 2] as unknown as Record<string, unknown>)).toMatchObject({
      code: 'outbound-answer-invalid',
    });
    expect((await detail(req.id)).request.status).toBe('sent');
  });

  it('times out an accepted request whose answer window passes; a late answer is still stored and closes it', async () => {
    const { registry, id } = bank();
    const req = await enqueue(app, id, { sandbox: { accept: true } });
    await deliver(registry);
    clock.advance(3_600_000 + 1);
    await deliver(registry);
    expect((await detail(req.id)).request).toMatchObject({ status: 'timed-out', failureReason: '答复期限届满，未收到协助单位答复' });
    expect(await recordAnswer(app, req.id, { found: 0 })).toMatchObject({ ok: true, value: { late: true } });
    expect((await detail(req.id)).request.status).toBe('answered');
  });

  it('refuses an answer to a request that failed', async () => {
    const { registry, id } = bank();
    const req = await enqueue(app, id, { sandbox: { reject: '不予协助' } });
    await deliver(registry);
    expect(await recordAnswer(app, req.id, { found: 0 })).toMatchObject({ ok: false, code: 'outbound-request-closed' });
  });
});

describe('an institution is never flooded', () => {
  it('keeps at most its concurrency in flight, even with two workers delivering at once', async () => {
    const { institution, registry, id } = bank({ latencyMs: 25, concurrency: 2 });
    const reqs: { id: string }[] = [];
    for (let i = 0; i < 7; i++) reqs.push(await enqueue(app, id, { i }));
    const [a, b] = await Promise.all([deliver(registry, {}, 'w-a'), deliver(registry, {}, 'w-b')]);
    expect(a.claimed + b.claimed).toBe(7);
    expect(institution.peakInFlight).toBeLessThanOrEqual(2);
    expect(institution.peakInFlight).toBe(2);
    for (const r of reqs) expect((await detail(r.id)).request.status).toBe('answered');
  });
});

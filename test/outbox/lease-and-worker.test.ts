import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { movableClock } from '../api/fixtures.ts';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { createSandboxInstitution, sandboxConnector } from '../../src/outbox/sandbox-connector.ts';
import { claimDue, deliverClaim, deliverDue } from '../../src/outbox/deliver.ts';
import { listRequests, requestDetail } from '../../src/outbox/outbox.repo.ts';
import { startOutboxWorker } from '../../src/outbox/worker.ts';
import { enqueue, testPolicy } from './outbox-fixtures.ts';

// A worker that died mid-delivery is taken over when its lease runs out; the in-process worker
// delivers on its own and stops cleanly.

const clock = movableClock(TEST_NOW);
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ clock });
});
afterAll(() => app?.close());

const detail = async (id: string) => (await requestDetail(app.db, id))!;

describe('a worker that died mid-delivery', () => {
  it('is taken over when its lease expires: the request goes again with the same key and acts once', async () => {
    const institution = createSandboxInstitution({ id: 'lease-bank' });
    const registry = connectorRegistry([sandboxConnector(institution)]);
    const policy = testPolicy({ leaseMs: 30_000 });
    const req = await enqueue(app, institution.id, { debtor: '梁国强' });

    // The first worker claims the request and reaches the bank, which acts; then it dies.
    const [claim] = await claimDue(app, registry, { worker: 'dead-worker', limit: 10, policy });
    expect(claim).toMatchObject({ id: req.id, attempt: 1, idempotencyKey: req.idempotencyKey });
    await institution.receive(claim!, new AbortController().signal);
    expect(institution.acted(req.idempotencyKey)).toBe(1);

    // While its lease runs, nobody else touches the request.
    expect(await deliverDue(app, registry, { worker: 'live-worker', limit: 10, policy })).toMatchObject({ claimed: 0 });
    clock.advance(30_001);
    expect(await deliverDue(app, registry, { worker: 'live-worker', limit: 10, policy })).toMatchObject({ claimed: 1, answered: 1 });

    const d = await detail(req.id);
    expect(d.request).toMatchObject({ status: 'answered', attempts: 2 });
    expect(d.attempts).toMatchObject([
      { attempt: 1, worker: 'dead-worker', outcome: 'abandoned' },
      { attempt: 2, worker: 'live-worker', outcome: 'answered' },
    ]);
    expect(institution.received(req.idempotencyKey)).toBe(2);
    expect(institution.acted(req.idempotencyKey)).toBe(1);

    // Should the first worker wake up and finish after all, it finds its lease gone and changes nothing.
    expect(await deliverClaim(app, registry, claim!, policy)).toBe('lease-lost');
    expect((await detail(req.id)).request).toMatchObject({ status: 'answered', attempts: 2 });
    expect(institution.acted(req.idempotencyKey)).toBe(1);
  });
});

describe('the in-process worker', () => {
  it('delivers what is enqueued without being asked, and stops with nothing left in flight', async () => {
    const institution = createSandboxInstitution({ id: 'worker-bank', latencyMs: 5 });
    const registry = connectorRegistry([sandboxConnector(institution, { concurrency: 2 })]);
    const reqs = [await enqueue(app, institution.id), await enqueue(app, institution.id), await enqueue(app, institution.id)];
    const worker = startOutboxWorker(app, registry, { policy: testPolicy(), pollMs: 10, onError: (e) => console.error(e) });
    await until(async () => (await listRequests(app.db, { institution: institution.id, status: 'answered', limit: 10 })).length === 3);
    await worker.stop();
    expect(worker.inFlight()).toBe(0);
    for (const r of reqs) expect(institution.acted(r.idempotencyKey)).toBe(1);
    expect(institution.peakInFlight).toBeLessThanOrEqual(2);
  });

  it('on stop, aborts an attempt that outlasts the grace period and releases the request for the next start', async () => {
    const institution = createSandboxInstitution({ id: 'slow-bank' });
    const registry = connectorRegistry([sandboxConnector(institution)]);
    const req = await enqueue(app, institution.id, { sandbox: { hang: true } });
    const worker = startOutboxWorker(app, registry, { policy: testPolicy({ attemptTimeoutMs: 60_000 }), pollMs: 10 });
    await until(async () => institution.received(req.idempotencyKey) === 1);
    await worker.stop({ graceMs: 20 });
    const d = await detail(req.id);
    expect(d.request).toMatchObject({ status: 'pending', attempts: 1, leaseOwner: null });
    expect(Date.parse(d.request.nextAttemptAt)).toBeLessThanOrEqual(clock.now().getTime());
    expect(d.attempts).toMatchObject([{ outcome: 'abandoned', detail: '工作进程停止，投递中断' }]);
  });
});

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transact } from '../../src/db/transaction.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { systemActor } from '../../src/audit/audit.types.ts';
import { success } from '../../src/shared/result.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { enqueueRequest } from '../../src/outbox/enqueue-request.ts';
import { listRequests, requestDetail } from '../../src/outbox/outbox.repo.ts';
import { freshStore, withDatabase, zhixing, type Store } from './cli-fixtures.ts';

// The outbox at the command line, and the guarantee that matters most: a worker process killed
// with SIGKILL while requests are in flight loses none of them, and on restart none acts twice.

const root = resolve(import.meta.dirname, '../..');
let store: Store;
let dir: string;

beforeAll(async () => {
  store = await freshStore();
  dir = mkdtempSync(join(tmpdir(), 'zhixing-outbox-'));
  const migrated = await zhixing(store, ['db', 'migrate']);
  expect(migrated.code, migrated.stderr).toBe(0);
});
afterAll(async () => {
  await store?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function enqueueMany(h: DatabaseHandle, count: number, kind = 'deposit-search'): Promise<string[]> {
  const court = await h.read.selectFrom('courts').select('id').where('code', '=', '粤0703').executeTakeFirstOrThrow();
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await transact({ handle: h }, async (tx) =>
      success(
        await enqueueRequest(tx, systemActor, systemClock.now(), {
          courtId: court.id,
          caseId: null,
          institution: 'sandbox',
          kind,
          payload: { i },
        }),
      ),
    );
    if (r.ok) keys.push(r.value.idempotencyKey);
  }
  return keys;
}

describe('zhixing outbox deliver and list', () => {
  it('lists pending requests, delivers as many as --limit says, and refuses an unknown status', async () => {
    await withDatabase(store, (h) => enqueueMany(h, 3, 'echo'));
    const pending = await zhixing(store, ['outbox', 'list', '--status', 'pending']);
    expect(pending.code, pending.stderr).toBe(0);
    expect(pending.stdout).toContain('共 3 件（待发送）');
    expect(pending.stdout.split('\n').filter((l) => l.includes('\tpending\tsandbox\techo\t'))).toHaveLength(3);

    const two = await zhixing(store, ['outbox', 'deliver', '--limit', '2']);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toContain('已投递 2 件：已答复 2');
    expect((await zhixing(store, ['outbox', 'list', '--status', 'answered'])).stdout).toContain('共 2 件（已答复）');

    const rest = await zhixing(store, ['outbox', 'deliver']);
    expect(rest.stdout).toContain('已投递 1 件：已答复 1');
    expect((await zhixing(store, ['outbox', 'deliver'])).stdout).toContain('已投递 0 件');

    const bad = await zhixing(store, ['outbox', 'list', '--status', 'lost']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('pending | sent | answered | failed | timed-out');
  }, 300_000); // seven CLI runs, each opening the database
});

describe('a delivery worker killed mid-delivery', () => {
  it('loses no request and repeats none at the institution when it is restarted', async () => {
    const journal = join(dir, 'institution.jsonl');
    const env = {
      ZHIXING_SANDBOX_JOURNAL: journal,
      ZHIXING_SANDBOX_LATENCY_MS: '150',
      ZHIXING_OUTBOX_ATTEMPT_TIMEOUT_MS: '400',
      ZHIXING_OUTBOX_LEASE_MS: '5000',
      ZHIXING_OUTBOX_POLL_MS: '20',
    };
    // The lease outlasts claim, attempt and settling even on a loaded machine, so that only the
    // dead worker's requests are ever taken over.
    const keys = await withDatabase(store, (h) => enqueueMany(h, 30));

    // First run: SIGKILL once the institution has acted on some requests but not on all.
    const first = work(store, env);
    await until(() => actedKeys(journal).size >= 8);
    first.kill('SIGKILL');
    await exited(first);
    const actedBeforeKill = actedKeys(journal);
    expect(actedBeforeKill.size).toBeLessThan(30);

    // The killed worker left requests the institution acted on but whose answer never reached us.
    const inFlight = await withDatabase(store, async (h) => {
      const pending = await listRequests(h.read, { institution: 'sandbox', status: 'pending', limit: 100 });
      return pending.filter((r) => r.attempts > 0 && actedBeforeKill.has(r.idempotencyKey)).map((r) => r.idempotencyKey);
    });
    expect(inFlight.length).toBeGreaterThan(0);

    // Second run: the dead worker's leases expire and everything is delivered; then a clean stop.
    const second = work(store, env);
    await until(() => actedKeys(journal).size === 30 && inFlight.every((k) => receipts(journal, k) >= 2));
    second.kill('SIGTERM');
    const stopped = await exited(second);
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toContain('投递进程已停止');

    await withDatabase(store, async (h) => {
      const all = await listRequests(h.read, { institution: 'sandbox', limit: 100 });
      const ours = all.filter((r) => keys.includes(r.idempotencyKey));
      expect(ours).toHaveLength(30);
      expect(ours.filter((r) => r.status !== 'answered')).toEqual([]);
      // A request taken over after the kill shows the abandoned attempt and the one that answered.
      const taken = ours.find((r) => r.idempotencyKey === inFlight[0])!;
      const d = (await requestDetail(h.read, taken.id))!;
      expect(d.attempts.map((a) => a.outcome)).toEqual(['abandoned', 'answered']);
      expect(d.answers).toHaveLength(1);
    });
    const acts = actCounts(journal);
    for (const key of keys) expect(acts.get(key), key).toBe(1);
  }, 300_000);
});

function work(s: Store, extra: Record<string, string>): ChildProcess & { out: string[] } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DATABASE_URL' && k !== 'ZHIXING_DATA_DIR') env[k] = v;
  const child = spawn(process.execPath, [join(root, 'bin', 'zhixing.mjs'), 'outbox', 'work'], {
    cwd: root,
    env: { ...env, ...s.env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { out: string[] };
  child.out = [];
  child.stdout!.on('data', (b: Buffer) => child.out.push(b.toString()));
  child.stderr!.on('data', (b: Buffer) => child.out.push(b.toString()));
  return child;
}

function exited(child: ChildProcess & { out: string[] }): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done({ code: child.exitCode, stdout: child.out.join('') });
    child.once('exit', (code) => done({ code, stdout: child.out.join('') }));
  });
}

type Entry = { t: 'act' | 'recv'; key: string };
const entries = (journal: string): Entry[] =>
  existsSync(journal)
    ? readFileSync(journal, 'utf8')
        .split('\n')
        .filter((l) => l.endsWith('}'))
        .map((l) => JSON.parse(l) as Entry)
    : [];
const actedKeys = (journal: string) =>
  new Set(
    entries(journal)
      .filter((e) => e.t === 'act')
      .map((e) => e.key),
  );
const receipts = (journal: string, key: string) => entries(journal).filter((e) => e.t === 'recv' && e.key === key).length;
function actCounts(journal: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of entries(journal)) if (e.t === 'act') m.set(e.key, (m.get(e.key) ?? 0) + 1);
  return m;
}

async function until(check: () => boolean, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

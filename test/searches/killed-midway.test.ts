import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/platform/bootstrap.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { startSearch } from '../../src/searches/start-search.ts';
import { caseSearches } from '../../src/searches/read-searches.ts';
import { requestDetail } from '../../src/outbox/outbox.repo.ts';
import { institutions } from '../../src/institutions/directory.ts';
import { aCompany, aPerson, buildCase } from '../support/builders/cases.builder.ts';
import type { TestApp } from '../support/test-app.ts';
import { freshStore, zhixing, type Store } from '../cli/cli-fixtures.ts';
import { holdingsOf } from './search-fixtures.ts';

// A search delivery killed midway: a worker process (`zhixing outbox work`) is killed with SIGKILL
// while the sandbox network holds its answers back, with requests in flight; a new worker on the
// same database delivers the rest. Every request reaches its institution and acts there exactly
// once (the sandbox's journal of idempotency keys), none is lost, and the findings are those of one
// delivery each — no more, no fewer.

const root = resolve(import.meta.dirname, '../..');
let store: Store;
let dir: string;

beforeAll(async () => {
  store = await freshStore();
  dir = mkdtempSync(join(tmpdir(), 'zhixing-searches-'));
  const migrated = await zhixing(store, ['db', 'migrate']);
  expect(migrated.code, migrated.stderr).toBe(0);
});
afterAll(async () => {
  await store?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the store's database in this process for `fn`, closed again before any worker runs (PGlite is single-process). */
async function withApp<T>(fn: (app: TestApp) => Promise<T>): Promise<T> {
  const app = await openApp({ config: loadConfig({ ...process.env, DATABASE_URL: '', ZHIXING_DATA_DIR: '', ...store.env }) });
  try {
    return await fn(app as unknown as TestApp);
  } finally {
    await app.close();
  }
}

describe('a search delivery killed midway', () => {
  it('resumes on restart without losing or repeating a request at any institution', async () => {
    const journal = join(dir, 'institutions.jsonl');
    const env = {
      ZHIXING_SANDBOX_JOURNAL: journal,
      ZHIXING_SANDBOX_LATENCY_MS: '150',
      ZHIXING_SANDBOX_FAULT_RATE: '0',
      // One request at a time per institution: each holds a second request back, untouched when the
      // first worker is killed however fast the machine (with every request in flight at once, on an
      // idle machine all had acted before the kill).
      ZHIXING_SANDBOX_CONCURRENCY: '1',
      ZHIXING_OUTBOX_ATTEMPT_TIMEOUT_MS: '2000',
      ZHIXING_OUTBOX_LEASE_MS: '5000',
      ZHIXING_OUTBOX_POLL_MS: '20',
    };
    const debtors = [aCompany('江门市恒泰建材有限公司'), aPerson('梁国强')];
    const started = await withApp(async (app) => {
      const who = { ...systemPrincipal(app, '测试数据', '粤0703'), role: 'judge' as const };
      const out: { caseId: string; searchId: string }[] = [];
      for (const debtor of debtors) {
        const c = await buildCase(app, { debtor });
        const s = await startSearch(app, who, c.id, {});
        if (!s.ok) throw new Error(s.code);
        out.push({ caseId: c.id, searchId: s.value.id });
      }
      return out;
    });
    const total = debtors.length * institutions.length;

    // First worker: killed once the institutions have acted on some requests but not on all.
    const first = work(env);
    await until(() => acts(journal).size >= 6);
    first.kill('SIGKILL');
    await exited(first);
    const actedBeforeKill = acts(journal);
    expect(actedBeforeKill.size).toBeLessThan(total);

    // The requests the dead worker held: claimed (attempted) but never settled.
    const held = await withApp(async (app) => {
      const rows = await app.db
        .selectFrom('outbound_requests')
        .select(['idempotency_key', 'attempts'])
        .where('status', '=', 'pending')
        .execute();
      return rows.filter((r) => r.attempts > 0).map((r) => ({ key: r.idempotency_key, seen: receipts(journal, r.idempotency_key) }));
    });
    expect(held.length).toBeGreaterThan(0);
    expect(held.some((h) => actedBeforeKill.has(h.key))).toBe(true);

    // Second worker: the dead one's leases run out, its requests go again with the same keys, and
    // everything is delivered; then a clean stop (in-flight attempts settle first).
    const second = work(env);
    await until(() => acts(journal).size === total && held.every((h) => receipts(journal, h.key) > h.seen));
    second.kill('SIGTERM');
    expect((await exited(second)).code).toBe(0);

    const counts = actCounts(journal);
    expect(counts.size).toBe(total);
    for (const [key, n] of counts) expect(n, key).toBe(1);

    await withApp(async (app) => {
      const who = { ...systemPrincipal(app, '测试数据', '粤0703'), role: 'judge' as const };
      let takenOver = 0;
      for (const [i, s] of started.entries()) {
        const r = await caseSearches(app, who, s.caseId);
        if (!r.ok) throw new Error(r.code);
        const search = r.value.items[0]!;
        expect(search.status).toBe('complete');
        expect(search.requests).toHaveLength(institutions.length);
        const d = debtors[i]!;
        const identity = d.kind === 'person' ? d.idNumber : d.creditCode;
        const expected = holdingsOf(
          { name: d.name, kind: d.kind, identity },
          institutions.map((x) => x.code),
        );
        expect(search.findings.map((f) => `${f.kind} ${f.identifier}`).sort()).toEqual(expected);
        for (const req of search.requests) {
          const detail = (await requestDetail(app.db, req.id))!;
          expect(detail.answers).toHaveLength(1);
          expect(counts.get(detail.request.idempotencyKey)).toBe(1);
          if (detail.attempts.some((a) => a.outcome === 'abandoned')) takenOver += 1;
        }
      }
      // Some requests were in the dead worker's hands and were taken over after its lease ran out.
      expect(takenOver).toBeGreaterThan(0);
    });
  }, 300_000);
});

function work(extra: Record<string, string>): ChildProcess & { out: string[] } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DATABASE_URL' && k !== 'ZHIXING_DATA_DIR') env[k] = v;
  const child = spawn(process.execPath, [join(root, 'bin', 'zhixing.mjs'), 'outbox', 'work'], {
    cwd: root,
    env: { ...env, ...store.env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { out: string[] };
  child.out = [];
  child.stdout!.on('data', (b: Buffer) => child.out.push(b.toString()));
  child.stderr!.on('data', (b: Buffer) => child.out.push(b.toString()));
  return child;
}

function exited(child: ChildProcess & { out: string[] }): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done({ code: child.exitCode, output: child.out.join('') });
    child.once('exit', (code) => done({ code, output: child.out.join('') }));
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
const acts = (journal: string) =>
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

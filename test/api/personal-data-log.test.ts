import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { openApp } from '../../src/platform/bootstrap.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { flushPersonalDataReads, logPersonalDataRead } from '../../src/access/personal-data-log.ts';

// Reads of unmasked personal data are logged write-behind (one INSERT per burst): each read must
// still be logged exactly once, and none may be lost when the server closes or the database falters.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCases: 40 });
});
afterAll(async () => app?.close());

const reads = (caseIds?: string[]) => {
  let q = app.db.selectFrom('personal_data_reads').select(['case_id', 'user_id', 'purpose']);
  if (caseIds) q = q.where('case_id', 'in', caseIds);
  return q.execute();
};

describe('logging staff reads of personal data', () => {
  it('logs each of a burst of concurrent case reads exactly once, with its reader and case', async () => {
    const judge = await login(app, 'judge');
    const items = (await app.server.inject({ method: 'GET', url: '/api/v1/cases?limit=10', headers: judge })).json().items as {
      id: string;
    }[];
    const ids = items.map((i) => i.id);
    const burst = Array.from({ length: 60 }, (_, i) => ids[i % ids.length]!);
    const answers = await Promise.all(burst.map((id) => app.server.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: judge })));
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    await flushPersonalDataReads(app);
    const logged = await reads(ids);
    expect(logged).toHaveLength(60);
    const judgeId = (await app.db.selectFrom('users').select('id').where('username', '=', 'judge').executeTakeFirstOrThrow()).id;
    expect(logged.every((r) => r.user_id === judgeId && r.purpose === 'case.detail')).toBe(true);
    for (const id of ids) expect(logged.filter((r) => r.case_id === id)).toHaveLength(burst.filter((b) => b === id).length);
    await flushPersonalDataReads(app); // a second flush writes nothing twice
    expect(await reads(ids)).toHaveLength(60);
  });

  it('keeps the reads it could not store and stores them, once, when the database takes them again', async () => {
    const court = app.courts.byCode('粤0703')!.id;
    const caseId = randomUUID();
    await sql`alter table personal_data_reads rename to personal_data_reads_away`.execute(app.db);
    for (let i = 0; i < 3; i++)
      logPersonalDataRead(app, { courtId: court, caseId, userId: randomUUID(), purpose: 'case.detail', readAt: new Date(TEST_NOW) });
    await expect(flushPersonalDataReads(app)).rejects.toThrow();
    await sql`alter table personal_data_reads_away rename to personal_data_reads`.execute(app.db);
    await flushPersonalDataReads(app);
    expect(await reads([caseId])).toHaveLength(3);
  });
});

describe('closing the application', () => {
  it('stores the reads still queued before the database closes', async () => {
    const base = process.env.DATABASE_URL;
    const dir = mkdtempSync(join(tmpdir(), 'zhixing-readlog-'));
    let url: string | undefined;
    if (base) {
      const name = `zx_readlog_${randomUUID().slice(0, 8)}`;
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const u = new URL(base);
      u.pathname = `/${name}`;
      url = u.toString();
    }
    const open = () =>
      openApp({ config: { ...loadConfig({}), databaseUrl: url }, clock: fixedClock(TEST_NOW), dataDir: join(dir, 'data') });
    try {
      const first = await open();
      const court = first.courts.byCode('粤0703')!.id;
      const caseId = randomUUID();
      for (let i = 0; i < 5; i++)
        logPersonalDataRead(first, { courtId: court, caseId, userId: randomUUID(), purpose: 'case.detail', readAt: first.clock.now() });
      await first.close();
      const again = await open();
      const stored = await again.db.selectFrom('personal_data_reads').select('id').where('case_id', '=', caseId).execute();
      await again.close();
      expect(stored).toHaveLength(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      if (base && url) {
        const admin = new pg.Client({ connectionString: base });
        await admin.connect();
        await admin.query(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
        await admin.end();
      }
    }
  });
});

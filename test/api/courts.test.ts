import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { enc, expectProblem } from './fixtures.ts';

// The court directory (法院名录), the health check and the API description: open to anyone.

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const get = (url: string) => app.server.inject({ method: 'GET', url });

type Court = { code: string; name: string; level: string; parentCode: string | null; provinceCode: string | null };

describe('looking up one court by its code', () => {
  it('finds 江门中院 by 粤07, with its level and the high court above it', async () => {
    const res = await get(`/api/v1/courts/${enc('粤07')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: '粤07',
      name: '广东省江门市中级人民法院',
      level: 'intermediate',
      parentCode: '粤',
      parent: { code: '粤', name: '广东省高级人民法院', level: 'high', parentCode: '最高法' },
    });
  });

  it('finds a basic court in Beijing: 京0105 朝阳区人民法院', async () => {
    const res = await get(`/api/v1/courts/${enc('京0105')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: '京0105', name: '北京市朝阳区人民法院', level: 'basic' });
    expect(res.json().parentCode).toMatch(/^京0\d$/);
  });

  it('finds the Supreme People’s Court, which has no court above it', async () => {
    const res = await get(`/api/v1/courts/${enc('最高法')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: '最高法', name: '最高人民法院', level: 'supreme', parentCode: null, parent: null });
  });

  it('answers 404 court-not-found as problem+json for a code that names no court', async () => {
    const problem = expectProblem(await get(`/api/v1/courts/${enc('粤0799')}`), 404, 'court-not-found');
    expect(problem.detail).toBe('粤0799');
  });
});

describe('listing courts', () => {
  it('lists the 32 high courts: one for each province-level division and the 兵团 branch', async () => {
    const res = (await get('/api/v1/courts?level=high&limit=100')).json();
    expect(res.total).toBe(32);
    expect(res.items).toHaveLength(32);
    expect(res.items.every((c: Court) => c.level === 'high' && c.parentCode === '最高法')).toBe(true);
  });

  it('lists the basic courts under 江门中院, 蓬江 and 台山 among them', async () => {
    const res = (await get(`/api/v1/courts?parent=${enc('粤07')}`)).json();
    const codes = res.items.map((c: Court) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['粤0703', '粤0781']));
    expect(res.items.every((c: Court) => c.parentCode === '粤07' && c.level === 'basic')).toBe(true);
    expect(res.total).toBe(res.items.length);
  });

  it('lists the courts of one province by its abbreviation or its two-digit code alike', async () => {
    const byName = (await get(`/api/v1/courts?province=${enc('粤')}&limit=5000`)).json();
    const byCode = (await get('/api/v1/courts?province=44&limit=5000')).json();
    expect(byName.total).toBeGreaterThan(100);
    expect(byName.items.every((c: Court) => c.provinceCode === '44')).toBe(true);
    expect(byName.items.map((c: Court) => c.code)).toEqual(byCode.items.map((c: Court) => c.code));
    expect(byName.items.map((c: Court) => c.code)).toEqual(expect.arrayContaining(['粤', '粤07', '粤0703']));
  });

  it('finds the maritime courts by part of their name', async () => {
    const res = (await get(`/api/v1/courts?name=${enc('海事')}`)).json();
    expect(res.total).toBeGreaterThanOrEqual(10);
    expect(res.items.every((c: Court) => c.name.includes('海事法院'))).toBe(true);
    expect(res.items.map((c: Court) => c.name)).toContain('广州海事法院');
  });

  it('pages through a long list with limit and offset', async () => {
    const all = (await get('/api/v1/courts?level=high&limit=100')).json().items.map((c: Court) => c.code);
    const first = (await get('/api/v1/courts?level=high&limit=10&offset=0')).json();
    const second = (await get('/api/v1/courts?level=high&limit=10&offset=10')).json();
    expect(first.total).toBe(32);
    expect([...first.items, ...second.items].map((c: Court) => c.code)).toEqual(all.slice(0, 20));
  });

  it('answers 404 for a parent court that does not exist, and 422 for an unknown level', async () => {
    expectProblem(await get(`/api/v1/courts?parent=${enc('粤99')}`), 404, 'court-not-found');
    const problem = expectProblem(await get('/api/v1/courts?level=district'), 422, 'validation-failed');
    expect(problem.errors).toEqual([
      { field: 'level', code: 'not-allowed', message: '法院层级只能是：supreme、high、intermediate、basic' },
    ]);
  });
});

describe('the platform', () => {
  it('answers the health check with the database it runs on', async () => {
    const res = await get('/api/v1/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('describes the API in OpenAPI 3.1, including the case routes', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/cases', '/api/v1/cases/{id}', '/api/v1/courts', '/api/v1/courts/{code}', '/api/v1/auth/login']),
    );
    expect(doc.paths['/api/v1/cases'].post.summary).toBe('执行立案');
  });

  it('answers an unknown API path with 404 problem+json', async () => {
    expectProblem(await get('/api/v1/no-such-thing'), 404, 'not-found');
  });
});

describe('special courts, former codes and the court picker', () => {
  it('answers for every court of the curated table, with its parent', async () => {
    const { CURATED_BASIC_COURTS, CURATED_INTERMEDIATE_COURTS } = await import('../../src/courts/curated-courts.ts');
    for (const c of [...CURATED_INTERMEDIATE_COURTS, ...CURATED_BASIC_COURTS]) {
      const res = await get(`/api/v1/courts/${enc(c.code)}`);
      expect(res.statusCode, c.code).toBe(200);
      expect(res.json(), c.code).toMatchObject({
        code: c.code,
        name: c.name,
        parentCode: c.parent,
        parent: { code: c.parent },
        special: c.kind,
      });
    }
  });

  it('answers a former code with the court that carries it on: 陕0125 户县 → 陕0118 鄠邑区', async () => {
    const res = await get(`/api/v1/courts/${enc('陕0125')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: '陕0118',
      parent: { code: '陕01' },
      formerCode: { code: '陕0125', name: '户县人民法院', successor: '陕0118' },
    });
    const successor = (await get(`/api/v1/courts/${enc('陕0118')}`)).json();
    expect(successor.formerCodes).toEqual([expect.objectContaining({ code: '陕0125', name: '户县人民法院' })]);
  });

  it('no longer knows the courts generated from functional-zone codes (苏0571) or the non-existent 鄂97', async () => {
    expectProblem(await get(`/api/v1/courts/${enc('苏0571')}`), 404, 'court-not-found');
    expectProblem(await get(`/api/v1/courts/${enc('鄂97')}`), 404, 'court-not-found');
  });

  it('searches by code, former code or name for a court picker (q)', async () => {
    const byCode = (await get(`/api/v1/courts?q=${enc('苏0591')}`)).json();
    expect(byCode.items[0]).toMatchObject({ code: '苏0591', name: '江苏省苏州工业园区人民法院' });
    const byFormer = (await get(`/api/v1/courts?q=${enc('陕0125')}`)).json();
    expect(byFormer.items[0].code).toBe('陕0118');
    const byName = (await get(`/api/v1/courts?q=${enc('铁路运输')}&limit=200`)).json();
    expect(byName.items.map((c: Court) => c.code)).toEqual(expect.arrayContaining(['陕71', '陕7102', '苏8601']));
  });
});

describe('syncing the court registry', () => {
  it('does not rewrite the courts on a start whose registry version is already stored', async () => {
    const { ensureCourts } = await import('../../src/courts/ensure-courts.ts');
    expect(await ensureCourts(app.handle, app.clock.now())).toEqual({ added: 0, retired: 0, synced: false });
  });

  it('re-syncs when the stored version differs, keeping ids and retiring courts that left the registry', async () => {
    const { ensureCourts } = await import('../../src/courts/ensure-courts.ts');
    const before = await app.db
      .selectFrom('courts')
      .select(['id', 'code'])
      .where('code', 'in', ['粤07', '粤0703'])
      .orderBy('code')
      .execute();
    const stale = await app.db
      .insertInto('courts')
      .values({
        id: 999_999,
        code: '苏0571',
        name: '江苏省苏州市苏州工业园区人民法院',
        level: 'basic',
        parent_id: null,
        province_code: '32',
        division_code: '320571',
        special: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.db.updateTable('reference_versions').set({ version: 'old' }).where('name', '=', 'courts').execute();
    expect(await ensureCourts(app.handle, app.clock.now())).toMatchObject({ added: 0, retired: 1, synced: true });
    const after = await app.db
      .selectFrom('courts')
      .select(['id', 'code'])
      .where('code', 'in', ['粤07', '粤0703'])
      .orderBy('code')
      .execute();
    expect(after).toEqual(before);
    const retired = await app.db.selectFrom('courts').select('active').where('id', '=', stale.id).executeTakeFirstOrThrow();
    expect(retired.active).toBe(false);
    expect((await ensureCourts(app.handle, app.clock.now())).synced).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { allErrorCodes, statusOf, titleOf } from '../../src/http/errors.ts';
import type { ErrorCode } from '../../src/shared/result.ts';
import { calculators } from '../../src/rules/calculators/index.ts';

// The API document a bank's developer reads: every operation has its request and response schemas,
// a problem+json schema for each error status naming its codes, Chinese words, and sign-in only
// where it is needed.

type Schema = Record<string, unknown> & { $ref?: string; type?: string | string[]; properties?: Record<string, Schema> };
type Example = { summary?: string; value: { code?: string; status?: number; title?: string; type?: string } };
type Media = { schema?: Schema; example?: unknown; examples?: Record<string, Example> };
type Response = { description: string; content?: Record<string, Media> };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string; description?: string; schema: Schema }[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, Response>;
};
type Doc = {
  info: { description: string };
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

let app: TestApp;
let doc: Doc;
let operations: [string, Operation][];

beforeAll(async () => {
  app = await createTestApp();
  const res = await app.server.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]),
  );
});
afterAll(() => app?.close());

const chinese = /[\u4e00-\u9fff]/;
const PUBLIC = new Set([
  'POST /api/v1/auth/login',
  'GET /api/v1/health',
  'GET /api/v1/openapi.json',
  'GET /api/v1/courts',
  'GET /api/v1/courts/{code}',
  'GET /api/v1/rules',
  'GET /api/v1/public/dishonest',
]);
const isPublic = (name: string) => PUBLIC.has(name) || name.startsWith('POST /api/v1/rules/');

/** Every property of a schema without Chinese words (a title or a description) of its own. */
function undescribed(schema: Schema, path: string, out: string[] = []): string[] {
  for (const branch of (schema.anyOf as Schema[] | undefined) ?? []) undescribed(branch, path, out);
  for (const [k, s] of Object.entries(schema.properties ?? {})) {
    const words = [s.title, s.description, ...((s.anyOf as Schema[] | undefined) ?? []).flatMap((b) => [b.title, b.description])];
    if (!s.$ref && !words.some((w) => typeof w === 'string' && chinese.test(w))) out.push(`${path}.${k}`);
    undescribed(s, `${path}.${k}`, out);
  }
  if (schema.type === 'array' && schema.items) undescribed(schema.items as Schema, `${path}[]`, out);
  return out;
}

/** Every string and array in a request schema, with its path, to check their limits. */
function leaves(schema: Schema, path: string, out: [string, Schema][] = []): [string, Schema][] {
  for (const branch of (schema.anyOf as Schema[] | undefined) ?? []) leaves(branch, path, out);
  if (schema.type === 'string' || schema.type === 'array') out.push([path, schema]);
  for (const [k, s] of Object.entries(schema.properties ?? {})) leaves(s, `${path}.${k}`, out);
  if (schema.type === 'array' && schema.items) leaves(schema.items as Schema, `${path}[]`, out);
  return out;
}

describe('the OpenAPI document', () => {
  it('documents every API route, at least the thirty the platform has today', () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
    expect(new Set(operations.map(([, op]) => op.operationId)).size).toBe(operations.length);
  });

  it('gives every operation a Chinese summary, a Chinese description and Chinese tags from the document’s tag list', () => {
    const tagNames = new Set(doc.tags.map((t) => t.name));
    for (const [name, op] of operations) {
      expect(op.summary, name).toMatch(chinese);
      expect(op.description, name).toMatch(chinese);
      expect(op.tags?.length, name).toBeGreaterThan(0);
      for (const tag of op.tags ?? []) {
        expect(tag, name).toMatch(chinese);
        expect(tagNames.has(tag), `${name}: ${tag}`).toBe(true);
      }
    }
  });

  it('gives every operation a response schema for its success status', () => {
    for (const [name, op] of operations) {
      const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      expect(success, name).toHaveLength(1);
      const [status, response] = success[0]!;
      if (status === '204') {
        expect(response.content, name).toBeUndefined();
        continue;
      }
      // JSON, or a file's own media type (a DOCX download).
      const schema = response.content?.['application/json']?.schema ?? Object.values(response.content ?? {})[0]?.schema;
      expect(schema?.$ref ?? schema?.type, name).toBeTruthy();
    }
  });

  it('gives every error status a problem+json schema and names the codes it may carry, each a code of the error table', () => {
    const known = new Set(allErrorCodes());
    for (const [name, op] of operations) {
      const errors = Object.entries(op.responses).filter(([status]) => !status.startsWith('2'));
      expect(
        errors.map(([s]) => s),
        name,
      ).toContain('500');
      for (const [status, response] of errors) {
        expect(response.content?.['application/problem+json']?.schema, `${name} ${status}`).toEqual({
          $ref: '#/components/schemas/Problem',
        });
        const codes = [...response.description.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!);
        expect(codes.length, `${name} ${status}`).toBeGreaterThan(0);
        for (const code of codes) expect(known.has(code), `${name} ${status}: ${code}`).toBe(true);
      }
      if (op.requestBody || op.parameters?.length) expect(op.responses['422']?.description, name).toContain('`validation-failed`');
      if (op.requestBody) expect(op.responses['400']?.description, name).toContain('`invalid-json`');
    }
  });

  it('asks for sign-in only where it is needed: not on login, health, the document, the courts, the calculators or the public dishonest list', () => {
    for (const [name, op] of operations) {
      if (isPublic(name)) expect(op.security, name).toEqual([]);
      else {
        expect(op.security, name).toEqual([{ bearer: [] }, { cookie: [] }]);
        expect(op.responses['401']?.description, name).toContain('`unauthenticated`');
      }
    }
  });

  it('answers as the document says: without sign-in, 401 where security is stated and never where it is not', async () => {
    const fill = (path: string) =>
      path.replace('{id}', '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11').replace('{code}', '粤0703').replace('{name}', 'purge-sessions');
    for (const [name, op] of operations) {
      const [method, path] = name.split(' ') as ['GET' | 'POST', string];
      const example = op.requestBody?.content['application/json']?.example as object | undefined;
      const res = await app.server.inject({ method, url: encodeURI(fill(path)), ...(example ? { payload: example } : {}) });
      const code = String(res.headers['content-type']).includes('problem+json') ? res.json<{ code: string }>().code : null;
      if (op.security?.length) expect(code, name).toBe('unauthenticated');
      else expect(code, name).not.toBe('unauthenticated');
    }
  });

  it('states a request body for every operation that takes one, refusing fields it does not name, with an example on the main bodies', () => {
    for (const [name, op] of operations) {
      if (!op.requestBody) continue;
      const media = op.requestBody.content['application/json'];
      expect(media?.schema?.type, name).toBe('object');
      expect(media?.schema?.additionalProperties, name).toBe(false);
    }
    for (const name of [
      'POST /api/v1/cases',
      'POST /api/v1/auth/login',
      'POST /api/v1/users',
      'POST /api/v1/cases/{id}/close',
      'POST /api/v1/rules/distribution',
    ]) {
      const op = operations.find(([n]) => n === name)![1];
      expect(op.requestBody?.content['application/json']?.example, name).toBeTruthy();
    }
  });

  it('limits every text and every list a request carries, and puts every text under the character policy', () => {
    for (const [name, op] of operations) {
      const parts: [string, Schema][] = [
        ...(op.parameters ?? []).map((p): [string, Schema] => [`${p.in}.${p.name}`, p.schema]),
        ...(op.requestBody ? [['body', op.requestBody.content['application/json']!.schema!] as [string, Schema]] : []),
      ];
      for (const [path, schema] of parts.flatMap(([p, s]) => leaves(s, p))) {
        if (schema.type === 'array') expect(schema.maxItems, `${name} ${path}`).toBeTypeOf('number');
        else if (!schema.enum) {
          expect(schema.maxLength, `${name} ${path}`).toBeTypeOf('number');
          expect(['text', 'multiline-text', 'yuan', 'local-date', 'uuid'], `${name} ${path}`).toContain(schema.format);
        }
      }
    }
  });

  it('describes every tag in Chinese at the document level, and lists only tags some operation uses', () => {
    const used = new Set(operations.flatMap(([, op]) => op.tags ?? []));
    for (const tag of doc.tags) {
      expect(tag.description, tag.name).toMatch(chinese);
      expect(used.has(tag.name), `${tag.name} is used by no operation`).toBe(true);
    }
  });

  it('explains every parameter and every field of a request body in Chinese', () => {
    for (const [name, op] of operations) {
      for (const p of op.parameters ?? []) expect(p.description, `${name} ${p.in}.${p.name}`).toMatch(chinese);
      const body = op.requestBody?.content['application/json']?.schema;
      if (body) expect(undescribed(body, 'body'), name).toEqual([]);
    }
  });

  it('explains in Chinese every field the calculators answer, for a reader without the source', () => {
    for (const [name, op] of operations.filter(([, o]) => o.tags?.includes('计算器'))) {
      const schema = op.responses['200']!.content!['application/json']!.schema!;
      expect(undescribed(schema, 'response'), name).toEqual([]);
    }
  });

  it('lists under each error status every code with its Chinese title, and shows each as an example answer', () => {
    for (const [name, op] of operations) {
      for (const [status, response] of Object.entries(op.responses).filter(([s]) => !s.startsWith('2'))) {
        const media = response.content!['application/problem+json']!;
        const codes = [...response.description.matchAll(/`([a-z0-9-]+)`：([^；]+)/g)].map((m) => [m[1]! as ErrorCode, m[2]!] as const);
        expect(Object.keys(media.examples ?? {}), `${name} ${status}`).toEqual(codes.map(([c]) => c));
        for (const [code, title] of codes) {
          expect(statusOf(code), `${name} ${code}`).toBe(Number(status));
          expect(title, `${name} ${code}`).toBe(titleOf(code));
          expect(title, `${name} ${code}`).toMatch(chinese);
          const value = media.examples![code]!.value;
          expect(value, `${name} ${code}`).toMatchObject({ code, status: Number(status), title, type: `urn:zhixing:problem:${code}` });
        }
      }
    }
  });

  it('gives every request body an example, and each calculator answers its own example with its legal basis', async () => {
    for (const [name, op] of operations) if (op.requestBody) expect(op.requestBody.content['application/json']?.example, name).toBeTruthy();
    for (const calc of Object.values(calculators)) {
      const example = doc.paths[`/api/v1/rules/${calc.name}`]!.post!.requestBody!.content['application/json']!.example;
      const res = await app.server.inject({ method: 'POST', url: `/api/v1/rules/${calc.name}`, payload: example as object });
      expect(res.statusCode, `${calc.name}: ${res.body}`).toBe(200);
      expect(res.json<{ basis: unknown[] }>().basis.length, calc.name).toBeGreaterThan(0);
    }
  });

  it('names the shared shapes (Problem, CaseDetail, Court …) and explains the conventions in Chinese', () => {
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Problem', 'FieldError', 'CaseDetail', 'CaseListItem', 'Court', 'LegalBasis']),
    );
    expect(doc.info.description).toMatch(/金额.*字符串/);
    expect(doc.info.description).toContain('validation-failed');
  });
});

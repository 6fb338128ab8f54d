import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { API_TYPES_PATH, renderApiTypes } from '../../scripts/api-types.ts';

// The web app reads the server's contract through types generated from the OpenAPI document,
// never a hand copy: a contract change without `npm run api:types` fails here.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await app.server.ready();
});
afterAll(() => app?.close());

describe("the web app's API types", () => {
  it('are generated from the current OpenAPI document (run `npm run api:types`)', async () => {
    expect(readFileSync(API_TYPES_PATH, 'utf8')).toBe(await renderApiTypes(app.server.swagger()));
  });
});

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's lint rules fail on a planted violation of each (issue 6, item 3). The planted
// sources never touch the disk: typescript-eslint's default project types them in memory, so the
// type-aware rules run too. `npm run lint` proves the other half: the real code has no violation.

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: {
      languageOptions: {
        parserOptions: {
          projectService: {
            allowDefaultProject: ['src/*/zz-planted-*.ts', 'web/src/*/zz-planted-*.tsx'],
            maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 32,
          },
          tsconfigRootDir: process.cwd(),
        },
      },
    },
  });
});

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('lint rules catch planted violations', { timeout: 180_000 }, () => {
  it('accepts a clean use case (the control)', async () => {
    const code = "import { success } from '../shared/result.ts';\n\nexport const ok = (n: number) => success(n + 1);\n";
    expect(await rulesBroken('src/cases/zz-planted-clean.ts', code)).toEqual([]);
  });

  it('refuses an import that the layer allow-list does not permit', async () => {
    // Pure rules may import shared only; a use case may not import the HTTP layer; the web may not import the database.
    expect(await rulesBroken('src/rules/zz-planted-layer.ts', "export { openDatabase } from '../db/connection.ts';\n")).toContain(
      'layers/imports',
    );
    expect(await rulesBroken('src/cases/zz-planted-layer.ts', "export { pathOf } from '../http/problem.ts';\n")).toContain(
      'layers/imports',
    );
    expect(await rulesBroken('src/cases/zz-planted-repo.ts', "export { findUserById } from '../access/access.repo.ts';\n")).toContain(
      'layers/imports',
    );
    expect(
      await rulesBroken('web/src/lib/zz-planted-web.tsx', "export { openDatabase } from '../../../src/db/connection.ts';\n"),
    ).toContain('layers/imports');
  });

  it('refuses SQL outside a repository file', async () => {
    const code =
      "import type { Executor } from '../db/connection.ts';\n\nexport const count = (db: Executor) => db.selectFrom('cases').select('id').execute();\n";
    expect(await rulesBroken('src/cases/zz-planted-sql.ts', code)).toContain('no-restricted-syntax');
    expect(await rulesBroken('src/cases/zz-planted-sql.repo.ts', code)).toEqual([]);
  });

  it('refuses `as never` and a raw Date outside the date modules', async () => {
    expect(await rulesBroken('src/cases/zz-planted-never.ts', 'export const x = 1 as never;\n')).toContain('no-restricted-syntax');
    expect(await rulesBroken('src/cases/zz-planted-date.ts', 'export const now = () => new Date();\n')).toContain('no-restricted-syntax');
    expect(await rulesBroken('src/cases/zz-planted-date.ts', 'export const now = () => Date.now();\n')).toContain('no-restricted-syntax');
  });

  it('refuses a file over 300 lines', async () => {
    const code = Array.from({ length: 301 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(await rulesBroken('src/cases/zz-planted-long.ts', code)).toContain('max-lines');
  });

  it('runs the type-aware rules (a floating promise, an unsafe any)', async () => {
    const floating = 'export function f(): void {\n  Promise.resolve(1);\n}\n';
    expect(await rulesBroken('src/cases/zz-planted-promise.ts', floating)).toContain('@typescript-eslint/no-floating-promises');
    const unsafe = 'export function f(text: string): number {\n  const v = JSON.parse(text);\n  return v.n;\n}\n';
    expect(await rulesBroken('src/cases/zz-planted-any.ts', unsafe)).toEqual(
      expect.arrayContaining(['@typescript-eslint/no-unsafe-assignment', '@typescript-eslint/no-unsafe-return']),
    );
  });
});

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'dist/**', 'data/**', '.scratch/**', 'test-results/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string-literal union, not an enum.' }],
    },
  },
  {
    // The pure layer: no clock, no database, no network, nothing of ours but shared types and helpers.
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/**/*.test.ts', 'src/rules/generate-docs.ts', 'src/rules/rules.routes.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Date', message: 'Rules are pure: dates are LocalDate arguments (src/shared/dates.ts).' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../db/*', '../http/*', '../cases/*', '../access/*', '../audit/*', '../platform/*', '../cli/*', '../../db/*', '../../http/*', '../../cases/*', '../../platform/*'], message: 'rules/ imports nothing of ours but shared types.' },
            { group: ['pg', 'kysely', '@electric-sql/*', 'fastify', 'node:fs', 'node:net'], message: 'rules/ is pure.' },
          ],
        },
      ],
    },
  },
  {
    // One date module: raw Date arithmetic elsewhere in the domain layers is a bug waiting for a time zone.
    files: ['src/cases/**/*.ts', 'src/courts/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='Date'][callee.property.name='parse']", message: 'Use src/shared/dates.ts.' }] },
  },
);

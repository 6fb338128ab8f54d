import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.js';

// The project's habits as failing checks (style.md). Several rules below use no-restricted-syntax,
// whose options do not merge across config objects, so each file group gets its whole list here.
const noEnum = { selector: 'TSEnumDeclaration', message: 'Use a string-literal union, not an enum.' };
const noAsNever = {
  selector: "TSAsExpression[typeAnnotation.type='TSNeverKeyword']",
  message: '`as never` hides a type error: give the value its real type (or `as unknown as T` with a reason).',
};
const noRawDate = [
  { selector: "NewExpression[callee.name='Date']", message: 'Dates and instants go through src/shared/dates.ts or the clock.' },
  { selector: "CallExpression[callee.object.name='Date']", message: 'Dates and instants go through src/shared/dates.ts or the clock.' },
];
const sqlOnlyInRepositories = [
  {
    selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]',
    message: 'SQL lives in repository files (*.repo.ts) only.',
  },
  { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'SQL lives in repository files (*.repo.ts) only.' },
];

const typeChecked = ['src/**/*.ts', 'web/src/**/*.{ts,tsx}'];
const dateModules = ['src/platform/clock.ts', 'src/shared/dates.ts', 'web/src/lib/dates.ts'];
const sqlPlaces = ['src/**/*.repo.ts', 'src/**/repo/**', 'src/db/**'];
const tests = ['**/*.test.ts', 'test/**', 'bench/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'dist/**', 'data/**', '.scratch/**', 'test-results/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: typeChecked })),
  {
    files: typeChecked,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Fastify plugins, Kysely migrations and antd validators are async by contract, with or without an await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // React event props take a void callback; a promise there is handled by the handler itself (it catches).
    files: ['web/src/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }] },
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    plugins: { layers },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-restricted-syntax': ['error', noEnum, noAsNever],
    },
  },
  {
    // Imports point inward; files stay one idea each.
    files: ['src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    ignores: tests,
    rules: {
      'layers/imports': 'error',
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': ['error', noEnum, noAsNever, ...noRawDate, ...sqlOnlyInRepositories],
    },
  },
  {
    files: dateModules,
    rules: { 'no-restricted-syntax': ['error', noEnum, noAsNever, ...sqlOnlyInRepositories] },
  },
  {
    files: sqlPlaces,
    ignores: tests,
    rules: { 'no-restricted-syntax': ['error', noEnum, noAsNever, ...noRawDate] },
  },
  {
    // The pure layer: no clock, no database, no network.
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/**/*.test.ts', 'src/rules/generate-docs.ts', 'src/rules/rules.routes.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Date', message: 'Rules are pure: dates are LocalDate arguments (src/shared/dates.ts).' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['pg', 'kysely', '@electric-sql/*', 'fastify', 'node:fs', 'node:net', 'node:http'], message: 'rules/ is pure.' },
          ],
        },
      ],
    },
  },
  {
    files: tests,
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      // vitest's asymmetric matchers (expect.objectContaining …) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);

import type { CatalogOf, ErrorRows } from '../../shared/result.ts';

// The public calculators' registry (the rules' own codes are in src/rules/errors.ts).
export const calculatorErrors = {
  'unknown-calculator': [404, '没有这个计算器'],
} as const satisfies ErrorRows;

declare module '../../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof calculatorErrors> {}
}

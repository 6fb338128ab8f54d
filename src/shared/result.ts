// Expected failures are values. Each context declares its codes in `<context>.errors.ts` and adds
// them to ErrorCatalog by declaration merging, so that `failure('…')` only takes a code that has a
// row in some table, without shared/ importing any context. src/http/errors.ts merges the tables.

// Declaration merging needs `interface`; the contexts' errors files extend it.
/* eslint-disable @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type */
export interface ErrorCatalog {}
/* eslint-enable @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type */

export type ErrorCode = Extract<keyof ErrorCatalog, string>;

/** One context's rows: code → [HTTP status, Chinese title]. */
export type ErrorRows = Readonly<Record<string, readonly [number, string]>>;
/** The catalogue entries a table contributes (used in each errors file's module augmentation). */
export type CatalogOf<T extends ErrorRows> = { [K in keyof T]: true };

export type FieldError = { field: string; code: string; message: string };
/** A condition a gate found unmet (终本: src/termination), with what would satisfy it in Chinese. */
export type UnmetCondition = { condition: string; detail: string };
/** `retryAfter`: seconds after which the same request may succeed (sent as Retry-After). `unmet`: a gate's unmet conditions. */
export type Failure = {
  ok: false;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
  retryAfter?: number;
  unmet?: UnmetCondition[];
};
export type Success<T> = { ok: true; value: T };
export type Result<T> = Success<T> | Failure;

export const failure = (code: ErrorCode, detail?: string, errors?: FieldError[]): Failure => ({
  ok: false,
  code,
  ...(detail !== undefined ? { detail } : {}),
  ...(errors ? { errors } : {}),
});
export const success = <T>(value: T): Success<T> => ({ ok: true, value });

/** Thrown inside a transaction to roll it back with an expected failure; caught where the transaction is owned. */
export class Rollback extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

import { Type, type SchemaOptions, type Static, type StringOptions, type TSchema } from '@sinclair/typebox';
import type { ErrorCode } from './result.ts';
import { parseLocalDate, yearOf, type LocalDate as Day } from './dates.ts';

// The building blocks of every context's contract (<context>.contract.ts). Each carries its own
// format, so that validation (src/shared/validation.ts), the Chinese messages and the OpenAPI
// document all read the same rule. Formats: yuan, local-date, uuid, text, multiline-text.

/** The earliest year an API date may name (a year-0000 date is no date PostgreSQL can store). */
export const MIN_YEAR = 1900;

/** A date as the API takes it: one that exists, in a year from MIN_YEAR; null otherwise. */
export function parseApiDate(text: unknown): Day | null {
  const d = parseLocalDate(text);
  return d !== null && yearOf(d) >= MIN_YEAR ? d : null;
}

type Described = { title?: string; description?: string; examples?: unknown[] };

/** Money in yuan as text with at most two decimals ("120000.00"); never a JSON number. */
export const Yuan = (o: Described = {}) =>
  Type.String({
    format: 'yuan',
    pattern: '^(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?$',
    maxLength: 20,
    description: '金额（元），字符串，最多两位小数',
    examples: ['120000.00'],
    ...o,
  });

/** An amount the server states: yuan with exactly two decimals ("1575.00"). */
export const YuanAmount = (o: Described = {}) =>
  Type.String({ pattern: '^-?[0-9]+\\.[0-9]{2}$', description: '金额（元），两位小数', examples: ['1575.00'], ...o });

/** A calendar date, YYYY-MM-DD, that exists, in a year from 1900: once validated, a LocalDate. */
export const LocalDate = (o: Described = {}) =>
  Type.Unsafe<Day>(
    Type.String({ format: 'local-date', maxLength: 10, description: '日期（YYYY-MM-DD，1900 年及以后）', examples: ['2026-11-20'], ...o }),
  );

/** An identifier: a UUID. */
export const Uuid = (o: Described = {}) =>
  Type.String({ format: 'uuid', maxLength: 36, description: '编号（UUID）', examples: ['0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11'], ...o });

// Every text in a request has a length limit and the character policy: no control characters
// (NUL included), no bidirectional overrides, no lone surrogates, not only invisible characters.
export type TextOptions = Described & { maxLength: number; minLength?: number; multiline?: boolean; pattern?: string };

export const Text = ({ multiline, ...o }: TextOptions) =>
  Type.String({ format: multiline ? 'multiline-text' : 'text', ...o } satisfies StringOptions);

/** A text the server states (names, numbers, reasons): no input policy, only a type. */
export const Out = (o: Described = {}) => Type.String(o);

/** A list with a limit: every array in a request has one. */
export const List = <T extends TSchema>(items: T, o: Described & { maxItems: number; minItems?: number }) => Type.Array(items, o);

/** One of a fixed set of words (a string-literal union in TypeScript, an enum in the document). */
export const OneOf = <const T extends readonly string[]>(values: T, o: SchemaOptions = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...o });

/** A reference to a named schema (components.schemas in the document), typed as that schema. */
export const Ref = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T>>(Type.Ref(schema.$id!));

/** A value or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** An object that admits no property it does not name (request bodies and queries). */
export const Strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T, o: SchemaOptions = {}) =>
  Type.Object(properties, { additionalProperties: false, ...o });

/**
 * One HTTP operation as its contract states it: what it takes, what it answers, which failures it
 * may answer with. The route registers it (src/http/operation.ts turns it into Fastify's schema,
 * with the error responses and the OpenAPI documentation).
 */
export type Operation = {
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly tags: readonly string[];
  /** Whether the caller must be signed in (a Bearer token or the session cookie). */
  readonly signedIn: boolean;
  readonly params?: TSchema;
  readonly querystring?: TSchema;
  readonly body?: TSchema;
  /** Request headers the operation reads (e.g. Idempotency-Key); other headers pass. */
  readonly headers?: TSchema;
  readonly status: 200 | 201 | 202 | 204;
  /** The success body; none for 204. */
  readonly response?: TSchema;
  /** The success body's media type when it is not JSON (a DOCX download). */
  readonly mediaType?: string;
  readonly responseDescription?: string;
  /** The failures of this operation besides those every operation of its kind may answer. */
  readonly errors: readonly ErrorCode[];
};

export const operation = <const O extends Operation>(o: O): O => o;

/** The body an operation answers with on success. */
export type ResponseOf<O extends Operation> = O['response'] extends TSchema ? Static<O['response']> : undefined;

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import { isUuid } from './ids.ts';
import { parseApiDate } from './contract.ts';
import { textProblem } from './text-policy.ts';
import type { FieldError } from './result.ts';
import { fieldMessage } from './validation-messages.ts';

// The one validation path: the HTTP server compiles every contract schema here (src/http/server.ts)
// and the CLI validates calculator input with the same instances, so both answer alike.

const YUAN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

const formats = {
  yuan: (s: string) => YUAN.test(s),
  'local-date': (s: string) => parseApiDate(s) !== null,
  uuid: (s: string) => isUuid(s),
  text: (s: string) => textProblem(s) === null,
  'multiline-text': (s: string) => textProblem(s, true) === null,
};

// Bodies are JSON and are taken as typed: a number is no money and an array no username.
// Query strings and path parameters are text on the wire, so their numbers are coerced.
const makeAjv = (coerce: boolean) =>
  new Ajv({ allErrors: true, verbose: true, coerceTypes: coerce, useDefaults: true, removeAdditional: false, strict: true, formats });

const ajvs = { body: makeAjv(false), text: makeAjv(true) };
export type RequestPart = 'body' | 'querystring' | 'params' | 'headers';
const ajvFor = (part: RequestPart) => (part === 'body' ? ajvs.body : ajvs.text);

// Ajv caches a compiled schema by its object; a named schema ($id) shared by two routes is looked up.
function compile(part: RequestPart, schema: TSchema): ValidateFunction {
  const ajv = ajvFor(part);
  return (schema.$id && ajv.getSchema(schema.$id)) || ajv.compile(schema);
}

// At most this many field errors are named: a list of thousands of bad rows needs none of them all.
const MAX_FIELD_ERRORS = 50;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** A validator for one schema; a body without required fields may be absent (it reads as {}). */
export function validatorFor<T>(schema: TSchema, part: RequestPart = 'body'): (data: unknown) => Checked<T> {
  const validate = compile(part, schema);
  const optional = part === 'body' && !(Array.isArray(schema.required) && schema.required.length > 0);
  return (data) => {
    const value = data === null && optional ? {} : data;
    if (validate(value)) return { ok: true, value: value as T };
    return { ok: false, errors: fieldErrors(validate.errors ?? []) };
  };
}

/** Ajv's errors as Chinese field errors, one per field, the most telling first. */
export function fieldErrors(errors: readonly ErrorObject[]): FieldError[] {
  const byField = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const field = fieldOf(e);
    byField.set(field, [...(byField.get(field) ?? []), e]);
  }
  const out: FieldError[] = [];
  for (const [field, list] of byField) {
    if (out.length >= MAX_FIELD_ERRORS) break;
    const e = mostTelling(list);
    if (e) out.push({ field, ...fieldMessage(e, list) });
  }
  return out;
}

/** '/debtors/0/idNumber' → 'debtors[0].idNumber'; a missing or unknown property is named too. */
export function fieldOf(e: ErrorObject): string {
  const parts = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'required') parts.push(String((e.params as { missingProperty: string }).missingProperty));
  if (e.keyword === 'additionalProperties') parts.push(String((e.params as { additionalProperty: string }).additionalProperty));
  return parts.reduce((path, p) => (/^\d+$/.test(p) ? `${path}[${p}]` : path ? `${path}.${p}` : p), '');
}

// A union's null branch says nothing useful ("must be null"); in a union, the branch whose type
// the value has says more ("at least 1") than the others' type errors; a format more than its pattern.
function mostTelling(list: ErrorObject[]): ErrorObject | undefined {
  const useful = list.filter((e) => !(e.keyword === 'type' && (e.params as { type: string }).type === 'null'));
  const pick = (k: string) => useful.find((e) => e.keyword === k);
  const constraint = useful.find((e) => !['type', 'anyOf', 'oneOf'].includes(e.keyword));
  return pick('format') ?? constraint ?? pick('type') ?? useful[0] ?? list[0];
}

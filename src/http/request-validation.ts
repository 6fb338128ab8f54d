import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from '@sinclair/typebox';
import { validatorFor, type RequestPart } from '../shared/validation.ts';
import type { FieldError } from '../shared/result.ts';

/** A request that does not meet its contract: answered 422 validation-failed with these field errors. */
export class RequestInvalid extends Error {
  readonly statusCode = 422;
  constructor(readonly errors: FieldError[]) {
    super('request does not meet its contract');
  }
}

// Fastify compiles every params, query and body schema through the one validation path.
export const compileRequestSchema: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = validatorFor(schema, (httpPart ?? 'body') as RequestPart);
  return (data: unknown) => {
    const r = check(data);
    return r.ok ? { value: r.value } : { error: new RequestInvalid(r.errors) };
  };
};

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Operation, ResponseOf } from '../shared/contract.ts';
import { Ref } from '../shared/contract.ts';
import type { ErrorCode, Result } from '../shared/result.ts';
import { problemOf, statusOf, titleOf } from './errors.ts';
import { ProblemSchema, sendProblem } from './problem.ts';

// Turns a context's contract (an Operation) into Fastify's route schema: validation of params,
// query and body, the success body serialised by its schema (an allow-list), and one
// problem+json response per error status, each naming the codes it may carry.

export const SECURITY = [{ bearer: [] }, { cookie: [] }];

/** The failures every operation of its kind may answer with, besides its own. */
export function implicitErrors(op: Operation): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (op.body) codes.push('invalid-json', 'json-too-deep', 'payload-too-large', 'unsupported-media-type');
  if (op.body || op.querystring || op.params || op.headers) codes.push('validation-failed');
  if (op.signedIn) codes.push('unauthenticated', 'forbidden');
  codes.push('internal');
  return codes;
}

export const errorsOf = (op: Operation): ErrorCode[] => [...new Set([...op.errors, ...implicitErrors(op)])];

// One example per code, as a client receives it: a developer sees each answer it must handle.
// A validation failure's example names the body's first required field, as the server would.
const problemExample = (op: Operation, code: ErrorCode) => ({
  summary: `${code}：${titleOf(code)}`,
  value: {
    ...problemOf({ ok: false, code }, undefined, '6f1c2a9e-3b7d-4e5a-9c8b-1d2e3f4a5b6c'),
    ...fieldErrorsOf(op, code),
    ...unmetOf(code),
  },
});

// The 终本 gate's refusal names each unmet condition and what would meet it (src/termination).
const unmetOf = (code: ErrorCode) =>
  code === 'termination-conditions-unmet'
    ? { unmet: [{ condition: 'online-search-not-done', detail: '须对被执行人江门市恒泰建材有限公司完成网络查控' }] }
    : {};

function fieldErrorsOf(op: Operation, code: ErrorCode) {
  const body = op.body as { required?: string[]; properties?: Record<string, { title?: string }> } | undefined;
  const field = body?.required?.[0];
  if (code !== 'validation-failed' || !field) return {};
  return { errors: [{ field, code: 'required', message: `请填写${body.properties?.[field]?.title ?? field}` }] };
}

// One object for every operation's problem answers: the server compiles one serialiser per schema
// object (src/http/serializers.ts), so all of them share it.
const problemRef = Ref(ProblemSchema);

function errorResponses(op: Operation) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorsOf(op)) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, codes]) => [
        status,
        {
          description: codes.map((c) => `\`${c}\`：${titleOf(c)}`).join('；'),
          content: {
            'application/problem+json': {
              schema: problemRef,
              examples: Object.fromEntries(codes.map((c) => [c, problemExample(op, c)])),
            },
          },
        },
      ]),
  );
}

type RouteSchema<O extends Operation> = {
  params: O['params'];
  querystring: O['querystring'];
  body: O['body'];
  headers: O['headers'];
  response: unknown;
};

/** Fastify's schema for an operation: validation, serialisation and documentation from one contract. */
export function schemaOf<O extends Operation>(op: O): RouteSchema<O> {
  const success =
    op.status === 204 || !op.response
      ? { description: op.responseDescription ?? '成功，无响应内容', type: 'null' }
      : { description: op.responseDescription ?? '成功', content: { [op.mediaType ?? 'application/json']: { schema: op.response } } };
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: op.description,
    tags: [...op.tags],
    security: op.signedIn ? SECURITY : [],
    ...(op.params ? { params: op.params } : {}),
    ...(op.querystring ? { querystring: op.querystring } : {}),
    ...(op.body ? { body: op.body } : {}),
    ...(op.headers ? { headers: op.headers } : {}),
    response: { [op.status]: success, ...errorResponses(op) },
  } as unknown as RouteSchema<O>;
}

// A reply of any route, whatever its type provider made of it.
type AnyReply = Pick<FastifyReply, 'code'>;

/** Answers a use case's result: the value with the operation's success status, or its problem+json. */
export function send<O extends Operation>(res: AnyReply, req: FastifyRequest, op: O, result: Result<ResponseOf<O>>) {
  const reply = res as FastifyReply;
  if (!result.ok) return sendProblem(reply, req, result);
  return reply.code(op.status).send(result.value);
}

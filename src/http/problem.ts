import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Out, Ref } from '../shared/contract.ts';
import type { Failure } from '../shared/result.ts';
import { allErrorCodes, problemOf, statusOf } from './errors.ts';

// The problem+json every failure answers with (RFC 9457), named in the document as Problem.
export const FieldErrorSchema = Type.Object(
  {
    field: Out({ description: '出错的字段，按请求内容中的路径书写，如 debtors[0].idNumber；整体出错时为空' }),
    code: Out({ description: '字段错误代码，如 required、too-long、invalid-money、invalid-id-number' }),
    message: Out({ description: '中文说明，可直接展示给用户' }),
  },
  { $id: 'FieldError', title: '字段错误' },
);

export const ProblemSchema = Type.Object(
  {
    type: Out({ description: 'urn:zhixing:problem:<code>' }),
    title: Out({ description: '错误的中文标题，可直接展示给用户' }),
    status: Type.Integer({ description: 'HTTP 状态码' }),
    code: Type.Unsafe<string>({ type: 'string', enum: allErrorCodes(), description: '稳定的错误代码，客户端据此分支处理' }),
    detail: Type.Optional(Out({ description: '补充说明' })),
    instance: Type.Optional(Out({ description: '出错请求的路径（不含查询参数）' })),
    requestId: Out({ description: '请求编号，与响应头 x-request-id 相同；报告问题时请提供' }),
    errors: Type.Optional(Type.Array(Ref(FieldErrorSchema), { description: '逐字段的错误' })),
    unmet: Type.Optional(
      Type.Array(
        Type.Object({
          condition: Out({ description: '未满足的条件代码，如 online-search-not-done（src/rules/termination-check.ts）' }),
          detail: Out({ description: '满足该条件还需做什么（中文），如「须对被执行人张三完成网络查控」' }),
        }),
        { description: '终本条件审查未满足的条件（termination-conditions-unmet）' },
      ),
    ),
  },
  { $id: 'Problem', title: '错误（problem+json）' },
);

/** The path of a request without its query string: ID numbers searched for are not echoed back. */
export const pathOf = (req: FastifyRequest): string => req.url.split('?')[0]!;

/** Answers a failure as problem+json with its status, the request's path and its id. */
export function sendProblem(res: FastifyReply, req: FastifyRequest, f: Failure, status = statusOf(f.code)) {
  if (f.retryAfter !== undefined) void res.header('retry-after', String(f.retryAfter));
  return res
    .code(status)
    .type('application/problem+json')
    .send({ ...problemOf(f, pathOf(req), req.id), status });
}

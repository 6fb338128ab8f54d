import createClient from 'openapi-fetch';
import type { components, paths } from './api/schema.ts';

// The one way the web app talks to the server: openapi-fetch over the types generated from the
// server's OpenAPI document (web/src/api/schema.ts, `npm run api:types`), same-origin cookies,
// and problem+json answers thrown as ApiError carrying the server's Chinese title and messages.

export type Schemas = components['schemas'];
/** A named shape of the API, e.g. Schema<'CaseDetail'>. */
export type Schema<K extends keyof Schemas> = Schemas[K];
export type FieldProblem = Schema<'FieldError'>;

type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type JsonReply<T> = T extends { responses: { 200: { content: { 'application/json': infer R } } } }
  ? R
  : T extends { responses: { 201: { content: { 'application/json': infer R } } } }
    ? R
    : never;
/** The JSON body an operation takes: Body<'/api/v1/cases', 'post'>. */
export type Body<P extends keyof paths, M extends 'post'> = JsonBody<paths[P][M]>;
/** The JSON an operation answers with on success. */
export type Reply<P extends keyof paths, M extends 'get' | 'post'> = JsonReply<paths[P][M]>;
/** The query string an operation takes. */
export type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type Problem = {
  status: number;
  code: string;
  title: string;
  detail?: string | undefined;
  errors?: FieldProblem[] | undefined;
  requestId?: string | undefined;
  /** The 终本 gate's unmet conditions (termination-conditions-unmet), each with what would meet it. */
  unmet?: { condition: string; detail: string }[] | undefined;
};

export class ApiError extends Error implements Problem {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[] | undefined;
  readonly requestId: string | undefined;
  readonly unmet: { condition: string; detail: string }[] | undefined;

  constructor(p: Problem) {
    super(p.detail ? `${p.title}：${p.detail}` : p.title);
    this.name = 'ApiError';
    this.status = p.status;
    this.code = p.code;
    this.title = p.title;
    this.detail = p.detail;
    this.errors = p.errors;
    this.requestId = p.requestId;
    this.unmet = p.unmet;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export const client = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json, application/problem+json' },
});

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The success body of a request, or the server's problem thrown as ApiError. */
export async function unwrap<T>(request: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch {
    throw new ApiError({ status: 0, code: 'network-error', title: '无法连接服务器', detail: '请检查网络连接后重试' });
  }
  if (answer.response.ok) return answer.data as T;
  throw new ApiError(problemFrom(answer.response, answer.error));
}

/** A query without the fields left empty in a form: an empty filter is no filter. */
export function withoutEmpty<T extends Record<string, unknown>>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}

// Only when no problem+json came back at all (a proxy's error page, a dropped connection).
const fallbackTitles: Record<number, string> = {
  413: '请求内容过大',
  502: '服务器暂时不可用',
  503: '服务器暂时不可用',
  504: '服务器响应超时',
};

function problemFrom(response: Response, data: unknown): Problem {
  const o = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const status = response.status;
  return {
    status,
    code: str(o.code) ?? `http-${status}`,
    title: str(o.title) ?? fallbackTitles[status] ?? `请求失败（${status}）`,
    detail: str(o.detail),
    errors: Array.isArray(o.errors) ? (o.errors as FieldProblem[]) : undefined,
    unmet: Array.isArray(o.unmet) ? (o.unmet as { condition: string; detail: string }[]) : undefined,
    requestId: str(o.requestId) ?? response.headers.get('x-request-id') ?? undefined,
  };
}

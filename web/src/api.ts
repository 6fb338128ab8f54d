// The one fetch wrapper: same-origin cookies, JSON in and out, problem+json errors as ApiError.
export type FieldProblem = { field: string; code: string; message: string };

export type Problem = {
  status: number;
  code: string;
  title: string;
  detail?: string | undefined;
  errors?: FieldProblem[] | undefined;
};

export class ApiError extends Error implements Problem {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[] | undefined;

  constructor(p: Problem) {
    super(p.detail ? `${p.title}：${p.detail}` : p.title);
    this.name = 'ApiError';
    this.status = p.status;
    this.code = p.code;
    this.title = p.title;
    this.detail = p.detail;
    this.errors = p.errors;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

const BASE = '/api/v1';

type Options = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
};

export async function api<T>(path: string, opts: Options = {}): Promise<T> {
  const url = new URL(BASE + path, window.location.origin);
  for (const [k, v] of Object.entries(opts.query ?? {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  }
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, {
      method: opts.method ?? (opts.body === undefined ? 'GET' : 'POST'),
      credentials: 'same-origin',
      headers,
      body: opts.body === undefined ? null : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network-error', title: '无法连接服务器', detail: '请检查网络连接后重试' });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (res.ok) return data as T;
  throw new ApiError(problemFrom(res.status, data));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const fallbackTitles: Record<number, string> = {
  400: '请求内容不符合要求',
  401: '请先登录',
  403: '无权执行此操作',
  404: '未找到',
  409: '操作冲突',
  422: '提交的内容有误',
  423: '账户已锁定',
  500: '服务器内部错误',
  502: '服务器暂时不可用',
  503: '服务器暂时不可用',
};

function problemFrom(status: number, data: unknown): Problem {
  const o = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    status,
    code: str(o.code) ?? `http-${status}`,
    title: str(o.title) ?? fallbackTitles[status] ?? `请求失败（${status}）`,
    detail: str(o.detail),
    errors: Array.isArray(o.errors) ? (o.errors as FieldProblem[]) : undefined,
  };
}

import { ruleErrorCodes, ruleErrorTitles, type RuleErrorCode } from '../rules/errors.ts';

// The one table from stable error code to HTTP status and Chinese title. Every expected
// failure of a use case is one of these codes; anything else is a bug and answers 500.
const appErrors = {
  'validation-failed': [400, '请求内容不符合要求'],
  'invalid-json': [400, '请求内容不是合法的 JSON'],
  unauthenticated: [401, '请先登录'],
  'invalid-credentials': [401, '用户名或密码错误'],
  forbidden: [403, '无权执行此操作'],
  'not-found': [404, '未找到'],
  'case-not-found': [404, '案件不存在'],
  'court-not-found': [404, '法院不存在'],
  'user-not-found': [404, '用户不存在'],
  'illegal-transition': [409, '案件当前状态不允许此操作'],
  'closure-not-allowed': [409, '案件当前状态不允许以该方式结案'],
  'resumption-not-allowed': [409, '该案件不能恢复执行'],
  'stale-version': [409, '案件已被他人修改，请刷新后重试'],
  'duplicate-case-number': [409, '案号已存在'],
  'duplicate-username': [409, '用户名已存在'],
  'account-locked': [423, '登录失败次数过多，账户已暂时锁定'],
  'unknown-court': [422, '法院代字不存在'],
  'court-out-of-scope': [403, '不能在辖区以外的法院立案'],
  'invalid-id-number': [422, '身份证号码不正确'],
  'invalid-credit-code': [422, '统一社会信用代码不正确'],
  'invalid-money': [422, '金额格式不正确'],
  'invalid-date-value': [422, '日期不正确'],
  'deadline-before-effective': [422, '履行期限不能早于生效日期'],
  'filed-before-effective': [422, '立案日期不能早于执行依据生效日期'],
  'date-in-future': [422, '日期不能晚于今天'],
  'closed-before-filed': [422, '结案日期不能早于立案日期'],
  'party-required': [422, '至少需要一名申请执行人和一名被执行人'],
  'obligation-required': [422, '执行依据至少需要一项义务'],
  'officer-invalid': [422, '承办人不是本院执行人员'],
  'unknown-calculator': [404, '没有这个计算器'],
  'invalid-cursor': [400, '分页游标无效'],
  internal: [500, '服务器内部错误'],
} as const satisfies Record<string, readonly [number, string]>;

export type AppErrorCode = keyof typeof appErrors;
export type ErrorCode = AppErrorCode | RuleErrorCode;

const ruleTitles: Record<RuleErrorCode, string> = Object.fromEntries(
  ruleErrorCodes.map((c) => [c, ruleErrorTitles[c] ?? '计算参数不正确']),
) as Record<RuleErrorCode, string>;

export function statusOf(code: ErrorCode): number {
  return code in appErrors ? appErrors[code as AppErrorCode][0] : 422;
}

export function titleOf(code: ErrorCode): string {
  return code in appErrors ? appErrors[code as AppErrorCode][1] : ruleTitles[code as RuleErrorCode];
}

export const allErrorCodes = (): string[] => [...Object.keys(appErrors), ...ruleErrorCodes];

/** An expected failure, as a value. */
export type Failure = { ok: false; code: ErrorCode; detail?: string; errors?: FieldError[] };
export type FieldError = { field: string; code: string; message: string };
export type Result<T> = { ok: true; value: T } | Failure;

export const failure = (code: ErrorCode, detail?: string, errors?: FieldError[]): Failure => ({
  ok: false,
  code,
  ...(detail !== undefined ? { detail } : {}),
  ...(errors ? { errors } : {}),
});
export const success = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Thrown inside a transaction to roll it back with an expected failure; caught at the use-case edge. */
export class Rollback extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

export function problemOf(f: Failure, instance?: string) {
  return {
    type: `urn:zhixing:problem:${f.code}`,
    title: titleOf(f.code),
    status: statusOf(f.code),
    code: f.code,
    ...(f.detail ? { detail: f.detail } : {}),
    ...(f.errors ? { errors: f.errors } : {}),
    ...(instance ? { instance } : {}),
  };
}

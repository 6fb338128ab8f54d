// Stable codes for malformed or out-of-domain calculator input. Every one maps to HTTP 422.
// Add a code here when a rule needs a new one; the HTTP table picks them all up.
export const ruleErrorCodes = [
  'invalid-input',
  'invalid-date',
  'invalid-amount',
  'calendar-year-missing',
  'period-length-invalid',
  'deadline-before-effective',
  'starting-price-below-minimum',
  'unknown-asset-kind',
  'unknown-ground',
  'claims-invalid',
  'overpayment',
  'until-before-deadline',
  'payment-after-until',
  'date-order-invalid',
  'seizure-rank-missing',
  'extension-out-of-range',
  'calendar-data-invalid',
] as const;
export type RuleErrorCode = (typeof ruleErrorCodes)[number];

// ---- Chinese titles of rule errors that are not a matter of wrong input (reference data) ----
// Every other rule code is titled 计算参数不正确.
export const ruleErrorTitles: Partial<Record<RuleErrorCode, string>> = {
  'calendar-year-missing': '缺少该年度的法定节假日安排',
  'calendar-data-invalid': '节假日日历数据有误',
};

export type RuleFailure = { ok: false; code: RuleErrorCode; detail: string };
export type RuleResult<T> = { ok: true; value: T } | RuleFailure;

export const fail = (code: RuleErrorCode, detail: string): RuleFailure => ({ ok: false, code, detail });
export const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });

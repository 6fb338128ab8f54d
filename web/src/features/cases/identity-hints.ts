import { validateCreditCode, validateResidentId, type IdentityErrorCode } from '../../../../src/rules/identity.ts';

// What the filing form says about an identity number before it is sent: the check itself is the
// server's rule (src/rules/identity.ts, GB 11643 and GB 32100); these are only its words for a clerk.

const residentIdWords: Record<IdentityErrorCode, string> = {
  'bad-length': '身份证号码应为18位',
  'bad-characters': '身份证号码只能由数字和末位 X 组成',
  'legacy-15-digit': '15位旧身份证号码须换为18位号码',
  'bad-region': '身份证号码的地址码不正确',
  'bad-birth-date': '身份证号码中的出生日期不正确',
  'checksum-mismatch': '身份证号码校验位不正确',
};

const creditCodeWords: Record<IdentityErrorCode, string> = {
  'bad-length': '统一社会信用代码格式不正确',
  'bad-characters': '统一社会信用代码格式不正确',
  'legacy-15-digit': '统一社会信用代码格式不正确',
  'bad-region': '统一社会信用代码中的行政区划码不正确',
  'bad-birth-date': '统一社会信用代码格式不正确',
  'checksum-mismatch': '统一社会信用代码格式不正确（校验位不符）',
};

/** A Chinese message when the resident ID is wrong, null when the rule accepts it. */
export function residentIdProblem(value: string): string | null {
  const r = validateResidentId(value);
  return r.valid ? null : residentIdWords[r.errors[0]!];
}

/** A Chinese message when the unified social credit code is wrong, null when the rule accepts it. */
export function creditCodeProblem(value: string): string | null {
  const r = validateCreditCode(value);
  return r.valid ? null : creditCodeWords[r.errors[0]!];
}

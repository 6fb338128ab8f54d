// Client-side checks of parties' identity numbers, so that a clerk sees a typo before submitting.
// The server checks again (src/rules/identity.ts); these only catch what a form can catch.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** Normalises what people type: spaces dropped, full-width folded, x → X. */
export function normalizeIdentity(value: string): string {
  return value
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** GB 11643 check character: ISO 7064 MOD 11-2 over the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

/** A Chinese message when the resident ID is wrong, null when it is well-formed. */
export function residentIdProblem(value: string): string | null {
  const v = normalizeIdentity(value);
  if (v.length !== 18) return '身份证号码应为18位';
  if (!/^\d{17}[\dX]$/.test(v)) return '身份证号码只能由数字和末位 X 组成';
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1850 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return '身份证号码中的出生日期不正确';
  if (residentIdCheckChar(v) !== v[17]) return '身份证号码校验位不正确';
  return null;
}

// GB 32100: 31 characters, without I, O, S, V, Z.
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CREDIT_ALPHABET.indexOf(first17[i]!) * CREDIT_WEIGHTS[i]!;
  const value = 31 - (sum % 31);
  return CREDIT_ALPHABET[value === 31 ? 0 : value]!;
}

/** A Chinese message when the unified social credit code is wrong, null when it is well-formed. */
export function creditCodeProblem(value: string): string | null {
  const v = normalizeIdentity(value);
  if (v.length !== 18 || ![...v].every((c) => CREDIT_ALPHABET.includes(c))) return '统一社会信用代码格式不正确';
  if (creditCodeCheckChar(v) !== v[17]) return '统一社会信用代码格式不正确（校验位不符）';
  return null;
}

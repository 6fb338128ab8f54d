import { failure, type Failure } from '../shared/result.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './access.types.ts';

// The password policy of every account, whoever sets the password (NIST SP 800-63B §5.1.1.2: a
// length floor, no composition rules, no reuse of what is known about the account).

/** Why this password may not be set for this account, or null when it may. */
export function passwordProblem(password: string, account: { username: string }): Failure | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return failure('weak-password', `密码至少 ${MIN_PASSWORD_LENGTH} 位`);
  if (length > MAX_PASSWORD_LENGTH) return failure('weak-password', `密码最多 ${MAX_PASSWORD_LENGTH} 位`);
  if (password.trim() !== password) return failure('weak-password', '密码首尾不能有空格');
  if (password.toLowerCase() === account.username.toLowerCase()) return failure('weak-password', '密码不能与用户名相同');
  if (new Set(password).size < 3) return failure('weak-password', '密码过于简单：至少包含 3 个不同的字符');
  return null;
}

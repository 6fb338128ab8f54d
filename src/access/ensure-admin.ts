import { randomBytes } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { systemPrincipal } from './system-principal.ts';
import { createUser } from './create-user.ts';
import { hasAnyUser } from './access.repo.ts';

/** On an empty database, creates `admin` (whole country) with ZHIXING_ADMIN_PASSWORD or a generated password printed once. */
export async function ensureAdmin(ctx: AppContext, print: (line: string) => void): Promise<void> {
  if (await hasAnyUser(ctx.db)) return;
  const password = ctx.config.adminPassword ?? randomBytes(12).toString('base64url');
  const created = await createUser(ctx, systemPrincipal(ctx, '系统'), {
    username: 'admin',
    displayName: '系统管理员',
    password,
    role: 'administrator',
    courtCode: '最高法',
    scope: 'subtree',
  });
  if (!created.ok) throw new Error(`cannot create admin: ${created.code}`);
  if (!ctx.config.adminPassword) print(`已创建管理员账户 admin，初始密码（仅显示一次）：${password}`);
}

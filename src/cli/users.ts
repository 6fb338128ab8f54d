import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { createUser } from '../access/create-user.ts';
import { roles, type Role } from '../access/access.types.ts';
import { systemPrincipal } from '../access/system-principal.ts';
import { resetPassword } from '../access/reset-password.ts';
import { setUserDisabled } from '../access/user-status.ts';
import { userIdByUsername } from '../access/user-lookup.ts';
import type { AppContext } from '../platform/context.ts';
import type { Result } from '../shared/result.ts';

// Runs one change to an account named by its username, as the system, and prints what happened.
async function onAccount(username: string, change: (app: AppContext, id: string) => Promise<Result<unknown>>, done: string) {
  const app = await openApp();
  try {
    const id = await userIdByUsername(app, username);
    if (!id) throw new Error(`user-not-found：没有用户名为 ${username} 的用户`);
    const r = await change(app, id);
    if (!r.ok) throw new Error(`${r.code}${r.detail ? `：${r.detail}` : ''}`);
    console.log(done);
  } finally {
    await app.close();
  }
}

export function usersCommand(): Command {
  const users = new Command('users').description('用户');
  users
    .command('create')
    .description('新建用户')
    .requiredOption('--username <name>')
    .requiredOption('--name <displayName>')
    .requiredOption('--role <role>', roles.join('|'))
    .requiredOption('--court <code>', '法院代字')
    .option('--subtree', '可查看该法院及下级法院的案件')
    .option('--party-identity <id>', '当事人账户绑定的身份证号码或统一社会信用代码')
    .option('--institution <code>', '协助执行单位账户（--role institution）所属单位的代码，如 sandbox-icbc')
    .requiredOption('--password <password>')
    .action(
      async (o: {
        username: string;
        name: string;
        role: string;
        court: string;
        subtree?: boolean;
        partyIdentity?: string;
        institution?: string;
        password: string;
      }) => {
        const app = await openApp();
        const r = await createUser(app, systemPrincipal(app, '命令行'), {
          username: o.username,
          displayName: o.name,
          password: o.password,
          role: o.role as Role,
          courtCode: o.court,
          scope: o.subtree ? 'subtree' : 'court',
          partyIdentity: o.partyIdentity ?? null,
          institutionCode: o.institution ?? null,
        });
        await app.close();
        if (!r.ok) throw new Error(`${r.code}${r.detail ? `：${r.detail}` : ''}`);
        console.log(`已创建用户 ${o.username}`);
      },
    );
  users
    .command('reset-password')
    .description('为用户设置临时密码（其会话全部结束，下次登录后须先修改密码）')
    .requiredOption('--username <name>')
    .requiredOption('--password <password>', '临时密码')
    .action(async (o: { username: string; password: string }) =>
      onAccount(
        o.username,
        (app, id) => resetPassword(app, systemPrincipal(app, '命令行'), id, o.password),
        `已为 ${o.username} 设置临时密码`,
      ),
    );
  for (const [name, disabled, title] of [
    ['disable', true, '停用用户（其会话立即结束）'],
    ['enable', false, '启用用户'],
  ] as const)
    users
      .command(name)
      .description(title)
      .requiredOption('--username <name>')
      .action(async (o: { username: string }) =>
        onAccount(
          o.username,
          (app, id) => setUserDisabled(app, systemPrincipal(app, '命令行'), id, disabled),
          `已${disabled ? '停用' : '启用'}用户 ${o.username}`,
        ),
      );
  return users;
}

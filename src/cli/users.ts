import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { createUser } from '../access/create-user.ts';
import { roles, type Role } from '../access/access.types.ts';
import { systemPrincipal } from '../access/system-principal.ts';

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
    .requiredOption('--password <password>')
    .action(
      async (o: {
        username: string;
        name: string;
        role: string;
        court: string;
        subtree?: boolean;
        partyIdentity?: string;
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
        });
        await app.close();
        if (!r.ok) throw new Error(`${r.code}${r.detail ? `：${r.detail}` : ''}`);
        console.log(`已创建用户 ${o.username}`);
      },
    );
  return users;
}

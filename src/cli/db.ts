import { Command } from 'commander';
import { openApp, ensureAdmin } from '../platform/bootstrap.ts';
import { seedDemo } from '../demo/seed.ts';

export function dbCommand(): Command {
  const db = new Command('db').description('数据库');
  db.command('migrate')
    .description('执行数据库迁移（仅向前）并同步法院名录')
    .action(async () => {
      const app = await openApp();
      console.log(`数据库已迁移到最新版本（${app.handle.kind}），法院 ${app.courts.all.length} 个`);
      await app.close();
    });
  return db;
}

export function seedCommand(): Command {
  return new Command('seed')
    .description('载入演示数据（空库时）')
    .option('--count <n>', '案件数', '3000')
    .action(async (opts: { count: string }) => {
      const app = await openApp();
      await ensureAdmin(app, (line) => console.log(line));
      const r = await seedDemo(app, { count: Number(opts.count), log: (s) => process.stdout.write(`\r${s}`) });
      console.log(r.cases ? `\n已载入 ${r.cases} 件案件、${r.users} 个演示账户` : '数据库已有案件，未载入演示数据');
      await app.close();
    });
}

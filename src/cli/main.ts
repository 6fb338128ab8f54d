import { Command } from 'commander';
import { serveCommand } from './serve.ts';
import { dbCommand, seedCommand } from './db.ts';
import { importCommand } from './import.ts';
import { exportCommand } from './export.ts';
import { auditCommand } from './audit.ts';
import { rulesCommand } from './rules.ts';
import { usersCommand } from './users.ts';
import { calendarCommand } from './calendar.ts';
import { outboxCommand } from './outbox.ts';

const program = new Command('zhixing').description('Zhixing 执行 — 人民法院执行案件管理平台').showHelpAfterError();
for (const cmd of [
  serveCommand(),
  dbCommand(),
  seedCommand(),
  importCommand(),
  exportCommand(),
  auditCommand(),
  rulesCommand(),
  usersCommand(),
  calendarCommand(),
  outboxCommand(),
])
  program.addCommand(cmd);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

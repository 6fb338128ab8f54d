import { Command } from 'commander';
import { serveCommand } from './serve.ts';
import { dbCommand, seedCommand } from './db.ts';
import { importCommand } from './import.ts';
import { exportCommand } from './export.ts';
import { auditCommand } from './audit.ts';
import { rulesCommand } from './rules.ts';
import { usersCommand } from './users.ts';
import { calendarCommand } from './calendar.ts';
import { sweepCommand } from './sweep.ts';
import { outboxCommand } from './outbox.ts';
import { sessionsCommand } from './sessions.ts';
import { fundsCommand } from './funds.ts';
import { creditCommand } from './credit.ts';
import { speakChinese } from './chinese.ts';
import { packageVersion } from './version.ts';

/** The `zhixing` command with every subcommand; built afresh for each run (tests run it in-process). */
export function buildProgram(): Command {
  const program = new Command('zhixing')
    .description('Zhixing 执行 — 人民法院执行案件管理平台')
    .version(packageVersion(), '-V, --version', '显示版本号');
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
    sweepCommand(),
    outboxCommand(),
    sessionsCommand(),
    fundsCommand(),
    creditCommand(),
  ])
    program.addCommand(cmd);
  return speakChinese(program);
}

/** Runs the command line as a program: parses process.argv, exits non-zero on an unexpected error. */
export function runMain(): void {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

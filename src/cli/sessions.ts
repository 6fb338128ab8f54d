import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { purgeExpiredSessions } from '../access/purge-sessions.ts';

export function sessionsCommand(): Command {
  const sessions = new Command('sessions').description('会话');
  sessions
    .command('purge')
    .description('删除已过期或已退出的会话')
    .action(async () => {
      const app = await openApp();
      try {
        const r = await purgeExpiredSessions(app);
        if (!r.ok) throw new Error(r.code);
        console.log(`已删除 ${r.value.purged} 个过期或已退出的会话`);
      } finally {
        await app.close();
      }
    });
  return sessions;
}

import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { verifyAuditChains } from '../audit/verify-chain.ts';

const problems = {
  'content-altered': '内容或顺序被改动',
  missing: '缺失（被删除）',
  'out-of-order': '顺序错乱',
  'head-mismatch': '链头不符',
};

export function auditCommand(): Command {
  const audit = new Command('audit').description('审计');
  audit
    .command('verify')
    .description('校验每个法院的审计事件哈希链；发现篡改时以非零状态退出并指出第一个被改动的事件')
    .action(async () => {
      const app = await openApp({ maintain: false });
      const report = await verifyAuditChains(app.db);
      await app.close();
      if (report.breaks.length === 0) {
        console.log(`审计链完整：${report.courts} 个法院，${report.events} 个事件`);
        return;
      }
      for (const b of report.breaks) {
        console.error(`审计链断裂：法院 ${b.courtCode} 第 ${b.seq} 号事件${b.eventId ? `（${b.eventId}）` : ''}${problems[b.problem]}`);
      }
      process.exitCode = 1;
    });
  return audit;
}

import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { trailOptions, verifyAuditTrail } from '../audit/verify-trail.ts';
import { checkpointChains } from '../audit/checkpoint.ts';
import type { ChainProblem } from '../audit/verify-chain.ts';

const problems: Record<ChainProblem, string> = {
  'content-altered': '内容或顺序被改动',
  missing: '缺失（被删除）',
  'out-of-order': '顺序错乱',
  'head-mismatch': '链头不符',
  truncated: '之后的事件被截去，链头被移回',
  'chain-vanished': '整条链连同链头被删除',
  'checkpoint-mismatch': '与签名检查点不符（检查点之后链被改写）',
  'checkpoint-forged': '签名检查点的签名无效',
  'checkpoint-missing': '签名检查点缺失',
  'checkpoint-stale': '签名检查点过旧（较新的检查点可能被删除）',
};

export function auditCommand(): Command {
  const audit = new Command('audit').description('审计');
  audit
    .command('verify')
    .description('校验每个法院的审计事件哈希链及其签名检查点，并按事件重演每件案件、与案件数据比对；发现问题时以非零状态退出并逐一指出')
    .action(async () => {
      const app = await openApp({ maintain: false });
      const report = await verifyAuditTrail(app.db, trailOptions(app)).finally(() => app.close());
      for (const b of report.breaks) {
        const where = b.courtCode ? `法院 ${b.courtCode} 第 ${b.seq} 号事件${b.eventId ? `（${b.eventId}）` : ''}` : '';
        console.error(`审计链断裂：${where}${problems[b.problem]}${b.detail ? `：${b.detail}` : ''}`);
      }
      for (const m of report.cases.mismatches) {
        const court = app.courts.byId(m.courtId)?.code ?? m.courtId;
        console.error(`案件数据与事件不符：法院 ${court} 案件 ${m.caseNumber}（${m.caseId}）${m.field} 为 ${m.row}，按事件应为 ${m.events}`);
      }
      const cp = report.checkpoints;
      const signed = !app.auditKey
        ? '，未配置审计签名密钥，检查点的签名未校验'
        : cp.count
          ? `，签名检查点 ${cp.count} 个（最新 ${cp.newestAt}）`
          : '，尚无签名检查点';
      if (report.ok) console.log(`审计链完整：${report.courts} 个法院，${report.events} 个事件；案件 ${report.cases.checked} 件与事件一致${signed}`);
      else process.exitCode = 1;
    });
  audit
    .command('checkpoint')
    .description('为每个链头有变动的法院签名一个检查点（服务运行时也定时签名）；链头回退或消失时不签名并以非零状态退出')
    .action(async () => {
      const app = await openApp();
      const r = await checkpointChains(app).finally(() => app.close());
      if (!r.ok) throw new Error(`[${r.code}] 未配置审计签名密钥：请以 ZHIXING_AUDIT_KEY_FILE 指定 Ed25519 私钥文件`);
      for (const p of r.value.problems) console.error(`未签名：法院 ${p.courtCode} ${p.detail}`);
      console.log(`已签名检查点：${r.value.signed} 个法院的链头（${r.value.unchanged} 个未变）`);
      if (r.value.newest) console.log(`最新检查点：第 ${r.value.newest.n} 号，签名 ${r.value.newest.signature}`);
      if (r.value.problems.length) process.exitCode = 1;
    });
  return audit;
}

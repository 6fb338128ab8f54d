import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { trailOptions, verifyAuditTrail } from '../audit/verify-trail.ts';
import { checkpointChains } from '../audit/checkpoint.ts';
import { replayFieldNames } from '../cases/replay-cases.ts';
import type { ChainBreak, ChainProblem } from '../audit/verify-chain.ts';

// How each break is named: of one event, of a court's whole chain, or of the checkpoints.
const problems: Record<ChainProblem, [scope: 'event' | 'chain' | 'checkpoints', text: string]> = {
  'content-altered': ['event', '内容或顺序被改动'],
  missing: ['event', '缺失（被删除）'],
  'out-of-order': ['event', '顺序错乱'],
  'head-mismatch': ['event', '链头不符'],
  truncated: ['event', '起的事件被截去，链头被移回'],
  'chain-vanished': ['chain', '的整条审计链连同链头被删除'],
  'checkpoint-mismatch': ['event', '与签名检查点不符（检查点之后链被改写）'],
  'checkpoint-forged': ['checkpoints', '签名检查点的签名无效'],
  'checkpoint-missing': ['checkpoints', '签名检查点缺失'],
  'checkpoint-stale': ['checkpoints', '签名检查点过旧（较新的检查点可能被删除）'],
};

export function describeBreak(b: ChainBreak): string {
  const [scope, text] = problems[b.problem];
  const where =
    scope === 'event'
      ? `法院 ${b.courtCode} 第 ${b.seq} 号事件${b.eventId ? `（${b.eventId}）` : ''}`
      : scope === 'chain'
        ? `法院 ${b.courtCode} `
        : '';
  return `审计链断裂：${where}${text}${b.detail ? `：${b.detail}` : ''}`;
}

export function auditCommand(): Command {
  const audit = new Command('audit').description('审计');
  audit
    .command('verify')
    .description('校验每个法院的审计事件哈希链及其签名检查点，并按事件重演每件案件、与案件数据比对；发现问题时以非零状态退出并逐一指出')
    .action(async () => {
      const app = await openApp({ maintain: false });
      const report = await verifyAuditTrail(app.db, trailOptions(app)).finally(() => app.close());
      for (const b of report.breaks) console.error(describeBreak(b));
      for (const m of report.cases.mismatches) {
        const court = app.courts.byId(m.courtId)?.code ?? m.courtId;
        const which = `案件数据与事件不符：法院 ${court} 案件 ${m.caseNumber}（${m.caseId}）`;
        const field = `${replayFieldNames[m.field] ?? m.field}（${m.field}）`;
        // The case row or its events as a whole: one of them is missing.
        if (m.field === 'events' || m.field === 'cases') console.error(`${which}：数据中${m.row}，事件中${m.events}`);
        else console.error(`${which}的${field}为 ${m.row}，按事件应为 ${m.events}`);
      }
      const cp = report.checkpoints;
      const signed = !app.auditKey
        ? '，未配置审计签名密钥，检查点的签名未校验'
        : cp.count
          ? `，签名检查点 ${cp.count} 个（最新 ${cp.newestAt}）`
          : '，尚无签名检查点';
      if (report.ok)
        console.log(`审计链完整：${report.courts} 个法院，${report.events} 个事件；案件 ${report.cases.checked} 件与事件一致${signed}`);
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

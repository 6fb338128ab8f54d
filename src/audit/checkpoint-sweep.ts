import type { AppContext } from '../platform/context.ts';
import { checkpointChains } from './checkpoint.ts';

// The server signs checkpoints on a beat (config: audit.checkpointMinutes), once at start and once
// more when it stops, so that what it wrote is covered before anyone else opens the database.
export function startCheckpointSweep(ctx: AppContext, log: (line: string) => void): { stop(): Promise<void> } {
  if (!ctx.auditKey?.privateKey) {
    log('未配置审计签名密钥（ZHIXING_AUDIT_KEY_FILE）：不签名检查点，审计链被截断或整条删除时将无法发现（见 docs/adr/0030）');
    return { stop: async () => {} };
  }
  let running: Promise<void> = Promise.resolve();
  const run = () =>
    (running = running.then(async () => {
      try {
        const r = await checkpointChains(ctx);
        if (!r.ok) return;
        for (const p of r.value.problems) log(`审计检查点未签名：法院 ${p.courtCode} ${p.detail}`);
        // Kept in the log, outside the database: the newest checkpoint cannot then be removed unseen.
        if (r.value.signed && r.value.newest) log(`审计检查点：第 ${r.value.newest.n} 号，签名 ${r.value.newest.signature}`);
      } catch (error) {
        // The database away, most likely: the next beat tries again.
        log(`审计检查点签名失败：${error instanceof Error ? error.message : String(error)}`);
      }
    }));
  void run();
  const timer = setInterval(() => void run(), Math.max(1, ctx.config.audit.checkpointMinutes) * 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await run();
    },
  };
}

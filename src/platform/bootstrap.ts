import { setPoolEntryDays } from '../dormant/enter-pool.ts';
import { openDatabase } from '../db/connection.ts';
import { setTerminationOptions } from '../termination/termination-settings.ts';
import { migrateToLatest, pendingMigrations } from '../db/migrate.ts';
import { ensureCourts } from '../courts/ensure-courts.ts';
import { loadCourtDirectory } from '../courts/court-directory.ts';
import { flushPersonalDataReads } from '../access/personal-data-log.ts';
import { systemClock, type Clock } from './clock.ts';
import { loadConfig, type Config } from './config.ts';
import { setAssetSearchDays, setFundsDeadlineDays } from '../deadlines/registry.ts';
import { setFindReviewDays } from '../deadlines/dormant-find-node.ts';
import { setDisciplinePolicy, setRelistingBarMonths, setRestorationPolicy, setRestrictOnListing } from '../credit/credit-settings.ts';
import type { AppContext } from './context.ts';
import { loadStatutoryCalendar } from './statutory-calendar.ts';
import { auditKeyFor } from '../audit/signing-key.ts';

export { ensureAdmin } from '../access/ensure-admin.ts';

export class SchemaBehind extends Error {
  constructor(readonly pending: string[]) {
    super(`数据库结构不是最新版本（尚未执行迁移 ${pending.join('、')}）；请先运行 zhixing db migrate，或启动服务`);
  }
}

/**
 * Opens the database, migrates it and brings the court registry up to date, then loads the court
 * tree: the start of every command. `maintain: false` (commands that only read) changes nothing:
 * no migration, no court synchronisation, no new PGlite folder; a schema that is behind stops it.
 */
export async function openApp(
  opts: { config?: Config; clock?: Clock; dataDir?: string; loadDataDir?: Blob; maintain?: boolean; notice?: (line: string) => void } = {},
): Promise<AppContext & { close(): Promise<void> }> {
  const config = opts.config ?? loadConfig();
  setAssetSearchDays(config.documents.assetSearchDays);
  setPoolEntryDays(config.documents.dormantEntryDays);
  setFindReviewDays(config.documents.dormantFindReviewDays);
  setFundsDeadlineDays(config.funds);
  setRelistingBarMonths(config.credit.relistingBarMonths);
  setRestrictOnListing(config.credit.restrictOnListing);
  setRestorationPolicy({ grounds: config.credit.restorationGrounds, commitmentMinLength: config.credit.restorationCommitmentMin });
  setDisciplinePolicy(config.discipline);
  setTerminationOptions(config.termination);
  const maintain = opts.maintain ?? true;
  const handle = await openDatabase({
    url: config.databaseUrl,
    dataDir: opts.dataDir ?? config.dataDir,
    timeouts: config.database,
    existing: !maintain,
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
  const clock = opts.clock ?? systemClock;
  if (maintain) {
    await migrateToLatest(handle.read);
    await ensureCourts(handle, clock.now());
  } else {
    const pending = await pendingMigrations(handle.read).catch(async (error: unknown) => {
      await handle.close();
      throw error;
    });
    if (pending.length) {
      await handle.close();
      throw new SchemaBehind(pending);
    }
  }
  const courts = await loadCourtDirectory(handle.read);
  const calendar = await loadStatutoryCalendar(handle.read);
  const dataDir = opts.dataDir ?? config.dataDir;
  const auditKey = auditKeyFor(
    {
      keyFile: config.audit.keyFile,
      dataDir: handle.kind === 'pglite' && !dataDir.startsWith('memory://') ? dataDir : null,
      create: maintain,
    },
    opts.notice ?? ((line) => process.stderr.write(`${line}\n`)),
  );
  const ctx: AppContext = { handle, db: handle.read, courts, clock, config, calendar, auditKey };
  const close = async () => {
    // Logged reads still queued are stored before the database closes.
    try {
      await flushPersonalDataReads(ctx);
    } finally {
      await handle.close();
    }
  };
  return { ...ctx, close };
}

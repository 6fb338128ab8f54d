import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureCourts } from '../courts/ensure-courts.ts';
import { loadCourtDirectory } from '../courts/court-directory.ts';
import { flushPersonalDataReads } from '../access/personal-data-log.ts';
import { systemClock, type Clock } from './clock.ts';
import { loadConfig, type Config } from './config.ts';
import type { AppContext } from './context.ts';
import { loadStatutoryCalendar } from './statutory-calendar.ts';

export { ensureAdmin } from '../access/ensure-admin.ts';

/** Opens the database, migrates it and loads the court tree: the start of every command. */
export async function openApp(
  opts: { config?: Config; clock?: Clock; dataDir?: string; loadDataDir?: Blob } = {},
): Promise<AppContext & { close(): Promise<void> }> {
  const config = opts.config ?? loadConfig();
  const handle = await openDatabase({
    url: config.databaseUrl,
    dataDir: opts.dataDir ?? config.dataDir,
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
  await migrateToLatest(handle.read);
  const clock = opts.clock ?? systemClock;
  await ensureCourts(handle, clock.now());
  const courts = await loadCourtDirectory(handle.read);
  const calendar = await loadStatutoryCalendar(handle.read);
  const ctx: AppContext = { handle, db: handle.read, courts, clock, config, calendar };
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

import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureCourts } from '../courts/ensure-courts.ts';
import { loadCourtDirectory } from '../courts/court-directory.ts';
import { systemClock, type Clock } from './clock.ts';
import { loadConfig, type Config } from './config.ts';
import type { AppContext } from './context.ts';
import { loadStatutoryCalendar } from './statutory-calendar.ts';

export { ensureAdmin } from '../access/ensure-admin.ts';

/** Opens the database, migrates it and loads the court tree: the start of every command. */
export async function openApp(
  opts: { config?: Config; clock?: Clock; dataDir?: string } = {},
): Promise<AppContext & { close(): Promise<void> }> {
  const config = opts.config ?? loadConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: opts.dataDir ?? config.dataDir, timeouts: config.database });
  await migrateToLatest(handle.read);
  await ensureCourts(handle);
  const courts = await loadCourtDirectory(handle.read);
  const calendar = await loadStatutoryCalendar(handle.read);
  const ctx: AppContext = { handle, db: handle.read, courts, clock: opts.clock ?? systemClock, config, calendar };
  return { ...ctx, close: () => handle.close() };
}

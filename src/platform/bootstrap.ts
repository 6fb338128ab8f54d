import { randomBytes } from 'node:crypto';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureCourts } from '../courts/ensure-courts.ts';
import { loadCourtDirectory } from '../courts/court-directory.ts';
import { createUser } from '../access/create-user.ts';
import { flushPersonalDataReads } from '../access/personal-data-log.ts';
import { systemActor } from '../audit/audit.types.ts';
import { systemClock, type Clock } from './clock.ts';
import { loadConfig, type Config } from './config.ts';
import type { AppContext } from './context.ts';
import { loadStatutoryCalendar } from './statutory-calendar.ts';

/** Opens the database, migrates it and loads the court tree: the start of every command. */
export async function openApp(
  opts: { config?: Config; clock?: Clock; dataDir?: string } = {},
): Promise<AppContext & { close(): Promise<void> }> {
  const config = opts.config ?? loadConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: opts.dataDir ?? config.dataDir });
  await migrateToLatest(handle.db);
  await ensureCourts(handle.db);
  const courts = await loadCourtDirectory(handle.db);
  const calendar = await loadStatutoryCalendar(handle.db);
  const ctx: AppContext = { handle, db: handle.db, courts, clock: opts.clock ?? systemClock, config, calendar };
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

/** On an empty database, creates `admin` (whole country) with ZHIXING_ADMIN_PASSWORD or a generated password printed once. */
export async function ensureAdmin(ctx: AppContext, print: (line: string) => void): Promise<void> {
  const any = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const password = ctx.config.adminPassword ?? randomBytes(12).toString('base64url');
  const created = await createUser(ctx, systemActor, {
    username: 'admin',
    displayName: '系统管理员',
    password,
    role: 'administrator',
    courtCode: '最高法',
    scope: 'subtree',
  });
  if (!created.ok) throw new Error(`cannot create admin: ${created.code}`);
  if (!ctx.config.adminPassword) print(`已创建管理员账户 admin，初始密码（仅显示一次）：${password}`);
}

import { randomBytes } from 'node:crypto';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureCourts } from '../courts/ensure-courts.ts';
import { loadCourtDirectory } from '../courts/court-directory.ts';
import { createUser } from '../access/create-user.ts';
import { hasAnyUser } from '../access/access.repo.ts';
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
  await migrateToLatest(handle.read);
  await ensureCourts(handle);
  const courts = await loadCourtDirectory(handle.read);
  const calendar = await loadStatutoryCalendar(handle.read);
  const ctx: AppContext = { handle, db: handle.read, courts, clock: opts.clock ?? systemClock, config, calendar };
  return { ...ctx, close: () => handle.close() };
}

/** On an empty database, creates `admin` (whole country) with ZHIXING_ADMIN_PASSWORD or a generated password printed once. */
export async function ensureAdmin(ctx: AppContext, print: (line: string) => void): Promise<void> {
  if (await hasAnyUser(ctx.db)) return;
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

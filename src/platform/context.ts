import type { DatabaseHandle, Executor } from '../db/connection.ts';
import type { CourtDirectory } from '../courts/court-directory.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { LiveCalendar } from './statutory-calendar.ts';
import type { AuditKey } from '../audit/signing-key.ts';

// What every use case is handed: no service locator, just these values.
export type AppContext = {
  readonly handle: DatabaseHandle;
  /** Autocommit reads; a use case that writes owns a transaction through `transact(ctx, tx => …)`. */
  readonly db: Executor;
  readonly courts: CourtDirectory;
  readonly clock: Clock;
  readonly config: Config;
  readonly calendar: LiveCalendar;
  /** The key that signs and verifies audit checkpoints (src/audit/signing-key.ts); null when none is configured. */
  readonly auditKey: AuditKey | null;
};

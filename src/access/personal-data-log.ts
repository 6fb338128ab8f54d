import type { DatabaseHandle } from '../db/connection.ts';
import { insertPersonalDataReads, type PersonalDataRead } from './access.repo.ts';

// Reads of unmasked personal data are logged write-behind: each read joins an in-process queue that
// is written in one INSERT a few milliseconds later (or at once when it is long), and on close. A
// burst of case details then costs one statement, not a transaction per read (ADR 0020).
export const FLUSH_AFTER_MS = 20;
export const FLUSH_AT_ROWS = 500;

class ReadLog {
  #pending: PersonalDataRead[] = [];
  #timer: NodeJS.Timeout | null = null;
  #writing: Promise<void> = Promise.resolve();

  constructor(readonly handle: DatabaseHandle) {}

  add(read: PersonalDataRead): void {
    this.#pending.push(read);
    if (this.#pending.length >= FLUSH_AT_ROWS) void this.flush().catch(() => {});
    // unref: a pending flush never keeps a finished process alive (close flushes what is left).
    else this.#timer ??= setTimeout(() => void this.flush().catch(() => {}), FLUSH_AFTER_MS).unref();
  }

  /** Writes everything queued so far; resolves when it is stored, rejects (keeping the rows) when it cannot be. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const batch = this.#pending.splice(0);
    const write = this.#writing.then(async () => {
      try {
        await insertPersonalDataReads(this.handle.read, batch);
      } catch (error) {
        // Kept for the next flush (the database may be back by then), in the order they were read.
        this.#pending.unshift(...batch);
        this.#timer ??= setTimeout(() => void this.flush().catch(() => {}), 1000).unref();
        throw error;
      }
    });
    this.#writing = write.catch(() => {});
    return write;
  }
}

const logs = new WeakMap<DatabaseHandle, ReadLog>();

function logOf(handle: DatabaseHandle): ReadLog {
  let log = logs.get(handle);
  if (!log) logs.set(handle, (log = new ReadLog(handle)));
  return log;
}

export function logPersonalDataRead(ctx: { handle: DatabaseHandle }, read: PersonalDataRead): void {
  logOf(ctx.handle).add(read);
}

/** Stores every read logged so far; the application's close calls it before the database closes. */
export async function flushPersonalDataReads(ctx: { handle: DatabaseHandle }): Promise<void> {
  await logs.get(ctx.handle)?.flush();
}

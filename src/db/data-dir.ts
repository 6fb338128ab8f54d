import { chmodSync, closeSync, linkSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// The PGlite data folder: who may open it, and who may read or write its files.

const PRIVATE_BITS = 0o027; // group-write, and everything for others

/**
 * Takes group-write and every permission of others off the folder and all in it. PGlite sets the
 * modes of the files it creates itself (0666, whatever the umask), so this runs when the folder
 * is opened and again when it is closed.
 */
export function restrictModes(path: string): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  if ((st.mode & PRIVATE_BITS) !== 0) chmodSync(path, st.mode & 0o7777 & ~PRIVATE_BITS);
  if (st.isDirectory()) for (const name of readdirSync(path)) restrictModes(join(path, name));
}

// PGlite is one PostgreSQL in this process's memory: a second process on the same folder would
// write the same files behind its back and corrupt them for good. A lock file in the folder names
// the process that holds it; a lock whose process is gone (killed, crashed) is taken over.

export class DataDirInUse extends Error {
  constructor(readonly pid: number) {
    super(`数据目录正被另一个进程使用（pid ${pid}）；请先停止服务，或使用 DATABASE_URL`);
  }
}

export const LOCK_FILE = 'zhixing.lock';
const held = new Map<string, string>(); // lock path → its content, for this process

// Linux's start time of a process (/proc/<pid>/stat, field 22) tells a live holder from an
// unrelated process that was later given the same pid; elsewhere it is null and the pid alone counts.
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(pid: number, started: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = startTime(pid);
  return started === null || now === null || now === started;
}

const parse = (text: string): { pid: number; started: string | null } | null => {
  const [pid, started] = text.split('\n');
  return /^\d+$/.test(pid ?? '') ? { pid: Number(pid), started: started || null } : null;
};

/** Takes the folder's lock for this process, or throws DataDirInUse; returns the release. */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  const mine = `${process.pid}\n${startTime(process.pid) ?? ''}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    // Written whole under a private name, then linked into place: link fails if the lock exists,
    // so no process ever reads a half-written lock.
    const draft = `${path}.${process.pid}.${attempt}`;
    const fd = openSync(draft, 'w', 0o600);
    writeSync(fd, mine);
    closeSync(fd);
    try {
      linkSync(draft, path);
      held.set(path, mine);
      return () => release(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
    takeOverIfStale(path);
  }
  throw new Error(`cannot take the lock ${path}`);
}

function takeOverIfStale(path: string): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return; // released meanwhile: try again
  }
  const holder = parse(text);
  if (holder && (held.has(path) || (holder.pid !== process.pid && isRunning(holder.pid, holder.started)))) {
    throw new DataDirInUse(holder.pid);
  }
  // Stale: its process is gone. Moved aside atomically; if what was moved is not the stale lock
  // read above (another process took over first), it is put back and that process wins.
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== text) {
    try {
      linkSync(aside, path);
    } finally {
      unlinkSync(aside);
    }
    throw new DataDirInUse(parse(moved)?.pid ?? 0);
  }
  unlinkSync(aside);
}

function release(path: string): void {
  const mine = held.get(path);
  if (mine === undefined) return;
  held.delete(path);
  try {
    if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
  } catch {
    // already gone
  }
}

// A process that exits without closing its database still leaves no lock behind.
process.on('exit', () => {
  for (const path of [...held.keys()]) release(path);
});

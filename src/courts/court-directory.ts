import type { Executor } from '../db/connection.ts';
import type { CourtLevel } from './courts.types.ts';
import { allCourtRows } from './courts.repo.ts';

export type CourtRow = {
  id: number;
  code: string;
  name: string;
  level: CourtLevel;
  parentId: number | null;
  provinceCode: string | null;
  special: string | null;
  active: boolean; // false: no longer in the registry, kept because cases point at it
};

// The court tree held in memory (a few thousand rows, read-mostly): scope checks and
// lookups by code run on every request and should not cost a query.
export type CourtDirectory = {
  readonly all: readonly CourtRow[]; // the active courts
  /** Any court by id, including inactive ones that old cases still reference. */
  byId(id: number): CourtRow | undefined;
  byCode(code: string): CourtRow | undefined; // active courts only
  parentOf(court: CourtRow): CourtRow | undefined;
  /** The court and every court below it. */
  subtreeIds(id: number): readonly number[];
};

export async function loadCourtDirectory(db: Executor): Promise<CourtDirectory> {
  const rows = await allCourtRows(db);
  const every: CourtRow[] = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    parentId: r.parent_id,
    provinceCode: r.province_code,
    special: r.special,
    active: r.active,
  }));
  const all = every.filter((c) => c.active);
  const byId = new Map(every.map((c) => [c.id, c]));
  const byCode = new Map(all.map((c) => [c.code, c]));
  const children = new Map<number, number[]>();
  for (const c of every) if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const subtreeCache = new Map<number, number[]>();
  const subtreeIds = (id: number): number[] => {
    const cached = subtreeCache.get(id);
    if (cached) return cached;
    const out = [id];
    for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
    subtreeCache.set(id, out);
    return out;
  };
  return {
    all,
    byId: (id) => byId.get(id),
    byCode: (code) => byCode.get(code),
    parentOf: (c) => (c.parentId === null ? undefined : byId.get(c.parentId)),
    subtreeIds,
  };
}

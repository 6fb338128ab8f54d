import { randomUUID } from 'node:crypto';
import type { Executor, Tx } from '../db/connection.ts';
import type { AssetKind } from '../shared/asset-kinds.ts';
import { isUuid } from '../shared/ids.ts';
import { fen } from '../shared/money.ts';
import type { AssetRecord, AssetSource, Encumbrance, ExemptFlag } from './assets.types.ts';

// The asset register: one global row per (kind, normalised identifier), and the cases' links to it.

type Row = {
  id: string;
  kind: string;
  identifier: string;
  identifier_display: string;
  institution: string | null;
  owner_name: string | null;
  owner_id_number: string | null;
  estimated_value: bigint | null;
  encumbrances: unknown;
  exempt: unknown;
};

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export const toAsset = (r: Row): AssetRecord => ({
  id: r.id,
  kind: r.kind as AssetKind,
  identifier: r.identifier,
  identifierDisplay: r.identifier_display,
  institution: r.institution,
  ownerName: r.owner_name,
  ownerIdNumber: r.owner_id_number,
  estimatedValue: r.estimated_value === null ? null : fen(r.estimated_value),
  encumbrances: json<{ holder: string; amount: string | null; note?: string }[]>(r.encumbrances).map((e) => ({
    ...e,
    amount: e.amount === null ? null : fen(BigInt(e.amount)),
  })),
  exempt: json<ExemptFlag[]>(r.exempt),
});

const columns = [
  'id',
  'kind',
  'identifier',
  'identifier_display',
  'institution',
  'owner_name',
  'owner_id_number',
  'estimated_value',
  'encumbrances',
  'exempt',
] as const;

export type NewAsset = {
  kind: AssetKind;
  identifier: string;
  identifierDisplay: string;
  institution: string | null;
  ownerName: string | null;
  ownerIdNumber: string | null;
  estimatedValue: bigint | null;
  encumbrances: readonly Encumbrance[];
  exempt: readonly ExemptFlag[];
  details: Record<string, unknown>;
};

/**
 * The asset of (kind, identifier), created if new, and locked (lock order: after the case row).
 * Concurrent first recordings of one asset meet on the unique key: one inserts, the other waits and locks it.
 */
export async function upsertAsset(tx: Tx, a: NewAsset, at: Date): Promise<{ asset: AssetRecord; created: boolean }> {
  const inserted = await tx
    .insertInto('assets')
    .values({
      id: randomUUID(),
      kind: a.kind,
      identifier: a.identifier,
      identifier_display: a.identifierDisplay,
      institution: a.institution,
      owner_name: a.ownerName,
      owner_id_number: a.ownerIdNumber,
      estimated_value: a.estimatedValue,
      encumbrances: JSON.stringify(a.encumbrances.map((e) => ({ ...e, amount: e.amount === null ? null : e.amount.toString() }))),
      exempt: JSON.stringify(a.exempt),
      details: JSON.stringify(a.details),
      created_at: at,
    })
    .onConflict((oc) => oc.columns(['kind', 'identifier']).doNothing())
    .returning(columns)
    .executeTakeFirst();
  if (inserted) return { asset: toAsset(inserted), created: true };
  const row = await tx
    .selectFrom('assets')
    .select(columns)
    .where('kind', '=', a.kind)
    .where('identifier', '=', a.identifier)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { asset: toAsset(row), created: false };
}

/** Fills what the register does not know yet (institution, owner, value) from a later recording. */
export async function fillAssetGaps(tx: Tx, id: string, a: NewAsset): Promise<void> {
  await tx
    .updateTable('assets')
    .set((eb) => ({
      institution: eb.fn.coalesce('institution', eb.val(a.institution)),
      owner_name: eb.fn.coalesce('owner_name', eb.val(a.ownerName)),
      owner_id_number: eb.fn.coalesce('owner_id_number', eb.val(a.ownerIdNumber)),
      estimated_value: eb.fn.coalesce('estimated_value', eb.val(a.estimatedValue)),
    }))
    .where('id', '=', id)
    .execute();
}

export async function lockAsset(tx: Tx, id: string): Promise<AssetRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await tx.selectFrom('assets').select(columns).where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toAsset(row);
}

export async function assetById(db: Executor, id: string): Promise<AssetRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('assets').select(columns).where('id', '=', id).executeTakeFirst();
  return row && toAsset(row);
}

/** Links the case to the asset; false when it was linked already. */
export async function linkCaseAsset(
  tx: Tx,
  link: { courtId: number; caseId: string; assetId: string; source: AssetSource; by: { id: string | null; name: string } },
  at: Date,
): Promise<boolean> {
  const r = await tx
    .insertInto('case_assets')
    .values({
      court_id: link.courtId,
      case_id: link.caseId,
      asset_id: link.assetId,
      source: link.source,
      recorded_at: at,
      recorded_by: link.by.id,
      recorded_by_name: link.by.name,
    })
    .onConflict((oc) => oc.columns(['case_id', 'asset_id']).doNothing())
    .returning('asset_id')
    .executeTakeFirst();
  return r !== undefined;
}

export async function caseHasAsset(db: Executor, caseId: string, assetId: string): Promise<boolean> {
  const r = await db
    .selectFrom('case_assets')
    .select('asset_id')
    .where('case_id', '=', caseId)
    .where('asset_id', '=', assetId)
    .executeTakeFirst();
  return r !== undefined;
}

export type CaseAssetRow = AssetRecord & { source: AssetSource; recordedAt: Date; recordedByName: string };

/** A case's assets in the order they were recorded. */
export async function caseAssets(db: Executor, caseId: string): Promise<CaseAssetRow[]> {
  const rows = await db
    .selectFrom('case_assets')
    .innerJoin('assets', 'assets.id', 'case_assets.asset_id')
    .select(columns.map((c) => `assets.${c}` as const))
    .select(['case_assets.source', 'case_assets.recorded_at', 'case_assets.recorded_by_name'])
    .where('case_assets.case_id', '=', caseId)
    .orderBy('case_assets.recorded_at')
    .orderBy('assets.id')
    .execute();
  return rows.map((r) => ({ ...toAsset(r), source: r.source, recordedAt: r.recorded_at, recordedByName: r.recorded_by_name }));
}

/** For each asset, how many other cases (in any court) have it recorded. */
export async function otherCaseCounts(db: Executor, caseId: string, assetIds: readonly string[]): Promise<Map<string, number>> {
  if (!assetIds.length) return new Map();
  const rows = await db
    .selectFrom('case_assets')
    .select(['asset_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('asset_id', 'in', assetIds as string[])
    .where('case_id', '!=', caseId)
    .groupBy('asset_id')
    .execute();
  return new Map(rows.map((r) => [r.asset_id, Number(r.n)]));
}

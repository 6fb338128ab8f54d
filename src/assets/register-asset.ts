import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseForSeizure } from '../cases/instrument-facts.ts';
import { assetKindNames, identifierNames, normalizeIdentifier, type AssetKind } from '../shared/asset-kinds.ts';
import { parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { fillAssetGaps, linkCaseAsset, upsertAsset } from './assets.repo.ts';
import { assetSourceNames, type AssetSource, type Encumbrance, type ExemptFlag } from './assets.types.ts';

export type RegisterAsset = {
  courtId: number;
  caseId: string;
  kind: AssetKind;
  identifier: string;
  institution?: string | undefined;
  ownerName?: string | undefined;
  ownerIdNumber?: string | undefined;
  estimatedValue?: number | undefined; // fen
  source: AssetSource;
  details?: Record<string, unknown> | undefined;
  encumbrances?: readonly Encumbrance[] | undefined;
  exempt?: readonly ExemptFlag[] | undefined;
};

export type Registered = { assetId: string; created: boolean; linked: boolean };

/**
 * Records an asset on a case, inside the caller's transaction, after the caller has locked the
 * case row (ADR 0002). The asset is the one of (kind, normalised identifier) wherever it was
 * recorded first; `created` says the register did not know it. Idempotent per case and asset: a
 * second call links nothing (`linked: false`) and writes no event. Called by searches, reports and leads.
 */
export async function registerAsset(tx: Tx, actor: Actor, at: Date, a: RegisterAsset): Promise<Registered> {
  const identifier = normalizeIdentifier(a.identifier);
  if (!identifier) throw new Error('registerAsset: an asset needs its registry identifier');
  if (a.estimatedValue !== undefined && (!Number.isSafeInteger(a.estimatedValue) || a.estimatedValue < 0))
    throw new Error('registerAsset: estimatedValue is a non-negative integer number of fen');
  const fields = {
    kind: a.kind,
    identifier,
    identifierDisplay: a.identifier.trim(),
    institution: a.institution?.trim() || null,
    ownerName: a.ownerName?.trim() || null,
    ownerIdNumber: a.ownerIdNumber?.trim() || null,
    estimatedValue: a.estimatedValue === undefined ? null : BigInt(a.estimatedValue),
    encumbrances: a.encumbrances ?? [],
    exempt: a.exempt ?? [],
    details: a.details ?? {},
  };
  const { asset, created } = await upsertAsset(tx, fields, at);
  if (!created) await fillAssetGaps(tx, asset.id, fields);
  const linked = await linkCaseAsset(tx, { courtId: a.courtId, caseId: a.caseId, assetId: asset.id, source: a.source, by: actor }, at);
  if (linked)
    await appendEvent(tx, actor, at, {
      courtId: a.courtId,
      caseId: a.caseId,
      action: 'asset.recorded',
      entityType: 'asset',
      entityId: asset.id,
      changes: {
        kind: asset.kind,
        kindName: assetKindNames[asset.kind],
        identifier: asset.identifierDisplay,
        identifierName: identifierNames[asset.kind],
        institution: fields.institution,
        source: a.source,
        sourceName: assetSourceNames[a.source],
        ...(fields.estimatedValue !== null ? { estimatedValueFen: fields.estimatedValue.toString() } : {}),
        newToRegister: created,
      },
    });
  return { assetId: asset.id, created, linked };
}

export type AssetEntry = {
  kind: AssetKind;
  identifier: string;
  institution?: string | undefined;
  estimatedValue?: string | undefined; // yuan
  ownerName?: string | undefined;
  ownerIdNumber?: string | undefined;
  encumbrances?: { holder: string; amount?: string | undefined; note?: string | undefined }[] | undefined;
  exempt?: ExemptFlag[] | undefined;
};

/** An officer records an asset on the case by hand (POST /cases/{id}/assets). */
export async function recordAssetIn(tx: Tx, ctx: AppContext, who: Principal, caseId: string, e: AssetEntry): Promise<Result<Registered>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  if (!normalizeIdentifier(e.identifier)) return failure('identifier-required', `请填写${identifierNames[e.kind]}`);
  const value = e.estimatedValue === undefined ? undefined : parseYuan(e.estimatedValue);
  if (value === null || (value !== undefined && value > BigInt(Number.MAX_SAFE_INTEGER)))
    return failure('invalid-money', '估值金额格式不正确');
  const encumbrances: Encumbrance[] = [];
  for (const m of e.encumbrances ?? []) {
    const amount = m.amount === undefined ? null : parseYuan(m.amount);
    if (m.amount !== undefined && amount === null) return failure('invalid-money', '抵押金额格式不正确');
    encumbrances.push({ holder: m.holder.trim(), amount, ...(m.note ? { note: m.note } : {}) });
  }
  const c = await lockCaseForSeizure(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  const registered = await registerAsset(tx, actorOf(who), ctx.clock.now(), {
    courtId: c.courtId,
    caseId: c.id,
    kind: e.kind,
    identifier: e.identifier,
    institution: e.institution,
    ownerName: e.ownerName,
    ownerIdNumber: e.ownerIdNumber,
    estimatedValue: value === undefined ? undefined : Number(value),
    source: 'officer',
    encumbrances,
    exempt: e.exempt,
  });
  return success(registered);
}

import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/connection.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Actor } from '../audit/audit.types.ts';
import { assetKindNames, type AssetKind } from '../shared/asset-kinds.ts';
import { formatYuan } from '../shared/money.ts';
import { insertFinding } from './searches.repo.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { registerAsset } from '../assets/register-asset.ts';

export type Finding = {
  readonly courtId: number;
  readonly caseId: string;
  readonly searchId: string;
  readonly requestId: string;
  readonly debtorPartyId: string;
  readonly kind: AssetKind;
  /** Already normalised (normalizeIdentifier): the asset's identifier at its registry. */
  readonly identifier: string;
  readonly institution: string;
  readonly estimatedValueFen: bigint | null;
  readonly description: string;
  readonly details: Readonly<Record<string, string>>;
};

/**
 * The one place a finding is stored: every answer's items come through here (a connector's and the
 * institution API's alike), and each becomes a record on the case's asset register (src/assets,
 * source `search`) in the same transaction, the case row locked first (ADR 0002). A request that
 * reports the same asset twice stores it once. Returns whether the finding was new.
 */
export async function storeFinding(tx: Tx, actor: Actor, at: Date, f: Finding): Promise<boolean> {
  const id = randomUUID();
  const stored = await insertFinding(tx, {
    id,
    courtId: f.courtId,
    caseId: f.caseId,
    searchId: f.searchId,
    requestId: f.requestId,
    debtorPartyId: f.debtorPartyId,
    kind: f.kind,
    identifier: f.identifier,
    institution: f.institution,
    estimatedValueFen: f.estimatedValueFen,
    details: { description: f.description, ...f.details },
    foundAt: at,
  });
  if (!stored) return false;
  await lockCaseRow(tx, f.caseId);
  const value =
    f.estimatedValueFen !== null && f.estimatedValueFen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(f.estimatedValueFen) : undefined;
  await registerAsset(tx, actor, at, {
    courtId: f.courtId,
    caseId: f.caseId,
    kind: f.kind,
    identifier: f.identifier,
    institution: f.institution,
    estimatedValue: value,
    source: 'search',
    details: { findingId: id, searchId: f.searchId, description: f.description, ...f.details },
  });
  await appendEvent(tx, actor, at, {
    courtId: f.courtId,
    caseId: f.caseId,
    action: 'asset-search.finding',
    entityType: 'asset-finding',
    entityId: id,
    changes: {
      search: f.searchId,
      request: f.requestId,
      institution: f.institution,
      kind: f.kind,
      kindName: assetKindNames[f.kind],
      identifier: f.identifier,
      ...(f.estimatedValueFen === null ? {} : { estimatedValue: formatYuan(f.estimatedValueFen) }),
    },
  });
  return true;
}

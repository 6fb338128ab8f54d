import type { AppContext } from '../platform/context.ts';
import { inScope, type Principal } from '../access/access.types.ts';
import { caseForSeizure } from '../cases/instrument-facts.ts';
import { assetKindNames, identifierNames, isMonetary } from '../shared/asset-kinds.ts';
import { addDays, daysBetween, isoInstant, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import type { Static } from '@sinclair/typebox';
import type { CaseAssets, Seizure, SeizureRegister } from './assets.models.ts';
import { caseAssets as caseAssetRows, otherCaseCounts } from './assets.repo.ts';
import { assetSourceNames, exemptFlagNames, measureNames, releaseReasonNames, seizureStatusNames } from './assets.types.ts';
import { overSeizure } from './over-seizure.ts';
import { enforcementFee } from '../rules/enforcement-fee.ts';
import { institutionByCode } from '../institutions/directory.ts';
import { receivedOfCase } from './seizures.repo.ts';
import { registerKeyOf, registerRows, seizureView, seizureViewsOfAssets, type SeizureView } from './seizure-views.repo.ts';

// The reads: a case's assets with every seizure of each (the waiting list across cases and
// courts) and the over-seizure check; one seizure; the court's seizure register.

type SeizureJson = Static<typeof Seizure>;

// A search's finding names its institution by the directory's code (sandbox-jmrcb); an officer's
// entry is the name itself.
const institutionNameOf = (institution: string | null): string | null =>
  institution === null ? null : (institutionByCode(institution)?.name ?? institution);

function seizureJson(ctx: AppContext, v: SeizureView, ownCaseId: string | null, today: LocalDate): SeizureJson {
  const s = v.seizure;
  const a = v.asset;
  return {
    id: s.id,
    caseId: s.caseId,
    caseNumber: v.caseNumber,
    court: ctx.courts.byId(s.courtId)?.name ?? '',
    ownCase: s.caseId === ownCaseId,
    asset: {
      id: a.id,
      kind: a.kind,
      kindName: assetKindNames[a.kind],
      identifier: a.identifierDisplay,
      institution: a.institution,
      institutionName: institutionNameOf(a.institution),
    },
    measure: s.measure,
    measureName: measureNames[s.measure],
    status: s.status,
    statusName: seizureStatusNames[s.status],
    rank: v.rank,
    ruledOn: s.ruledOn,
    noticeOn: s.noticeOn,
    effectiveFrom: s.effectiveFrom,
    expiresOn: s.expiresOn,
    expiresInDays: s.status === 'effective' && s.expiresOn ? daysBetween(today, s.expiresOn) : null,
    renewals: s.renewals,
    amount: s.amount === null ? null : formatYuan(s.amount),
    deducted: formatYuan(s.deducted),
    frozenRemaining: s.amount === null ? null : formatYuan(s.amount - s.deducted),
    live: s.live,
    endedOn: s.endedOn,
    releaseReason: s.releaseReason,
    releaseReasonName: s.releaseReason ? releaseReasonNames[s.releaseReason] : null,
    releaseNote: s.releaseNote,
    registeredAt: isoInstant(s.registeredAt),
  };
}

/** What a seizure in effect holds for the over-seizure check: the money still frozen, or the asset's estimate. */
const isMonetaryFreeze = (v: SeizureView) => v.seizure.measure === 'freeze' && isMonetary(v.asset.kind) && v.seizure.amount !== null;
const heldValue = (v: SeizureView): bigint | null =>
  isMonetaryFreeze(v) ? v.seizure.amount! - v.seizure.deducted : v.asset.estimatedValue;

// 执行费用: no case records its costs yet, so they are the 申请执行费 on the claim, which the debtor
// bears (诉讼费用交纳办法 第十四条、第三十八条); a claim without an amount has none counted here.
const costsOf = (claim: bigint): bigint => {
  const fee = enforcementFee(claim);
  return fee.ok ? fee.value : 0n;
};
const COSTS_BASIS = '申请执行费，按申请执行标的额分段累计计算（诉讼费用交纳办法 第十四条），由被执行人负担（第三十八条）';

export async function listCaseAssets(ctx: AppContext, who: Principal, caseId: string): Promise<Result<Static<typeof CaseAssets>>> {
  const c = await caseForSeizure(ctx.db, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  const today = ctx.clock.today();
  const assets = await caseAssetRows(ctx.db, c.id);
  const [views, received, others] = await Promise.all([
    seizureViewsOfAssets(
      ctx.db,
      assets.map((a) => a.id),
    ),
    receivedOfCase(ctx.db, c.id),
    otherCaseCounts(
      ctx.db,
      c.id,
      assets.map((a) => a.id),
    ),
  ]);
  const held = views.filter((v) => v.seizure.caseId === c.id && v.seizure.status === 'effective');
  const check = overSeizure(
    held.map((v) => ({ seizureId: v.seizure.id, assetId: v.asset.id, value: heldValue(v), divisible: isMonetaryFreeze(v) })),
    c.claimAmount - received,
    costsOf(c.claimAmount),
  );
  const byId = new Map(assets.map((a) => [a.id, a]));
  return success({
    items: assets.map((a) => ({
      id: a.id,
      kind: a.kind,
      kindName: assetKindNames[a.kind],
      identifier: a.identifierDisplay,
      identifierName: identifierNames[a.kind],
      institution: a.institution,
      institutionName: institutionNameOf(a.institution),
      estimatedValue: a.estimatedValue === null ? null : formatYuan(a.estimatedValue),
      ownerName: a.ownerName,
      encumbrances: a.encumbrances.map((e) => ({ holder: e.holder, amount: e.amount === null ? null : formatYuan(e.amount) })),
      exempt: a.exempt.map((flag) => ({ flag, name: exemptFlagNames[flag] })),
      source: a.source,
      sourceName: assetSourceNames[a.source],
      recordedAt: isoInstant(a.recordedAt),
      otherCases: others.get(a.id) ?? 0,
      seizures: views.filter((v) => v.asset.id === a.id).map((v) => seizureJson(ctx, v, c.id, today)),
    })),
    received: formatYuan(received),
    overSeizure: {
      seizedValue: formatYuan(check.seizedValue),
      unvalued: check.unvalued,
      outstanding: formatYuan(check.outstanding),
      costs: formatYuan(check.costs),
      costsBasis: COSTS_BASIS,
      excess: formatYuan(check.excess),
      flagged: check.flagged,
      cures: check.cures.map((k) => {
        const a = byId.get(k.assetId)!;
        return {
          seizureId: k.seizureId,
          assetId: k.assetId,
          identifier: a.identifierDisplay,
          kindName: assetKindNames[a.kind],
          value: formatYuan(k.value),
          release: k.release,
          amount: formatYuan(k.amount),
        };
      }),
      excessAfterCures: formatYuan(check.excessAfterCures),
    },
  });
}

export async function getSeizure(ctx: AppContext, who: Principal, id: string): Promise<Result<SeizureJson>> {
  const v = isUuid(id) ? await seizureView(ctx.db, id) : undefined;
  if (!v || !inScope(who, v.seizure.courtId)) return failure('seizure-not-found');
  return success(seizureJson(ctx, v, v.seizure.caseId, ctx.clock.today()));
}

export type RegisterFilters = {
  court?: string | undefined;
  status?: SeizureJson['status'] | undefined;
  expiringWithin?: number | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

export async function seizureRegister(
  ctx: AppContext,
  who: Principal,
  f: RegisterFilters,
): Promise<Result<Static<typeof SeizureRegister>>> {
  let courtIds = who.courtIds;
  if (f.court) {
    const court = ctx.courts.byCode(f.court);
    if (!court) return failure('unknown-court', f.court);
    courtIds = inScope(who, court.id) ? [court.id] : [];
  }
  let after: { expiresOn: string; id: string } | undefined;
  if (f.cursor) {
    const [expiresOn, id] = Buffer.from(f.cursor, 'base64url').toString().split('|');
    if (!parseLocalDate(expiresOn) || !id || !isUuid(id)) return failure('invalid-cursor');
    after = { expiresOn: expiresOn!, id };
  }
  if (courtIds.length === 0) return success({ items: [], nextCursor: null });
  const today = ctx.clock.today();
  const limit = f.limit ?? 50;
  const rows = await registerRows(ctx.db, {
    courtIds,
    status: f.status,
    expiringBy: f.expiringWithin === undefined ? undefined : addDays(today, f.expiringWithin),
    after,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? registerKeyOf(page.at(-1)!) : null;
  return success({
    items: page.map((v) => seizureJson(ctx, v, v.seizure.caseId, today)),
    nextCursor: last ? Buffer.from(`${last.expiresOn}|${last.id}`).toString('base64url') : null,
  });
}

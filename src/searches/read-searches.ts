import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { caseDebtors, courtOfCase } from '../cases/instrument-facts.ts';
import { institutionByCode, institutions, searchableKinds } from '../institutions/directory.ts';
import { requestStatusNames } from '../outbox/outbox.types.ts';
import { assetKindNames, type AssetKind } from '../shared/asset-kinds.ts';
import { isoInstant } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { isRecord } from '../shared/json.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { findingRows, requestRows, searchRows, type FindingRow, type SearchRow } from './searches.repo.ts';
import { isWaiting, searchStatusNames, searchStatusOf, type FindingView, type SearchView } from './searches.types.ts';

export type CaseSearches = {
  debtors: { id: string; name: string; waiting: boolean }[];
  kinds: { kind: AssetKind; name: string }[];
  items: SearchView[];
};

type Ctx = Pick<AppContext, 'db'>;

const kindsOf = (v: unknown): AssetKind[] => (Array.isArray(v) ? (v as AssetKind[]) : []);
const nameOf = (code: string) => institutionByCode(code)?.name ?? code;
// The directory's order: banks first, then the registries, as a clerk reads them.
const rank = new Map(institutions.map((i, n) => [i.code, n]));
const byInstitution = (a: { institution: string }, b: { institution: string }) =>
  (rank.get(a.institution) ?? rank.size) - (rank.get(b.institution) ?? rank.size);
const iso = (d: Date) => isoInstant(d);

function findingView(f: FindingRow, debtorName: string): FindingView {
  const details: Record<string, string> = {};
  let description = '';
  if (isRecord(f.details))
    for (const [k, v] of Object.entries(f.details)) {
      if (k === 'description') description = String(v);
      else details[k] = String(v);
    }
  const kind = f.kind as AssetKind;
  return {
    id: f.id,
    requestId: f.request_id,
    debtorId: f.debtor_party_id,
    debtorName,
    kind,
    kindName: assetKindNames[kind] ?? kind,
    identifier: f.identifier,
    institution: f.institution,
    institutionName: nameOf(f.institution),
    estimatedValue: f.estimated_value_fen === null ? null : formatYuan(BigInt(f.estimated_value_fen)),
    description,
    details,
    foundAt: iso(f.found_at),
  };
}

async function views(ctx: Ctx, searches: readonly SearchRow[]): Promise<SearchView[]> {
  const ids = searches.map((s) => s.id);
  const [requests, findings] = await Promise.all([requestRows(ctx.db, ids), findingRows(ctx.db, ids)]);
  const debtorNames = new Map(requests.map((r) => [r.debtor_party_id, r.debtor_name]));
  return searches.map((s) => {
    const mine = requests.filter((r) => r.search_id === s.id).sort(byInstitution);
    const found = findings.filter((f) => f.search_id === s.id).sort(byInstitution);
    const status = searchStatusOf(mine.map((r) => r.status));
    return {
      id: s.id,
      caseId: s.case_id,
      status,
      statusName: searchStatusNames[status],
      kinds: kindsOf(s.kinds),
      startedBy: s.started_by_name,
      startedAt: iso(s.started_at),
      requests: mine.map((r) => ({
        id: r.request_id,
        debtorId: r.debtor_party_id,
        debtorName: r.debtor_name,
        institution: r.institution,
        institutionName: nameOf(r.institution),
        kinds: kindsOf(r.kinds),
        status: r.status,
        statusName: requestStatusNames[r.status],
        attempts: r.attempts,
        failureReason: r.status === 'answered' ? null : r.failure_reason,
        answeredAt: r.answered_at ? iso(r.answered_at) : null,
        findings: found.filter((f) => f.request_id === r.request_id).length,
      })),
      findings: found.map((f) => findingView(f, debtorNames.get(f.debtor_party_id) ?? '')),
    };
  });
}

/** A case's searches, newest first, with the debtors and the classes a new search can choose from. */
export async function caseSearches(ctx: Ctx, who: Principal, caseId: string): Promise<Result<CaseSearches>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  const items = await views(ctx, await searchRows(ctx.db, { caseId }));
  const waiting = new Set(items.flatMap((s) => s.requests.filter((r) => isWaiting(r.status)).map((r) => r.debtorId)));
  const debtors = (await caseDebtors(ctx.db, caseId)).map((d) => ({ id: d.partyId, name: d.name, waiting: waiting.has(d.partyId) }));
  return success({ debtors, kinds: searchableKinds.map((kind) => ({ kind, name: assetKindNames[kind] })), items });
}

/** One search, with its requests and findings. */
export async function searchDetail(ctx: Ctx, who: Principal, id: string): Promise<Result<SearchView>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const rows = isUuid(id) ? await searchRows(ctx.db, { id }) : [];
  const row = rows[0];
  if (!row || !inScope(who, row.court_id)) return failure('asset-search-not-found');
  return success((await views(ctx, [row]))[0]!);
}

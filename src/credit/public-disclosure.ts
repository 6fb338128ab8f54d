import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { groundNames } from '../rules/dishonest-listing.ts';
import { deletionGroundNames } from '../rules/listing-deletion.ts';
import { normalizeIdentity, upgradeLegacyResidentId, validateCreditCode, validateResidentId } from '../rules/identity.ts';
import { formatYuan } from '../shared/money.ts';
import { maskIdentity } from '../shared/mask.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import type { FeedAnswer, PublicAnswer, PublicListingItem } from './public.types.ts';
import { feedAfter, findPublishedListings, type PublicListingRow, type PublicQuery } from './public-listings.repo.ts';

// The disclosure of the dishonest list (ADR 0208). The public reads what 失信名单规定(2017) 第6条
// publishes — for a unit its name, credit code and legal representative; for a person the name,
// sex, age and ID number (masked here: the birth date in it is not published); the obligation and
// its performance; the behaviour; the title's issuer and number, the case number, the filing day
// and the court — and nothing else. The recipients of joint discipline (第8条) read the feed.

/** What the query names: an ID number or credit code when it is one (checksum valid), else a name. */
export function classifyQuery(raw: string): Result<PublicQuery> {
  const compact = normalizeIdentity(raw);
  if (/^\d{15}$/.test(compact)) {
    const upgraded = upgradeLegacyResidentId(compact);
    return upgraded ? success({ by: 'id-number', value: upgraded }) : failure('public-query-identity-invalid');
  }
  if (/^[0-9A-Z]{18}$/.test(compact) && /\d/.test(compact)) {
    if (validateResidentId(compact).valid) return success({ by: 'id-number', value: compact });
    if (validateCreditCode(compact).valid) return success({ by: 'credit-code', value: compact });
    return failure('public-query-identity-invalid');
  }
  const name = raw.trim().replace(/\s+/g, ' ');
  if ([...name].length < 2 || /^[\d\sXx*]+$/.test(name)) return failure('public-query-too-short');
  return success({ by: 'name', name });
}

export async function queryPublicList(ctx: AppContext, q: string): Promise<Result<PublicAnswer>> {
  const query = classifyQuery(q);
  if (!query.ok) return query;
  const { rows, truncated } = await findPublishedListings(ctx.db, query.value);
  const today = ctx.clock.today();
  return success({ by: query.value.by, items: rows.map((r) => publicItem(r, today)), truncated });
}

function publicItem(r: PublicListingRow, today: LocalDate): PublicListingItem {
  const person = r.debtorKind === 'person';
  const id = person && r.idNumber ? validateResidentId(r.idNumber) : null;
  return {
    name: r.debtorName,
    kind: r.debtorKind,
    idNumber: person && r.idNumber ? maskIdentity(r.idNumber) : null,
    creditCode: person ? null : r.creditCode,
    legalRepresentative: person ? null : r.legalRepresentative,
    sex: id?.sex ? (id.sex === 'male' ? '男' : '女') : null,
    age: id?.birthDate ? ageOn(id.birthDate, today) : null,
    caseNumber: r.caseNumber,
    court: r.courtName,
    filedOn: r.filedOn,
    basis: [r.basisIssuer, r.basisNumber].filter(Boolean).join(' ') || '—',
    obligation: r.correctedObligation ?? obligationText(r.obligations),
    performance: performanceText(BigInt(r.claim), BigInt(r.received)),
    behaviour: groundNames[r.ground] ?? '',
    publishedOn: r.publishedOn,
    endsOn: r.endsOn,
  };
}

/** Whole years from the birth date to `on`. */
export function ageOn(birth: LocalDate, on: LocalDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return compareDates(`${on.slice(0, 4)}${birth.slice(4)}` as LocalDate, on) <= 0 ? years : years - 1;
}

function obligationText(obligations: unknown): string {
  const list = Array.isArray(obligations) ? (obligations as { kind?: string; amount?: string; description?: string }[]) : [];
  const parts = list.map((o) =>
    o.kind === 'money' && o.amount !== undefined
      ? `${o.description ?? '给付金钱'}（${formatYuan(BigInt(o.amount))}元）`
      : (o.description ?? ''),
  );
  return parts.filter(Boolean).join('；') || '—';
}

export function performanceText(claim: bigint, received: bigint): string {
  if (received <= 0n) return '全部未履行';
  if (received >= claim) return '已全部履行';
  return `部分未履行（已履行 ${formatYuan(received)} 元，未履行 ${formatYuan(claim - received)} 元）`;
}

export async function readCreditFeed(ctx: AppContext, who: Principal, q: { after?: string; limit?: number }): Promise<Result<FeedAnswer>> {
  if (!can(who, 'credit.feed')) return failure('forbidden');
  if (q.after !== undefined && !/^\d{1,18}$/.test(q.after)) return failure('invalid-cursor');
  const after = BigInt(q.after ?? '0');
  const limit = q.limit ?? 100;
  const rows = await feedAfter(ctx.db, after, limit + 1);
  const page = rows.slice(0, limit);
  return success({
    items: page.map((r) => {
      const ended = r.kind === 'deletion' && r.endGround ? r.endGround : null;
      return {
        cursor: r.seq,
        kind: r.kind,
        on: r.occurredOn,
        listingId: r.listingId,
        courtCode: r.courtCode,
        court: r.courtName,
        caseNumber: r.caseNumber,
        debtor: {
          name: r.debtorName,
          kind: r.debtorKind,
          idNumber: r.debtorKind === 'person' ? r.idNumber : null,
          creditCode: r.debtorKind === 'organization' ? r.creditCode : null,
          legalRepresentative: r.debtorKind === 'organization' ? r.legalRepresentative : null,
        },
        ground: r.ground,
        groundName: groundNames[r.ground] ?? '',
        endsOn: r.endsOn,
        deletionGround: ended,
        deletionGroundName: ended ? (deletionGroundNames[ended as keyof typeof deletionGroundNames]?.label ?? null) : null,
      };
    }),
    next: page.length ? page[page.length - 1]!.seq : String(after),
    more: rows.length > limit,
  });
}

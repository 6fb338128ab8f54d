import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { recordAnswer, type AnswerReceipt } from '../outbox/record-answer.ts';
import { requestStatusNames } from '../outbox/outbox.types.ts';
import { isoInstant, toInstant } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { institutionByCode } from './directory.ts';
import { ASSET_SEARCH } from './institutions.types.ts';
import { addressedRequest, institutionOfUser, waitingRequests } from './institutions.repo.ts';
import { parseSearchPayload, readSearchAnswer, type SearchPayload } from './search-answer.ts';

// The institution API (协助执行单位接口): an `institution` account sees only the requests addressed
// to its institution and answers them; the answer goes through the outbox's recordAnswer, with the
// institution restriction, and from there to the context that asked (src/searches stores findings).

export type AddressedRequest = {
  id: string;
  kind: string;
  status: 'pending' | 'sent';
  statusName: string;
  idempotencyKey: string;
  createdAt: string;
  answerDueAt: string | null;
  search: (Omit<SearchPayload, 'kinds'> & { kinds: SearchPayload['kinds'][number][] }) | null;
};

const searchOf = (payload: unknown): AddressedRequest['search'] => {
  const p = parseSearchPayload(payload);
  return p && { ...p, kinds: [...p.kinds] };
};

export type AddressedPage = { institution: { code: string; name: string }; items: AddressedRequest[]; nextCursor: string | null };

type Ctx = Pick<AppContext, 'db' | 'handle' | 'clock'>;

async function boundInstitution(ctx: Ctx, who: Principal): Promise<Result<string>> {
  if (!can(who, 'institution.answer')) return failure('forbidden');
  const code = await institutionOfUser(ctx.db, who.userId);
  return code ? success(code) : failure('institution-not-bound');
}

const encodeCursor = (r: { created_at: Date; id: string }) => Buffer.from(`${isoInstant(r.created_at)}|${r.id}`).toString('base64url');
function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = at ? toInstant(at) : null;
  return createdAt && !Number.isNaN(createdAt.getTime()) && id && isUuid(id) ? { createdAt, id } : null;
}

/** The requests waiting for the caller's institution's answer, oldest first, a page at a time. */
export async function addressedRequests(
  ctx: Ctx,
  who: Principal,
  query: { cursor?: string | undefined; limit?: number | undefined },
): Promise<Result<AddressedPage>> {
  const bound = await boundInstitution(ctx, who);
  if (!bound.ok) return bound;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !after) return failure('invalid-institution-cursor');
  const limit = query.limit ?? 50;
  const rows = await waitingRequests(ctx.db, bound.value, { after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  return success({
    institution: { code: bound.value, name: institutionByCode(bound.value)?.name ?? bound.value },
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status as 'pending' | 'sent',
      statusName: requestStatusNames[r.status],
      idempotencyKey: r.idempotency_key,
      createdAt: isoInstant(r.created_at),
      answerDueAt: r.answer_due_at ? isoInstant(r.answer_due_at) : null,
      search: r.kind === ASSET_SEARCH ? searchOf(r.payload) : null,
    })),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
  });
}

export type InstitutionAnswer = { kind: typeof ASSET_SEARCH; items: readonly Record<string, unknown>[] };

/**
 * The caller's institution answers one of its requests. Another institution's request is
 * `outbound-request-not-found` (404), as if it did not exist; the same answer twice is acknowledged
 * once (`duplicate: true`); a different answer to an answered request is `outbound-answer-conflict`.
 * A search answer naming a class that was not asked, an item without identifier or an amount that
 * is not yuan is refused whole (`institution-answer-invalid`), and nothing is recorded.
 */
export async function answerAddressed(
  ctx: Ctx,
  who: Principal,
  requestId: string,
  answer: InstitutionAnswer,
): Promise<Result<AnswerReceipt>> {
  const bound = await boundInstitution(ctx, who);
  if (!bound.ok) return bound;
  const request = isUuid(requestId) ? await addressedRequest(ctx.db, bound.value, requestId) : undefined;
  if (!request) return failure('outbound-request-not-found');
  if (request.kind !== answer.kind)
    return failure('institution-answer-kind-mismatch', `该请求是「${request.kind}」，答复却是「${answer.kind}」`);
  // The classes the request asked the institution about: an answer may report only those.
  const asked = parseSearchPayload(request.payload)?.kinds ?? [];
  const { problems } = readSearchAnswer(answer, asked);
  if (problems.length > 0)
    return failure(
      'institution-answer-invalid',
      problems.map((p) => (p.index >= 0 ? `第 ${p.index + 1} 项：${p.message}` : p.message)).join('；'),
    );
  return recordAnswer(ctx, requestId, { ...answer }, { actor: actorOf(who), institution: bound.value });
}

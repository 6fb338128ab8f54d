import { assetKinds, normalizeIdentifier, type AssetKind } from '../shared/asset-kinds.ts';
import { isRecord } from '../shared/json.ts';
import { parseYuan } from '../shared/money.ts';
import { ASSET_SEARCH } from './institutions.types.ts';

// The wire format of an online asset search (网络查控) between the court and an institution: what
// the request carries (the outbox payload) and what the answer says. The same shapes travel through
// a connector and through the institution API (POST /institution/requests/{id}/answer).

/** The debtor as the institution is told of it: name and ID number or credit code. */
export type SearchDebtor = { readonly name: string; readonly kind: 'person' | 'organization'; readonly identity: string };

export type SearchPayload = {
  readonly searchId: string;
  readonly caseNumber: string;
  readonly court: string;
  readonly debtor: SearchDebtor;
  readonly kinds: readonly AssetKind[];
};

/** One asset the institution reports: its class, its identifier there, its amount or value in yuan. */
export type SearchItem = {
  readonly kind: AssetKind;
  readonly identifier: string;
  readonly amount: string | null;
  readonly description: string;
  readonly details: Readonly<Record<string, string>>;
};

export type SearchAnswer = { readonly kind: typeof ASSET_SEARCH; readonly items: readonly SearchItem[] };

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

export function parseSearchPayload(payload: unknown): SearchPayload | null {
  if (!isRecord(payload) || !isRecord(payload.debtor) || !Array.isArray(payload.kinds)) return null;
  const d = payload.debtor;
  if (typeof d.name !== 'string' || typeof d.identity !== 'string' || (d.kind !== 'person' && d.kind !== 'organization')) return null;
  return {
    searchId: text(payload.searchId),
    caseNumber: text(payload.caseNumber),
    court: text(payload.court),
    debtor: { name: d.name, kind: d.kind, identity: d.identity },
    kinds: payload.kinds.filter((k): k is AssetKind => (assetKinds as readonly unknown[]).includes(k)),
  };
}

export type AnswerProblem = { readonly index: number; readonly message: string };

/**
 * Reads a search answer. An item of a class the request did not ask for, without an identifier or
 * with an amount that is not yuan is a problem of that item; the API refuses the whole answer for
 * any problem, a connector's answer keeps its good items (the outbox has already accepted it).
 */
export function readSearchAnswer(
  answer: unknown,
  asked: readonly AssetKind[],
): { items: (SearchItem & { amountFen: bigint | null })[]; problems: AnswerProblem[] } {
  const items: (SearchItem & { amountFen: bigint | null })[] = [];
  const problems: AnswerProblem[] = [];
  const list = isRecord(answer) && Array.isArray(answer.items) ? answer.items : null;
  if (!list) return { items, problems: [{ index: -1, message: '答复须包含查询结果列表 items' }] };
  list.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) return problems.push({ index, message: '查询结果格式不正确' });
    const kind = raw.kind as AssetKind;
    if (!asked.includes(kind)) return problems.push({ index, message: `财产类别「${String(raw.kind)}」不在本次查询范围内` });
    const identifier = typeof raw.identifier === 'string' ? normalizeIdentifier(raw.identifier) : '';
    if (!identifier) return problems.push({ index, message: '缺少财产标识（账号、权证号、号牌等）' });
    const amount = raw.amount === undefined || raw.amount === null ? null : raw.amount;
    const amountFen = amount === null ? null : parseYuan(amount);
    if (amount !== null && amountFen === null) return problems.push({ index, message: '金额须为最多两位小数的元金额字符串' });
    const details: Record<string, string> = {};
    if (isRecord(raw.details)) for (const [k, v] of Object.entries(raw.details)) if (text(v)) details[k] = text(v);
    items.push({
      kind,
      identifier,
      amount: amountFen === null ? null : text(amount),
      amountFen,
      description: typeof raw.description === 'string' ? raw.description : '',
      details,
    });
  });
  return { items, problems };
}

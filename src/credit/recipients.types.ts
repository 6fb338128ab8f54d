// Who is told of every addition to and deletion from the dishonest list (失信名单规定(2017) 第7–8条:
// joint discipline by banks, the credit bureau, transport and the market regulator). Each recipient is
// an institution of the outbox (src/outbox) with the request kind `credit-notification`; until real
// connectors exist, the sandbox stands in for each of them (src/outbox/configured.ts).

export const CREDIT_NOTIFICATION = 'credit-notification';

export const creditRecipients = [
  { id: 'credit-bank', name: '商业银行（联合惩戒）' },
  { id: 'credit-bureau', name: '征信机构（中国人民银行征信中心）' },
  { id: 'credit-rail', name: '铁路客票系统' },
  { id: 'credit-airline', name: '民航订座系统' },
  { id: 'credit-market-regulator', name: '市场监督管理部门' },
] as const;
export type CreditRecipientId = (typeof creditRecipients)[number]['id'];

export const creditRecipientName = (id: string): string => creditRecipients.find((r) => r.id === id)?.name ?? id;

export const notificationKindNames = { addition: '纳入', deletion: '删除', correction: '更正' } as const;
export const notificationStateNames = { queued: '排队待发', sent: '已发出，待确认', acknowledged: '已确认收到' } as const;

/** What a recipient receives: the listing as published (the full identity: recipients act on it) and what changed. */
export type CreditNotice = {
  readonly notificationId: string;
  readonly seq: string;
  readonly kind: 'addition' | 'deletion' | 'correction';
  readonly listingId: string;
  readonly caseNumber: string;
  readonly court: string;
  readonly debtor: { readonly name: string; readonly kind: 'person' | 'organization'; readonly identity: string };
  readonly ground: number;
  readonly on: string;
  readonly deletionGround?: string;
};

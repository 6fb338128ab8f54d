import type { ReferenceMethod } from '../rules/reference-price.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { Fen } from '../shared/money.ts';

// Disposal (处置) of a seized asset as this context knows it: the reference-price process with its
// steps, the auction rounds, and the sale (变卖) or 以物抵债 that may follow. Money in steps is yuan text.

export type InquiryResult = {
  readonly platform: string;
  readonly price: string;
  readonly answeredOn: LocalDate;
  readonly challengeUpheld: boolean;
  /** Left out of the average: late (after 3 days) or its challenge upheld. */
  readonly counted: boolean;
};

export type AppraisalExtension = { readonly days: number; readonly askedOn: LocalDate; readonly dueOn: LocalDate };

export type ReferenceStep =
  | {
      method: 'negotiation';
      on: LocalDate;
      applicantFigure: string | null;
      debtorFigure: string | null;
      priced: boolean;
      price: string | null;
    }
  | { method: 'directed-inquiry'; on: LocalDate; body: string; priced: boolean; price: string | null }
  | { method: 'online-inquiry'; on: LocalDate; results: InquiryResult[]; priced: boolean; price: string | null }
  | {
      method: 'appraisal';
      on: LocalDate; // commissioned on
      appraiser: string;
      dueOn: LocalDate;
      extensions: AppraisalExtension[];
      reportOn: LocalDate | null;
      priced: boolean;
      price: string | null;
    };

export type ReferencePriceRecord = {
  readonly id: string;
  readonly courtId: number;
  readonly caseId: string;
  readonly assetId: string;
  readonly seizureId: string;
  readonly startedOn: LocalDate;
  readonly status: 'running' | 'fixed';
  readonly appraisalRequired: boolean;
  readonly directedRequested: boolean;
  readonly steps: readonly ReferenceStep[];
  readonly method: ReferenceMethod | null;
  readonly price: Fen | null;
  readonly fixedOn: LocalDate | null;
  readonly validUntil: LocalDate | null;
};

export const roundStatuses = ['announced', 'sold', 'unsold', 'withdrawn', 'defaulted', 'paid'] as const;
export type RoundStatus = (typeof roundStatuses)[number];
export const roundStatusNames: Record<RoundStatus, string> = {
  announced: '已公告',
  sold: '成交（待付款）',
  unsold: '流拍',
  withdrawn: '撤回',
  defaulted: '悔拍',
  paid: '成交（已付款）',
};

export type RoundBid = { readonly bidder: string; readonly amount: string; readonly at: string };

export type AuctionRoundRecord = {
  readonly id: string;
  readonly courtId: number;
  readonly caseId: string;
  readonly assetId: string;
  readonly referencePriceId: string;
  readonly round: 1 | 2;
  readonly platform: string;
  readonly startingPrice: Fen;
  readonly deposit: Fen;
  readonly increment: Fen;
  readonly announcedOn: LocalDate;
  readonly biddingStartsAt: Date;
  readonly biddingEndsAt: Date;
  readonly status: RoundStatus;
  readonly endedAt: Date | null;
  readonly outcomeOn: LocalDate | null;
  readonly buyer: string | null;
  readonly price: Fen | null;
  readonly reason: string | null;
  readonly bids: readonly RoundBid[] | null;
};

export const saleKinds = ['sale', 'set-off'] as const;
export type SaleKind = (typeof saleKinds)[number];
export const saleKindNames: Record<SaleKind, string> = { sale: '变卖', 'set-off': '以物抵债' };
export type SaleStatus = 'open' | 'sold' | 'unsold' | 'done';
export const saleStatusNames: Record<SaleStatus, string> = { open: '变卖期中', sold: '变卖成交', unsold: '变卖不成', done: '抵债完成' };

export type AssetSaleRecord = {
  readonly id: string;
  readonly courtId: number;
  readonly caseId: string;
  readonly assetId: string;
  readonly afterRoundId: string;
  readonly kind: SaleKind;
  readonly price: Fen;
  readonly startedOn: LocalDate;
  readonly periodEndsOn: LocalDate | null;
  readonly status: SaleStatus;
  readonly counterparty: string | null;
  readonly consentOn: LocalDate | null;
  readonly completedOn: LocalDate | null;
};

/** The platforms a round may be published on (the sandbox stands in for them in tests and demos). */
export const platforms = ['sandbox'] as const;
export type PlatformId = (typeof platforms)[number];
export const platformNames: Record<PlatformId, string> = { sandbox: '司法拍卖沙箱平台' };

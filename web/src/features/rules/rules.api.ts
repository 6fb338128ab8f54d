import { useMutation } from '@tanstack/react-query';
import { api } from '../../api.ts';

export type Basis = { source: string; version: string; article: string };
export type WithBasis = { basis: Basis[] };

/** One public calculator: POST /api/v1/rules/<name>, no sign-in. */
export function useCalculator<In, Out extends WithBasis>(name: string) {
  return useMutation({ mutationFn: (input: In) => api<Out>(`/rules/${name}`, { method: 'POST', body: input }) });
}

export type DelayInterestInput = {
  debt: string;
  deadline: string;
  payments: { on: string; amount: string }[];
  until?: string | undefined;
  excluded?: { from: string; to: string }[] | undefined;
  dayCount?: 'exclusive' | 'inclusive' | undefined;
};
export type DelayInterestResult = WithBasis & {
  doubledInterest: string;
  segments: { amount: string; from: string; to: string; days: number; interest: string }[];
  outstanding: string;
  debtOutstanding?: string;
  interestOutstanding?: string;
  stillAccruing?: boolean;
};

// Set when the answer rests on a year whose holiday arrangement is not yet published.
export type Provisional = { years: number[]; reason: string } | null;
export type PeriodResult = WithBasis & { end: string; shifted: boolean; nominalEnd?: string; provisional?: Provisional };
export type PayoutResult = WithBasis & { payBy: string; days?: number; shifted?: boolean; provisional?: Provisional };

export type CaseNumberResult = WithBasis & {
  valid: boolean;
  errors: string[];
  year: number | null;
  courtCode: string | null;
  court: { code: string; name: string; level: string; parentCode: string | null } | null;
  formerCode: { code: string; name: string; until: string; inUse: boolean } | null;
  typeCode: string | null;
  typeName: string | null;
  category: string | null;
  categoryName: string | null;
  enforcement: boolean;
  serial: number | null;
  legacy: boolean;
  suffix: string | null;
  underlying: string | null;
};
export type SeizureResult = WithBasis & { maxEnd: string; maxYears: number };

export type AuctionInput = { referencePrice: string; assetKind: 'movable' | 'immovable'; firstStartingPrice?: string | undefined };
export type AuctionResult = WithBasis & {
  first: { minStartingPrice: string; startingPrice: string; depositMin: string; depositMax: string; announceDays: number };
  second: { minStartingPrice: string; startingPrice?: string; announceDays: number; withinDays: number };
  sale: { price: string; periodDays: number };
};

export type DistributionClaim = { id: string; amount: string; priority?: number | boolean | undefined; seizureRank?: number | undefined };
export type DistributionInput = { proceeds: string; costs: string; debtorKind: 'person' | 'enterprise'; claims: DistributionClaim[] };
export type DistributionResult = WithBasis & {
  allocations: { id: string; amount: string; stage?: 'priority' | 'ordinary'; shortfall?: string }[];
  remainder: string;
  costsPaid?: string;
};

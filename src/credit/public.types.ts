// What the dishonest list's disclosure answers (ADR 0208; the contract: public.contract.ts).

export type PublicQueryBy = 'name' | 'id-number' | 'credit-code';

/** One published listing as the public sees it: the fields of 失信名单规定(2017) 第6条. */
export type PublicListingItem = {
  name: string;
  kind: 'person' | 'organization';
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  sex: '男' | '女' | null;
  age: number | null;
  caseNumber: string;
  court: string;
  filedOn: string;
  basis: string;
  obligation: string;
  performance: string;
  behaviour: string;
  publishedOn: string;
  endsOn: string | null;
};

export type PublicAnswer = { by: PublicQueryBy; items: PublicListingItem[]; truncated: boolean };

export type FeedEntry = {
  cursor: string;
  kind: 'addition' | 'deletion';
  on: string;
  listingId: string;
  courtCode: string;
  court: string;
  caseNumber: string;
  debtor: {
    name: string;
    kind: 'person' | 'organization';
    idNumber: string | null;
    creditCode: string | null;
    legalRepresentative: string | null;
  };
  ground: number;
  groundName: string;
  endsOn: string | null;
  deletionGround: string | null;
  deletionGroundName: string | null;
};

export type FeedAnswer = { items: FeedEntry[]; next: string; more: boolean };

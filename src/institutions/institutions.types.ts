import type { AssetKind } from '../shared/asset-kinds.ts';

// The institutions that assist enforcement (协助执行单位): banks, registries, the securities
// depository, payment platforms … Each is addressed by its code, the outbox's `institution`.

export const institutionCategories = [
  'bank',
  'real-estate-registry',
  'vehicle-registry',
  'securities-depository',
  'market-regulator',
  'payment-platform',
  'housing-fund-centre',
  'insurance',
  'maritime',
] as const;
export type InstitutionCategory = (typeof institutionCategories)[number];

export type Institution = {
  readonly code: string;
  readonly name: string;
  readonly category: InstitutionCategory;
  /** The asset classes a search there covers. */
  readonly kinds: readonly AssetKind[];
  /** The sandbox network's stand-in (src/institutions/sandbox), not a real institution. */
  readonly sandbox: boolean;
};

/** The request kind of an online asset search (网络查控), in the outbox. */
export const ASSET_SEARCH = 'asset-search';

/** The kinds of request an institution answers through the API; each has its answer's shape. */
export const answerKinds = [ASSET_SEARCH] as const;
export type AnswerKind = (typeof answerKinds)[number];

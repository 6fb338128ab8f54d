// The asset classes that enforcement searches, registers and seizes, shared by the server's
// contexts (searches, assets, seizures, reports, leads) and the web app. Written once, here.
//
// `identifierName` is what identifies an asset of the class at its registry: two cases that touch
// the same kind and identifier meet on one asset record. `seizureTerm` is the class the rules
// library's maximum seizure term reads (src/rules/seizure-term.ts: deposits 1 year, movables 2,
// immovables and other property rights 3; 民诉法解释 第485条).

/** The classes of src/rules/seizure-term.ts (shared code does not import the rules; the names are the same). */
type SeizureAssetKind = 'deposit' | 'movable' | 'immovable' | 'other-right';

export const assetKinds = [
  'deposit',
  'wealth-product',
  'real-estate',
  'vehicle',
  'securities',
  'equity',
  'online-payment',
  'housing-fund',
  'insurance',
  'ship',
  'other',
] as const;
export type AssetKind = (typeof assetKinds)[number];

export const assetKindNames: Record<AssetKind, string> = {
  deposit: '银行存款',
  'wealth-product': '理财产品',
  'real-estate': '不动产',
  vehicle: '车辆',
  securities: '证券',
  equity: '股权',
  'online-payment': '网络支付账户',
  'housing-fund': '住房公积金',
  insurance: '保险',
  ship: '船舶',
  other: '其他财产',
};

/** What the identifier of an asset of each class is, at its registry. */
export const identifierNames: Record<AssetKind, string> = {
  deposit: '银行账号',
  'wealth-product': '产品账户号',
  'real-estate': '不动产权证号',
  vehicle: '号牌号码',
  securities: '证券账户号',
  equity: '标的企业统一社会信用代码',
  'online-payment': '支付账户号',
  'housing-fund': '公积金账号',
  insurance: '保险单号',
  ship: '船舶登记号',
  other: '登记号或编号',
};

export const seizureTermKind: Record<AssetKind, SeizureAssetKind> = {
  deposit: 'deposit',
  'wealth-product': 'other-right',
  'real-estate': 'immovable',
  vehicle: 'movable',
  securities: 'other-right',
  equity: 'other-right',
  'online-payment': 'deposit',
  'housing-fund': 'deposit',
  insurance: 'other-right',
  ship: 'movable',
  other: 'other-right',
};

/** Money held at an institution: frozen with an amount, and turned into case money by deduction (扣划). */
export const isMonetary = (kind: AssetKind): boolean =>
  kind === 'deposit' || kind === 'online-payment' || kind === 'housing-fund' || kind === 'wealth-product';

/** The same identifier however a clerk typed it: no spaces or dashes, half-width, upper case. */
export function normalizeIdentifier(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\-‐-―_]/g, '')
    .toUpperCase();
}

import type { AssetKind } from '../shared/asset-kinds.ts';
import type { Institution } from './institutions.types.ts';

// The institutions a search can be sent to. Until real connectors are built these are the sandbox
// network's (src/institutions/sandbox): the same codes, names and asset classes a real network
// would have, each marked 模拟 so that nobody takes a sandbox answer for a bank's.

const sandbox = (code: string, name: string, category: Institution['category'], kinds: AssetKind[]): Institution => ({
  code,
  name: `${name}（模拟）`,
  category,
  kinds,
  sandbox: true,
});

export const institutions: readonly Institution[] = [
  sandbox('sandbox-icbc', '中国工商银行', 'bank', ['deposit', 'wealth-product']),
  sandbox('sandbox-ccb', '中国建设银行', 'bank', ['deposit', 'wealth-product']),
  sandbox('sandbox-abc', '中国农业银行', 'bank', ['deposit', 'wealth-product']),
  sandbox('sandbox-jmrcb', '江门农村商业银行', 'bank', ['deposit', 'wealth-product']),
  sandbox('sandbox-real-estate', '江门市不动产登记中心', 'real-estate-registry', ['real-estate']),
  sandbox('sandbox-vehicles', '江门市公安局交通警察支队车辆管理所', 'vehicle-registry', ['vehicle']),
  sandbox('sandbox-csdc', '中国证券登记结算有限责任公司', 'securities-depository', ['securities']),
  sandbox('sandbox-market', '江门市市场监督管理局', 'market-regulator', ['equity']),
  sandbox('sandbox-payment', '网络支付平台', 'payment-platform', ['online-payment']),
  sandbox('sandbox-housing-fund', '江门市住房公积金管理中心', 'housing-fund-centre', ['housing-fund']),
  sandbox('sandbox-insurance', '保险信息平台', 'insurance', ['insurance']),
  sandbox('sandbox-maritime', '江门海事局', 'maritime', ['ship']),
];

const byCode = new Map(institutions.map((i) => [i.code, i]));
if (byCode.size !== institutions.length) throw new Error('two institutions share a code');

export const institutionByCode = (code: string): Institution | undefined => byCode.get(code);

/** The institutions a search for these kinds goes to, each with the kinds it covers among them. */
export function institutionsCovering(kinds: readonly AssetKind[]): { institution: Institution; kinds: AssetKind[] }[] {
  return institutions
    .map((institution) => ({ institution, kinds: institution.kinds.filter((k) => kinds.includes(k)) }))
    .filter((x) => x.kinds.length > 0);
}

/** The asset classes a search covers: every class some institution answers for. */
export const searchableKinds: readonly AssetKind[] = [...new Set(institutions.flatMap((i) => i.kinds))];

import { createHash } from 'node:crypto';
import { creditCodeCheckChar } from '../../rules/identity.ts';
import { formatYuan } from '../../shared/money.ts';
import type { AssetKind } from '../../shared/asset-kinds.ts';
import type { Institution } from '../institutions.types.ts';
import type { SearchItem, SearchDebtor } from '../search-answer.ts';

// What each institution of the sandbox network holds for a debtor: decided by a hash of the
// institution's code and the debtor's ID number or credit code, so that the same debtor always has
// the same accounts, flats and cars, in every run and on every machine. Numbers look like the real
// ones (a 不动产权证号 is 粤(2024)江门市不动产权第0012345号, a plate 粤J·…), amounts are fen.

type Draw = { byte(): number; pick<T>(list: readonly T[]): T; digits(n: number): string; fen(maxYuan: number): bigint };

function draws(seed: string): Draw {
  let block = Buffer.alloc(0);
  let round = 0;
  let at = 0;
  const byte = () => {
    if (at >= block.length) {
      block = createHash('sha256').update(`${seed}|${round++}`).digest();
      at = 0;
    }
    return block[at++]!;
  };
  return {
    byte,
    pick: (list) => list[byte() % list.length]!,
    digits: (n) => Array.from({ length: n }, () => String(byte() % 10)).join(''),
    // Spread over orders of magnitude, as balances are: most small, a few large.
    fen: (maxYuan) => {
      const scale = [1, 10, 100, 1000][byte() % 4]!;
      const raw = BigInt((byte() * 256 + byte()) * scale) * 100n + BigInt(byte() % 100);
      return raw % (BigInt(maxYuan) * 100n) || 1n;
    },
  };
}

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DISTRICTS = ['蓬江区', '江海区', '新会区'];
const ROADS = ['建设路', '港口路', '白沙大道', '五邑路', '胜利路', '迎宾大道'];
const BRANCHES = ['江门分行营业部', '蓬江支行', '江海支行', '新会支行', '台山支行'];
const CARS = ['丰田凯美瑞', '本田雅阁', '大众帕萨特', '比亚迪汉', '日产轩逸', '五菱宏光'];
const TRADES = ['建材', '五金', '贸易', '电器', '物流', '食品'];

const money = (f: bigint) => formatYuan(f);

type Maker = (d: Draw, debtor: SearchDebtor, institution: Institution) => SearchItem[];

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

const bank: Maker = (d, debtor, inst) => {
  const prefix = { 'sandbox-icbc': '6222', 'sandbox-ccb': '6217', 'sandbox-abc': '6228' }[inst.code] ?? '6230';
  const person = debtor.kind === 'person';
  const deposits = times(d.pick([0, 1, 1, 2, 0, 1, 3, 0]), () => {
    const balance = d.fen(person ? 300_000 : 3_000_000);
    const branch = d.pick(BRANCHES);
    const accountType = person ? '活期储蓄账户' : '单位基本存款账户';
    return {
      kind: 'deposit' as const,
      identifier: person ? `${prefix}${d.digits(15)}` : `44${d.digits(18)}`,
      amount: money(balance),
      description: `${accountType}，${branch}`,
      details: { branch, accountType, currency: '人民币' },
    };
  });
  const products = times(d.byte() % 4 === 0 ? 1 : 0, () => {
    const value = d.fen(500_000);
    const product = `${d.pick(['稳利', '添利', '鑫享'])}${d.digits(2)}号`;
    return {
      kind: 'wealth-product' as const,
      identifier: `LC${prefix}${d.digits(12)}`,
      amount: money(value),
      description: `理财产品「${product}」份额`,
      details: { product, redeemable: d.byte() % 2 === 0 ? '是' : '否' },
    };
  });
  return [...deposits, ...products];
};

const realEstate: Maker = (d, debtor) =>
  times(d.pick([0, 0, 1, 1, 2]), () => {
    const area = 6000 + ((d.byte() * 40 + d.byte()) % 9000); // 60.00–150.00 m², in hundredths
    const unit = BigInt(8000 + (d.byte() % 70) * 100); // yuan per m²
    const value = BigInt(area) * unit; // fen: area/100 × unit × 100
    const location = `江门市${d.pick(DISTRICTS)}${d.pick(ROADS)}${1 + (d.byte() % 300)}号${1 + (d.byte() % 12)}栋${1 + (d.byte() % 30)}0${1 + (d.byte() % 4)}房`;
    const use = debtor.kind === 'person' ? '住宅' : d.pick(['商业', '工业', '办公']);
    return {
      kind: 'real-estate' as const,
      identifier: `粤(${2012 + (d.byte() % 13)})江门市不动产权第${d.digits(7)}号`,
      amount: money(value),
      description: `${location}，${use}，建筑面积 ${(area / 100).toFixed(2)} 平方米`,
      details: { location, use, area: (area / 100).toFixed(2), mortgaged: d.byte() % 3 === 0 ? '是' : '否' },
    };
  });

const vehicles: Maker = (d) =>
  times(d.pick([0, 1, 0, 1, 2]), () => {
    const plate = `粤J${LETTERS[d.byte() % LETTERS.length]}${d.digits(4)}`;
    const value = d.fen(250_000);
    const model = d.pick(CARS);
    return {
      kind: 'vehicle' as const,
      identifier: plate,
      amount: money(value),
      description: `${model}，小型轿车`,
      details: { model, vehicleType: '小型轿车', registeredYear: String(2010 + (d.byte() % 15)) },
    };
  });

const securities: Maker = (d) =>
  times(d.byte() % 3 === 0 ? 1 : 0, () => {
    const shanghai = d.byte() % 2 === 0;
    const value = d.fen(800_000);
    return {
      kind: 'securities' as const,
      identifier: shanghai ? `A${d.digits(9)}` : `0${d.digits(9)}`,
      amount: money(value),
      description: `${shanghai ? '上海' : '深圳'}证券账户，持仓市值`,
      details: { market: shanghai ? '上海' : '深圳' },
    };
  });

const equity: Maker = (d) =>
  times(d.byte() % 3 === 0 ? 1 : 0, () => {
    const first17 = `91440703${Array.from({ length: 9 }, () => d.pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY'])).join('')}`;
    const enterprise = `江门市${d.pick(['恒达', '嘉和', '利丰', '宏业', '华顺'])}${d.pick(TRADES)}有限公司`;
    const share = 5 + (d.byte() % 90);
    const value = d.fen(2_000_000);
    return {
      kind: 'equity' as const,
      identifier: first17 + creditCodeCheckChar(first17),
      amount: money(value),
      description: `${enterprise} ${share}% 股权（认缴出资额）`,
      details: { enterprise, share: `${share}%` },
    };
  });

const payment: Maker = (d) =>
  times(d.byte() % 2, () => {
    const balance = d.fen(50_000);
    return {
      kind: 'online-payment' as const,
      identifier: `2088${d.digits(12)}`,
      amount: money(balance),
      description: '网络支付账户（已实名认证）',
      details: { realNameVerified: '是' },
    };
  });

const housingFund: Maker = (d, debtor) =>
  times(debtor.kind === 'person' && d.byte() % 3 !== 0 ? 1 : 0, () => {
    const balance = d.fen(200_000);
    const status = d.pick(['正常缴存', '封存']);
    return {
      kind: 'housing-fund' as const,
      identifier: `4407${d.digits(10)}`,
      amount: money(balance),
      description: `住房公积金个人账户，${status}`,
      details: { status },
    };
  });

const insurance: Maker = (d) =>
  times(d.byte() % 3 === 0 ? 1 : 0, () => {
    const value = d.fen(300_000);
    const product = d.pick(['终身寿险', '两全保险', '年金保险']);
    return {
      kind: 'insurance' as const,
      identifier: `P${d.digits(16)}`,
      amount: money(value),
      description: `${product}，现金价值`,
      details: { product },
    };
  });

const maritime: Maker = (d) =>
  times(d.byte() % 8 === 0 ? 1 : 0, () => {
    const value = d.fen(3_000_000);
    const name = `江门${d.pick(['顺达', '海丰', '新会'])}${1 + (d.byte() % 99)}号`;
    return {
      kind: 'ship' as const,
      identifier: `070${d.digits(9)}`,
      amount: money(value),
      description: `${name}，内河货船`,
      details: { name, shipType: '内河货船', grossTonnage: String(200 + d.byte() * 10) },
    };
  });

const makers: Record<Institution['category'], Maker> = {
  bank,
  'real-estate-registry': realEstate,
  'vehicle-registry': vehicles,
  'securities-depository': securities,
  'market-regulator': equity,
  'payment-platform': payment,
  'housing-fund-centre': housingFund,
  insurance,
  maritime,
};

/** What the institution holds for the debtor, among the kinds asked. */
export function sandboxHoldings(institution: Institution, debtor: SearchDebtor, kinds: readonly AssetKind[]): SearchItem[] {
  const d = draws(`${institution.code}|${debtor.identity || debtor.name}`);
  return makers[institution.category](d, debtor, institution).filter((item) => kinds.includes(item.kind));
}

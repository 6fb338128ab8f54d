import { addDays, daysBetween, localDate, yearOf, type LocalDate } from '../shared/dates.ts';
import type { IssuerType } from '../shared/vocabulary.ts';
import { fen, formatYuan, type Fen } from '../shared/money.ts';
import type { EnforcementTitle, Obligation, Party } from '../cases/cases.types.ts';
import type { Namer, Region, Rng } from './names.ts';

// 执行依据 as a court's caseload has them: judgments and mediations of the trial court (民初) or of
// the intermediate court on appeal (民终), arbitral awards (仲案字), labour arbitration awards,
// notarised debt instruments with their 执行证书 (证字), and for 执保 the preservation ruling. Each
// with its parties and obligations (principal, interest, the fees the debtor bears).

export type TitleKind = 'judgment' | 'appeal' | 'mediation' | 'arbitration' | 'labour-arbitration' | 'notarial' | 'preservation';

export type DemoCourtInfo = Region & { code: string; name: string; parentCode: string; parentName: string };

export type Filing = {
  titleKind: TitleKind;
  /** 案由. */
  cause: string;
  title: EnforcementTitle;
  claimAmount: Fen;
  applicants: Party[];
  debtors: Party[];
  thirdParties: Party[];
};

// The kind of document each demo title is (the filing's 执行依据种类).
const issuerTypeOf: Record<TitleKind, IssuerType> = {
  judgment: 'court-judgment',
  appeal: 'court-judgment',
  mediation: 'court-mediation',
  arbitration: 'arbitral-award',
  'labour-arbitration': 'arbitral-award',
  notarial: 'notarial-deed',
  preservation: 'court-ruling',
};

type Side = 'person' | 'company' | 'bank';
type Cause = {
  name: string;
  weight: number;
  yuan: [number, number]; // the principal's range, drawn log-uniformly (most claims small, a few very large)
  applicant: Side[];
  debtor: Side[];
  principal: string;
  guarantors?: boolean;
  titles: TitleKind[]; // the kinds of title this dispute is enforced on, the first the most common
};

const CAUSES: Cause[] = [
  {
    name: '民间借贷纠纷',
    weight: 22,
    yuan: [5_000, 3_000_000],
    applicant: ['person'],
    debtor: ['person', 'person', 'company'],
    principal: '借款本金',
    titles: ['judgment', 'mediation', 'judgment', 'appeal', 'notarial'],
  },
  {
    name: '买卖合同纠纷',
    weight: 16,
    yuan: [8_000, 5_000_000],
    applicant: ['company'],
    debtor: ['company', 'company', 'person'],
    principal: '货款',
    titles: ['judgment', 'mediation', 'arbitration', 'appeal'],
  },
  {
    name: '金融借款合同纠纷',
    weight: 12,
    yuan: [50_000, 25_000_000],
    applicant: ['bank'],
    debtor: ['company', 'person'],
    principal: '借款本金',
    guarantors: true,
    titles: ['judgment', 'notarial', 'judgment', 'mediation'],
  },
  {
    name: '信用卡纠纷',
    weight: 8,
    yuan: [3_000, 150_000],
    applicant: ['bank'],
    debtor: ['person'],
    principal: '透支本金',
    titles: ['judgment', 'mediation'],
  },
  {
    name: '机动车交通事故责任纠纷',
    weight: 8,
    yuan: [2_000, 600_000],
    applicant: ['person'],
    debtor: ['person', 'company'],
    principal: '赔偿款',
    titles: ['judgment', 'mediation', 'appeal'],
  },
  {
    name: '劳动争议',
    weight: 8,
    yuan: [3_000, 120_000],
    applicant: ['person'],
    debtor: ['company'],
    principal: '拖欠工资及经济补偿金',
    titles: ['labour-arbitration', 'labour-arbitration', 'judgment'],
  },
  {
    name: '物业服务合同纠纷',
    weight: 7,
    yuan: [300, 12_000],
    applicant: ['company'],
    debtor: ['person'],
    principal: '物业服务费',
    titles: ['judgment', 'mediation'],
  },
  {
    name: '房屋租赁合同纠纷',
    weight: 6,
    yuan: [5_000, 800_000],
    applicant: ['person', 'company'],
    debtor: ['person', 'company'],
    principal: '租金',
    titles: ['judgment', 'mediation', 'arbitration'],
  },
  {
    name: '建设工程施工合同纠纷',
    weight: 5,
    yuan: [100_000, 30_000_000],
    applicant: ['company'],
    debtor: ['company'],
    principal: '工程款',
    titles: ['judgment', 'arbitration', 'appeal'],
  },
  {
    name: '服务合同纠纷',
    weight: 4,
    yuan: [5_000, 500_000],
    applicant: ['company'],
    debtor: ['company', 'person'],
    principal: '服务费',
    titles: ['judgment', 'arbitration'],
  },
  {
    name: '追偿权纠纷',
    weight: 2,
    yuan: [100_000, 10_000_000],
    applicant: ['company'],
    debtor: ['company'],
    principal: '代偿款',
    guarantors: true,
    titles: ['judgment', 'arbitration'],
  },
];
const TOTAL_WEIGHT = CAUSES.reduce((s, c) => s + c.weight, 0);

// 《诉讼费用交纳办法》第13条：财产案件受理费按争议金额分段累计交纳 (a mediated case pays half, 第15条).
const FEE_BANDS: [number, number][] = [
  [100_000, 0.025],
  [200_000, 0.02],
  [500_000, 0.015],
  [1_000_000, 0.01],
  [2_000_000, 0.009],
  [5_000_000, 0.008],
  [10_000_000, 0.007],
  [20_000_000, 0.006],
  [Infinity, 0.005],
];
function caseFee(yuan: number): number {
  if (yuan <= 10_000) return 50;
  let fee = 50;
  let from = 10_000;
  for (const [to, rate] of FEE_BANDS) {
    if (yuan <= from) break;
    fee += (Math.min(yuan, to) - from) * rate;
    from = to;
  }
  return Math.round(fee);
}

const yuanToFen = (yuan: number, cents = 0): Fen => fen(BigInt(Math.round(yuan)) * 100n + BigInt(cents));
const money = (amount: Fen, description: string): Obligation => ({ kind: 'money', amount, description });
const pad4 = (n: number) => String(n).padStart(4, '0');

/** A serial in a document series that runs through the year: later in the year, higher. */
const serialAt = (rnd: Rng, on: LocalDate, perYear: number) =>
  Math.max(1, Math.floor((daysBetween(localDate(`${yearOf(on)}-01-01`), on) / 366) * perYear) + rnd.int(1, Math.ceil(perYear / 30)));

function documentOf(rnd: Rng, c: DemoCourtInfo, kind: TitleKind, on: LocalDate): { documentNumber: string; issuer: string } {
  const y = yearOf(on);
  switch (kind) {
    case 'appeal':
      return { documentNumber: `（${y}）${c.parentCode}民终${serialAt(rnd, on, 4_000)}号`, issuer: c.parentName };
    case 'arbitration':
      return { documentNumber: `（${y}）${c.abbr}仲案字第${pad4(serialAt(rnd, on, 1_500))}号`, issuer: `${c.cityShort}仲裁委员会` };
    case 'labour-arbitration':
      return { documentNumber: `${c.abbr}劳人仲案字〔${y}〕${serialAt(rnd, on, 2_500)}号`, issuer: `${c.city}劳动人事争议仲裁委员会` };
    case 'notarial':
      return { documentNumber: `（${y}）粤${c.abbr}证字第${serialAt(rnd, on, 3_000)}号`, issuer: `广东省${c.city}${c.county}公证处` };
    case 'preservation':
      return rnd.chance(0.4)
        ? { documentNumber: `（${y}）${c.code}财保${serialAt(rnd, on, 300)}号`, issuer: c.name }
        : { documentNumber: `（${y}）${c.code}民初${serialAt(rnd, on, 9_000)}号`, issuer: c.name };
    default:
      return { documentNumber: `（${y}）${c.code}民初${serialAt(rnd, on, 9_000)}号`, issuer: c.name };
  }
}

function causeOf(rnd: Rng): Cause {
  let w = rnd.next() * TOTAL_WEIGHT;
  for (const c of CAUSES) if ((w -= c.weight) < 0) return c;
  return CAUSES[0]!;
}

export type PartyPools = { debtorOf(court: string, make: () => Party): Party };

/** The parties, title and claim of one filing. `kind` forces the kind of title (a 执保 case, or an award that will be refused). */
export function makeFiling(rnd: Rng, names: Namer, pools: PartyPools, c: DemoCourtInfo, filedOn: LocalDate, kind?: TitleKind): Filing {
  let cause = causeOf(rnd);
  if (kind && kind !== 'preservation') while (!cause.titles.includes(kind)) cause = causeOf(rnd);
  const titleKind = kind ?? rnd.pick(cause.titles);
  const side = (s: Side) => (s === 'bank' ? names.bank(c) : s === 'company' ? names.company(c) : names.person(c));
  const [lo, hi] = cause.yuan;
  const principal = Math.round(Math.exp(Math.log(lo) + rnd.next() * (Math.log(hi) - Math.log(lo))) / 10) * 10;
  const applicants = [side(rnd.pick(cause.applicant))];
  if (applicants[0]!.kind === 'person' && rnd.chance(0.04)) applicants.push(names.person(c));
  const first = rnd.pick(cause.debtor);
  // Companies in difficulty are debtors in series of cases: some debtors recur across filings.
  const debtors = [first === 'company' && rnd.chance(0.25) ? pools.debtorOf(c.code, () => names.company(c)) : side(first)];
  if (cause.guarantors) for (let i = rnd.int(0, 2); i > 0; i--) debtors.push(rnd.chance(0.6) ? names.person(c) : names.company(c));
  const thirdParties = rnd.chance(0.08) ? [rnd.chance(0.6) ? names.person(c) : names.company(c)] : [];
  if (titleKind === 'preservation')
    return { ...preservation(rnd, c, filedOn, principal, applicants, debtors, thirdParties), cause: cause.name };

  const graceDays = titleKind === 'mediation' ? rnd.int(15, 90) : titleKind === 'notarial' ? rnd.int(30, 180) : rnd.pick([10, 15, 30]);
  const effectiveOn = addDays(filedOn, -(graceDays + rnd.int(5, 240)));
  const performanceDeadline = addDays(effectiveOn, graceDays);
  const cents = rnd.chance(0.3) ? rnd.int(1, 99) : 0;
  const obligations: Obligation[] = [money(yuanToFen(principal, cents), `${cause.name}：给付${cause.principal}`)];
  if (rnd.chance(0.6) && cause.principal !== '物业服务费')
    obligations.push(money(yuanToFen(principal * (0.03 + rnd.next() * 0.15)), `${cause.name}：利息（暂计至${effectiveOn}）`));
  if (titleKind === 'judgment' || titleKind === 'appeal' || titleKind === 'mediation') {
    const fee = caseFee(principal) / (titleKind === 'mediation' ? 2 : 1);
    obligations.push(money(yuanToFen(fee), titleKind === 'appeal' ? '负担的一、二审案件受理费' : '负担的案件受理费'));
  } else if (titleKind === 'arbitration') obligations.push(money(yuanToFen(Math.max(500, principal * 0.012)), '负担的仲裁费'));
  if (cause.name === '房屋租赁合同纠纷' && rnd.chance(0.5)) obligations.push({ kind: 'act', description: '迁出并返还租赁房屋' });
  const claimAmount = fen(obligations.reduce((s, o) => s + (o.kind === 'money' ? o.amount : 0n), 0n));
  const title = {
    ...documentOf(rnd, c, titleKind, effectiveOn),
    issuerType: issuerTypeOf[titleKind],
    effectiveOn,
    performanceDeadline,
    obligations,
  };
  return { titleKind, cause: cause.name, title, claimAmount, applicants, debtors, thirdParties };
}

function preservation(
  rnd: Rng,
  c: DemoCourtInfo,
  filedOn: LocalDate,
  yuan: number,
  applicants: Party[],
  debtors: Party[],
  thirdParties: Party[],
): Omit<Filing, 'cause'> {
  const effectiveOn = addDays(filedOn, -rnd.int(0, 3));
  const amount = yuanToFen(yuan);
  const description = `财产保全：冻结被申请人银行存款人民币${formatYuan(amount)}元或查封、扣押其相应价值的其他财产`;
  const title = {
    ...documentOf(rnd, c, 'preservation', effectiveOn),
    issuerType: 'court-ruling' as const,
    effectiveOn,
    performanceDeadline: null,
    obligations: [{ kind: 'act' as const, description }],
  };
  return { titleKind: 'preservation', title, claimAmount: amount, applicants, debtors, thirdParties };
}

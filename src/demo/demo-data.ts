import { makeCreditCode, makeResidentId } from '../rules/identity.ts';
import { formatCaseNumber } from '../rules/case-number.ts';
import { addDays, compareDates, daysBetween, localDate, type LocalDate } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { typeCodeOf, type CaseStatus, type ClosureMode } from '../cases/cases.types.ts';

// Deterministic cases in the import format (the same seed gives the same rows on every machine),
// for the import benchmark and the tests that need imported cases. The demo itself is a court's
// history with real dates: src/demo/caseload.ts, written by src/demo/write-caseload.ts.

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '志强',
  '晓东',
  '海燕',
  '国强',
  '文军',
  '嘉欣',
];
const FIRM_WORDS = ['华', '粤', '信', '达', '隆', '盛', '泰', '丰', '恒', '源', '兴', '宏', '昌', '鑫', '利', '通', '海', '江', '骏', '安'];
const FIRM_KINDS = ['贸易', '建材', '科技', '实业', '五金', '电器', '纺织', '物流', '建筑工程', '食品', '家具', '投资'];
const ISSUERS = ['人民法院', '仲裁委员会'];
const CAUSES = ['借款合同纠纷', '买卖合同纠纷', '民间借贷纠纷', '劳动争议', '建设工程施工合同纠纷', '租赁合同纠纷', '服务合同纠纷'];

export type DemoCourt = { code: string; name: string; divisionCode: string | null };

export type DemoOptions = {
  count: number;
  seed?: number;
  courts: readonly DemoCourt[];
  homeCourt: string;
  homeShare?: number;
  until?: LocalDate;
};

type Pick = <T>(list: readonly T[]) => T;

const STATUS_WEIGHTS: [CaseStatus | ClosureMode, number][] = [
  ['filed', 14],
  ['in-progress', 34],
  ['suspended', 5],
  ['deferred', 3],
  ['fully-enforced', 19],
  ['current-procedure-terminated', 15],
  ['terminated', 4],
  ['cancelled', 2],
  ['refused', 2],
  ['rejected', 2],
];

export function* demoRows(opts: DemoOptions): Generator<Record<string, unknown>> {
  const rnd = prng(opts.seed ?? 20261126);
  const pick: Pick = (list) => list[Math.floor(rnd() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const serials = new Map<string, number>();
  const until = opts.until ?? localDate('2026-11-20');
  const start = localDate('2024-01-02');
  const span = Math.max(1, daysBetween(start, until));
  const home = opts.courts.find((c) => c.code === opts.homeCourt) ?? opts.courts[0]!;
  const totalWeight = STATUS_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let personSeq = 0;
  let firmSeq = 0;
  const person = (region: string) => {
    const birth = addDays(localDate('1960-01-01'), int(0, 14_000));
    personSeq += 1;
    return { kind: 'person', name: pick([...SURNAMES]) + pick(GIVEN), idNumber: makeResidentId(region, birth, personSeq % 1000) };
  };
  const firm = (region: string, city: string) => {
    firmSeq += 1;
    const subject = String(10_000_000 + ((firmSeq * 7919) % 89_999_999)).slice(0, 8);
    return {
      kind: 'organization',
      name: `${city}${pick(FIRM_WORDS)}${pick(FIRM_WORDS)}${pick(FIRM_KINDS)}有限公司`,
      creditCode: makeCreditCode({ authority: '9', organisationType: '1', region, subject }),
      legalRepresentative: pick([...SURNAMES]) + pick(GIVEN),
    };
  };
  for (let i = 0; i < opts.count; i++) {
    const court = rnd() < (opts.homeShare ?? 0.6) ? home : pick(opts.courts);
    const region = court.divisionCode ?? '440703';
    const city = court.name.replace(/^广东省/, '').replace(/(市|自治州).*$/, '$1');
    const filedOn = addDays(start, Math.floor(rnd() * span));
    const year = Number(filedOn.slice(0, 4));
    const key = `${court.code}|${year}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    let w = rnd() * totalWeight;
    let state: CaseStatus | ClosureMode = 'filed';
    for (const [s, weight] of STATUS_WEIGHTS)
      if ((w -= weight) < 0) {
        state = s;
        break;
      }
    const effectiveOn = addDays(filedOn, -int(20, 200));
    const deadline = addDays(effectiveOn, pick([10, 15, 30]));
    const principal = BigInt(int(5, 3_000)) * 100_000n + BigInt(int(0, 99_999));
    const closedOn = addDays(filedOn, int(20, 300));
    const closed = !['filed', 'in-progress', 'suspended', 'deferred'].includes(state);
    const closure =
      closed && compareDates(closedOn, until) <= 0 ? { mode: state, closedOn, reason: closureReason(state as ClosureMode) } : null;
    const status: CaseStatus = closure ? 'closed' : closed ? 'in-progress' : (state as CaseStatus);
    const issuerIsCourt = rnd() < 0.8;
    yield {
      caseNumber: formatCaseNumber({ year, courtCode: court.code, typeCode: typeCodeOf.first, serial }),
      courtCode: court.code,
      type: 'first',
      filedOn,
      claimAmount: formatYuan(principal),
      status,
      ...(closure ? { closure } : {}),
      title: {
        documentNumber: `（${Number(effectiveOn.slice(0, 4))}）${court.code}民初${int(100, 9999)}号`,
        issuer: issuerIsCourt ? court.name : `${city}${ISSUERS[1]}`,
        effectiveOn,
        performanceDeadline: deadline,
        obligations: [{ kind: 'money', amount: formatYuan(principal), description: `${pick(CAUSES)}：给付款项` }],
      },
      applicants: [rnd() < 0.55 ? person(region) : firm(region, city)],
      debtors: [rnd() < 0.6 ? person(region) : firm(region, city)],
    };
  }
}

function closureReason(mode: ClosureMode): string {
  return {
    'fully-enforced': '被执行人已履行全部义务',
    'current-procedure-terminated': '经穷尽财产调查措施，未发现可供执行的财产，申请执行人签字确认',
    terminated: '申请执行人撤回执行申请',
    cancelled: '案件指定其他法院执行，本案销案',
    refused: '仲裁裁决经审查裁定不予执行',
    rejected: '申请不符合立案条件，裁定驳回申请',
  }[mode];
}

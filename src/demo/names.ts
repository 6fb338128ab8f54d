import { makeCreditCode, makeResidentId, validateResidentId } from '../rules/identity.ts';
import { noContact } from '../cases/cases.types.ts';
import { fromDayNumber, localDate, toDayNumber } from '../shared/dates.ts';
import type { Party } from '../cases/cases.types.ts';

// People and organisations of a Guangdong caseload: names as they are spelt, resident ID numbers
// and unified social credit codes valid by their checksums (GB 11643, GB 32100), legal representatives.

export type Rng = {
  next(): number; // [0, 1)
  int(lo: number, hi: number): number; // inclusive
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
};

/** mulberry32: small, fast, and the same sequence on every machine for the same seed. */
export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
  };
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁余叶蒋杜苏魏程吕丁沈任姚卢钟谭甘区'];
const MALE = [
  '伟',
  '强',
  '磊',
  '军',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '刚',
  '建华',
  '志强',
  '国强',
  '文军',
  '晓东',
  '家豪',
  '俊杰',
  '永康',
  '锦荣',
  '伟明',
  '振华',
  '少伟',
  '浩然',
  '子轩',
];
const FEMALE = [
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '艳',
  '娟',
  '霞',
  '桂英',
  '海燕',
  '嘉欣',
  '秀兰',
  '慧玲',
  '淑贞',
  '美玲',
  '丽华',
  '晓红',
  '婉婷',
  '咏诗',
  '雪梅',
  '紫琪',
];
const FIRM_WORDS = [...'华粤信达隆盛泰丰恒源兴宏昌鑫利通海骏安德润嘉荣铭创锦'];
const FIRM_TRADES = [
  '贸易',
  '建材',
  '科技',
  '实业',
  '五金',
  '电器',
  '纺织',
  '物流',
  '建筑工程',
  '食品',
  '家具',
  '投资',
  '装饰工程',
  '摩托车',
  '不锈钢制品',
  '电子',
];
const BANKS = [
  '中国工商银行股份有限公司',
  '中国农业银行股份有限公司',
  '中国银行股份有限公司',
  '中国建设银行股份有限公司',
  '广东华兴银行股份有限公司',
  '中国邮政储蓄银行股份有限公司',
];
// Where people come from besides the court's own county: GB/T 2260 districts of long standing.
const ELSEWHERE = ['440103', '440104', '440604', '440106', '430102', '450102', '360102', '510104', '420102', '445102'];

/** Where a court sits: its county's division code, its city (江门市), the city's short name (江门) and one-character abbreviation (江), and the county's short name (蓬江). */
const BIRTH_FROM = toDayNumber(localDate('1958-01-01'));

export type Region = { division: string; city: string; cityShort: string; abbr: string; county: string };

/** Names, ID numbers and credit codes without repeats within one generator. */
export function namer(rnd: Rng) {
  const usedIds = new Set<string>();
  let firmSerial = 0;
  const personName = (male: boolean) => rnd.pick(SURNAMES) + rnd.pick(male ? MALE : FEMALE);
  function residentId(region: string, male: boolean): string {
    for (;;) {
      const birth = fromDayNumber(BIRTH_FROM + rnd.int(0, 16_000));
      const seq = rnd.int(0, 499) * 2 + (male ? 1 : 0);
      const id = makeResidentId(region, birth, seq);
      if (usedIds.has(id)) continue;
      // A district newer than the birth year would draw a warning on filing: take another region.
      if (validateResidentId(id).warnings.length) region = ELSEWHERE[0]!;
      else {
        usedIds.add(id);
        return id;
      }
    }
  }
  const person = (r: Region): Party => {
    const male = rnd.chance(0.55);
    const region = rnd.chance(0.75) ? r.division : rnd.pick(ELSEWHERE);
    const idNumber = residentId(region, male);
    // A mobile number on file for most persons, derived from the ID so the data stays as it was drawn.
    const phone = Number(idNumber[15]) < 8 ? `1${'3589'[Number(idNumber[14]) % 4]}${idNumber.slice(6, 15)}` : null;
    return { kind: 'person', name: personName(male), idType: 'resident-id', idNumber, ...noContact, phone };
  };
  function creditCode(region: string): string {
    firmSerial += 1;
    // The 本体代码: eight code characters, unique per generator (the serial spread over the range).
    const subject = String(10_000_000 + ((firmSerial * 7_919 + rnd.int(0, 7_000)) % 89_999_999)).slice(0, 8);
    return makeCreditCode({ authority: '9', organisationType: '1', region, subject });
  }
  const company = (r: Region): Party => ({
    kind: 'organization',
    name: `${r.city}${rnd.pick(FIRM_WORDS)}${rnd.pick(FIRM_WORDS)}${rnd.pick(FIRM_TRADES)}有限公司`,
    idType: 'credit-code',
    creditCode: creditCode(r.division),
    idNumber: null,
    legalRepresentative: personName(rnd.chance(0.7)),
    ...noContact,
  });
  const bank = (r: Region): Party => ({
    kind: 'organization',
    name: `${rnd.pick(BANKS)}${r.cityShort}分行`,
    idType: 'credit-code',
    creditCode: creditCode(r.division),
    idNumber: null,
    legalRepresentative: personName(rnd.chance(0.7)),
    ...noContact,
  });
  return { person, company, bank, personName };
}

export type Namer = ReturnType<typeof namer>;

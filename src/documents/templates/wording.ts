import type { LocalDate } from '../../shared/dates.ts';

// Wording shared by the instruments: dates in Chinese numerals, how a party is named, how it is addressed.

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** 2026-11-26 → 二〇二六年十一月二十六日, as a court writes the date of an instrument. */
export function chineseDate(d: LocalDate): string {
  const [y, m, day] = d.split('-') as [string, string, string];
  const year = [...y].map((c) => DIGITS[Number(c)]).join('');
  return `${year}年${smallNumber(Number(m))}月${smallNumber(Number(day))}日`;
}

/** 2026-11-20 → 2026年11月20日, as the body text cites dates. */
export const textDate = (d: LocalDate): string => {
  const [y, m, day] = d.split('-') as [string, string, string];
  return `${y}年${Number(m)}月${Number(day)}日`;
};

export type InstrumentParty = {
  readonly kind: 'person' | 'organization';
  readonly name: string;
  readonly idNumber?: string | null;
  readonly creditCode?: string | null;
  readonly legalRepresentative?: string | null;
};

/** A party as an instrument names it: name, identity number, and an organisation's representative. */
export function partyLine(p: InstrumentParty): string {
  if (p.kind === 'person') return p.idNumber ? `${p.name}，公民身份号码${p.idNumber}` : p.name;
  const parts = [
    p.name,
    p.creditCode ? `统一社会信用代码${p.creditCode}` : null,
    p.legalRepresentative ? `法定代表人${p.legalRepresentative}` : null,
  ];
  return parts.filter(Boolean).join('，');
}

/** 你 for a person, 你单位 for an organisation. */
export const you = (p: InstrumentParty): string => (p.kind === 'person' ? '你' : '你单位');

export const names = (list: readonly { name: string }[]): string => list.map((p) => p.name).join('、');

/** 1 → 一, 11 → 十一: the numbers of listed items. */
export const ordinal = (n: number): string => smallNumber(n);

const CAPITALS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

// 0–9999 in capitals, zeros inside collapsed to one 零 ("壹仟零伍").
function capitalSection(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += CAPITALS[d]! + SMALL_UNITS[i]!;
  }
  return out;
}

/** 300050 fen → 叁仟元零伍角整 … as finance writes an amount in capitals (人民币大写), e.g. 3000.00 → 叁仟元整. */
export function yuanInCapitals(fen: bigint): string {
  if (fen < 0n) throw new Error('an amount in capitals is never negative');
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  const sections: number[] = [];
  for (let y = fen / 100n; y > 0n; y /= 10000n) sections.push(Number(y % 10000n));
  let yuan = '';
  let gap = false; // zeros since the last digit written
  for (let i = sections.length - 1; i >= 0; i--) {
    const v = sections[i]!;
    if (v === 0) {
      gap = yuan !== '';
      continue;
    }
    // Zeros between two digits read as one 零: 壹仟万零伍仟, 壹万零伍佰.
    if (yuan && (gap || v < 1000)) yuan += '零';
    yuan += capitalSection(v) + BIG_UNITS[i]!;
    gap = v % 10 === 0;
  }
  const head = yuan ? `${yuan}元` : '';
  if (jiao === 0 && cents === 0) return `${head || '零元'}整`;
  const tail = (jiao ? `${CAPITALS[jiao]}角` : head ? '零' : '') + (cents ? `${CAPITALS[cents]}分` : '整');
  return head + tail;
}

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

// Money is integer fen (分) as bigint everywhere; yuan strings exist only at the edges.
export type Fen = bigint & { readonly __brand: 'Fen' };

export const fen = (n: bigint | number): Fen => BigInt(n) as Fen;

const YUAN_PATTERN = /^(0|[1-9]\d{0,15})(?:\.(\d{1,2}))?$/;

/** Parses "1575.00", "1575.5" or "1575" into fen; null for anything else (negative, NaN, 3 decimals). */
export function parseYuan(text: unknown): Fen | null {
  if (typeof text !== 'string') return null;
  const m = YUAN_PATTERN.exec(text.trim());
  if (!m) return null;
  const whole = BigInt(m[1]!);
  const cents = BigInt((m[2] ?? '').padEnd(2, '0'));
  return (whole * 100n + cents) as Fen;
}

/** Formats fen as yuan with two places: 157500n → "1575.00", -5n → "-0.05". */
export function formatYuan(amount: bigint): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const whole = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** Division rounded half-up (for non-negative operands), exact in integers. */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new Error('denominator must be positive');
  const q = numerator / denominator;
  const r = numerator % denominator;
  return r * 2n >= denominator ? q + 1n : q;
}

export function divCeil(numerator: bigint, denominator: bigint): bigint {
  const q = numerator / denominator;
  return numerator % denominator === 0n ? q : q + 1n;
}

export const minFen = (a: bigint, b: bigint): bigint => (a < b ? a : b);
export const maxFen = (a: bigint, b: bigint): bigint => (a > b ? a : b);

/** Fen of a yuan text the contract has already validated; anything else is a bug. */
export function yuanToFen(text: string): Fen {
  const fen = parseYuan(text);
  if (fen === null) throw new Error(`not a validated yuan amount: ${text}`);
  return fen;
}

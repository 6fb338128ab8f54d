// Money arrives as yuan strings ("120000.00"); it is formatted as text, never through floats.
// A person types it with thousands separators (1,200,000.50, or the full-width ，), spaces or
// full-width digits; all of that is accepted and dropped before it is sent.
export const MONEY_PATTERN = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$|^\d+(\.\d{1,2})?$/;
export const MONEY_MESSAGE = '金额须为非负数，最多两位小数（可带千位分隔符，如 1,200,000.50）';

/** What a person typed, with full-width digits and separators folded: "１，２００" → "1,200". */
const folded = (text: string) =>
  text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[，]/g, ',')
    .replace(/[．。]/g, '.')
    .replace(/\s+/g, '');

/** A typed amount as the API's yuan text ("1,200,000.5" → "1200000.50"), or null if it is not one. */
export function parseTypedMoney(text: string): string | null {
  const t = folded(text);
  if (!MONEY_PATTERN.test(t)) return null;
  return toYuan(t);
}

/** "1200000.50" → "1,200,000.50", for putting an amount back into a field. */
export function groupDigits(yuan: string): string {
  const [whole = '', cents] = yuan.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (cents === undefined ? '' : `.${cents}`);
}

/** "1234567.5" → "¥1,234,567.50"; anything unparsable is shown as it came. */
export function formatMoney(yuan: string | null | undefined): string {
  if (yuan === null || yuan === undefined || yuan === '') return '—';
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) return yuan;
  const whole = m[2]!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${m[1]}¥${whole}.${(m[3] ?? '').padEnd(2, '0')}`;
}

/** Normalises a typed amount to two decimals for the API: "1200" → "1200.00". */
export function toYuan(text: string): string {
  const t = folded(text).replace(/,/g, '');
  const [whole = '0', cents = ''] = t.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${cents.padEnd(2, '0')}`;
}

/** An antd Form rule for yuan amounts. */
export const moneyRule = {
  validator: async (_: unknown, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(MONEY_MESSAGE);
    if (!MONEY_PATTERN.test(folded(String(value)))) throw new Error(MONEY_MESSAGE);
  },
};

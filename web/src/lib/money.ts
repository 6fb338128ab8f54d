// Money arrives as yuan strings ("120000.00"); it is formatted as text, never through floats.
export const MONEY_PATTERN = /^\d+(\.\d{1,2})?$/;
export const MONEY_MESSAGE = '金额须为非负数，最多两位小数';

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
  const t = text.trim();
  const [whole = '0', cents = ''] = t.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${cents.padEnd(2, '0')}`;
}

/** An antd Form rule for yuan amounts. */
export const moneyRule = {
  validator: async (_: unknown, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(MONEY_MESSAGE);
    if (!MONEY_PATTERN.test(String(value).trim())) throw new Error(MONEY_MESSAGE);
  },
};

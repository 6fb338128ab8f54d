import { formatMoney } from '../lib/money.ts';

export function Money({ value }: { value: string | null | undefined }) {
  return <span className="money">{formatMoney(value)}</span>;
}

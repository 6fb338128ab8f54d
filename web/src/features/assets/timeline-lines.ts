import { formatMoney } from '../../lib/money.ts';

// What the assets context's events say on a case's timeline (流程记录), in Chinese.
type Changes = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const after = (v: unknown): unknown => (v && typeof v === 'object' && 'after' in v ? v.after : v);
const assetOf = (c: Changes): string => {
  const a = c.asset && typeof c.asset === 'object' ? (c.asset as Changes) : {};
  return `${text(a.kindName)} ${text(a.identifier)}`.trim();
};

export function assetTimelineLines(action: string, c: Changes): string[] | null {
  const measure = text(c.measureName);
  switch (action) {
    case 'asset.recorded':
      return [`${text(c.kindName)} ${text(c.identifier)}（${text(c.sourceName)}）`];
    case 'seizure.ordered':
      return [
        `${measure} ${assetOf(c)}`,
        c.status === 'waiting' ? `轮候第 ${text(c.rank)} 顺位` : `期限至 ${text(c.expiresOn)}`,
        ...(typeof c.amount === 'string' ? [`冻结金额 ${formatMoney(c.amount)}`] : []),
      ];
    case 'seizure.took-effect':
      return [`${measure} ${assetOf(c)}`, text(c.notice)];
    case 'seizure.renewed':
      return [`${measure}续行至 ${text(after(c.expiresOn))}`];
    case 'seizure.released':
      return [`${measure}已解除：${text(c.reasonName)}`, ...(typeof c.note === 'string' ? [c.note] : [])];
    case 'seizure.lapsed':
      return [`${measure}期限至 ${text(c.expiresOn)} 届满未续行，已失效`];
    case 'case.deduction-received':
      return [`扣划 ${formatMoney(text(c.amount))}，尚冻结 ${formatMoney(text(c.frozenRemaining))}`];
    default:
      return null;
  }
}

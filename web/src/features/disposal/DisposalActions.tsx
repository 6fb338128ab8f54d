import { Button, Space } from 'antd';
import type { AssetSale, AuctionRound, DisposalItem, ReferencePrice } from './disposal.api.ts';
import type { OutcomeKind } from './OutcomeDialogs.tsx';
import { stepsAllowed } from './PriceDialogs.tsx';

// The buttons of one asset's disposal card: only the steps the asset's state allows now (the
// server checks the law again and refuses in Chinese).

export type DisposalDialog =
  | { kind: 'start-price' | 'announce' | 'sale' | 'set-off'; item: DisposalItem }
  | { kind: 'price-step'; item: DisposalItem; price: ReferencePrice }
  | { kind: 'outcome'; item: DisposalItem; round: AuctionRound; outcome: OutcomeKind }
  | { kind: 'sale-result'; item: DisposalItem; sale: AssetSale };

const roundName = (r: AuctionRound) => (r.round === 1 ? '一拍' : '二拍');

export function DisposalActions({ item, onOpen }: { item: DisposalItem; onOpen: (d: DisposalDialog) => void }) {
  if (item.stage === 'not-disposable' || item.stage === 'disposed' || !item.seizure) return null;
  const running = item.referencePrices.find((p) => p.status === 'running');
  const fixed = item.referencePrices.some((p) => p.status === 'fixed');
  const live = item.rounds.filter((r) => r.status === 'announced' || r.status === 'sold');
  const openSale = item.sales.find((s) => s.status === 'open');
  const unsold = item.rounds.filter((r) => r.status === 'unsold');
  const idle = !live.length && !openSale;
  const buttons: { key: string; label: string; primary?: boolean; open: DisposalDialog }[] = [];

  if (!running && !fixed) buttons.push({ key: 'start', label: '启动确定参考价', primary: true, open: { kind: 'start-price', item } });
  if (running && stepsAllowed(running).length)
    buttons.push({ key: 'step', label: '确定参考价', primary: true, open: { kind: 'price-step', item, price: running } });
  if (item.next && idle)
    buttons.push({
      key: 'announce',
      label: `发布${item.next.round === 1 ? '一拍' : '二拍'}公告`,
      primary: true,
      open: { kind: 'announce', item },
    });
  for (const r of live) {
    const at = (outcome: OutcomeKind, label: string, primary = false) =>
      buttons.push({
        key: `${r.id}-${outcome}`,
        label: `${roundName(r)}${label}`,
        primary,
        open: { kind: 'outcome', item, round: r, outcome },
      });
    if (r.status === 'announced') {
      at('result', '：获取竞价结果', true);
      at('bid-log', '：录入竞价记录');
      at('withdraw', '：撤回');
    } else {
      at('payment', '：买受人付款', true);
      at('default', '：悔拍');
    }
  }
  if (idle && unsold.some((r) => r.round === 2) && !item.sales.some((s) => s.kind === 'sale'))
    buttons.push({ key: 'sale', label: '变卖', primary: true, open: { kind: 'sale', item } });
  if (openSale) buttons.push({ key: 'sale-result', label: '变卖结果', primary: true, open: { kind: 'sale-result', item, sale: openSale } });
  if (idle && unsold.length) buttons.push({ key: 'set-off', label: '以物抵债', open: { kind: 'set-off', item } });
  if (!buttons.length) return null;
  return (
    <Space wrap size={8} style={{ marginBottom: 12 }}>
      {buttons.map((b) => (
        <Button key={b.key} type={b.primary ? 'primary' : 'default'} onClick={() => onOpen(b.open)}>
          {b.label}
        </Button>
      ))}
    </Space>
  );
}

import { useState } from 'react';
import { Alert, Card, Descriptions, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { Money } from '../../components/Money.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { useCaseDisposal, type DisposalItem } from './disposal.api.ts';
import { priceLines, roundLine, saleLine } from './disposal-lines.tsx';
import { DisposalActions, type DisposalDialog } from './DisposalActions.tsx';
import { PriceStepDialog, StartPriceDialog } from './PriceDialogs.tsx';
import { AnnounceRoundDialog } from './RoundDialogs.tsx';
import { RoundOutcomeDialog } from './OutcomeDialogs.tsx';
import { SaleResultDialog, SetOffDialog, StartSaleDialog } from './SaleDialogs.tsx';

// The 处置 tab: per asset to be sold, its disposal timeline — the reference price's steps, the
// auction rounds with their dates, prices, deposit and outcome, then 变卖 or 以物抵债 and the proceeds —
// and, for those who may progress the case, a dialog for every step the law allows next.

function DisposalCard({ item, onOpen }: { item: DisposalItem; onOpen?: ((d: DisposalDialog) => void) | undefined }) {
  const title = `${item.kindName} ${item.identifier}`;
  const lines = [...item.referencePrices.flatMap(priceLines), ...item.rounds.map(roundLine), ...item.sales.map(saleLine)];
  return (
    <Card
      className="section-card"
      title={
        <span title={title} style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
          {title}
        </span>
      }
      role="region"
      aria-label={title}
      extra={<Tag color={item.stage === 'disposed' ? 'green' : item.stage === 'not-disposable' ? 'red' : 'blue'}>{item.stageName}</Tag>}
    >
      {item.blockedReason && <Alert type="warning" showIcon message={item.blockedReason} style={{ marginBottom: 12 }} />}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="估值">{item.estimatedValue ? <Money value={item.estimatedValue} /> : '未估值'}</Descriptions.Item>
        <Descriptions.Item label="查封">
          {item.seizure ? `${item.seizure.measureName}，${item.seizure.effectiveFrom} 至 ${item.seizure.expiresOn}` : '无生效措施'}
        </Descriptions.Item>
        {item.next && item.stage !== 'disposed' && (
          <Descriptions.Item label={item.next.round === 1 ? '一拍' : '二拍'}>
            {/* One element: the item's content is a flex row that would give each piece its own column. */}
            <span>
              起拍价不低于 <Money value={item.next.minStartingPrice} />
              ，保证金 <Money value={item.next.depositMin} />–<Money value={item.next.depositMax} />
              ，公告期不少于 {item.next.announceDays} 日
            </span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {onOpen && <DisposalActions item={item} onOpen={onOpen} />}
      {lines.length ? <Timeline items={lines} /> : <Typography.Text type="secondary">尚未启动确定参考价</Typography.Text>}
    </Card>
  );
}

function OpenDialog({ caseId, d, onClose }: { caseId: string; d: DisposalDialog; onClose: () => void }) {
  switch (d.kind) {
    case 'start-price':
      return <StartPriceDialog caseId={caseId} item={d.item} onClose={onClose} />;
    case 'price-step':
      return <PriceStepDialog price={d.price} item={d.item} onClose={onClose} />;
    case 'announce':
      return <AnnounceRoundDialog caseId={caseId} item={d.item} onClose={onClose} />;
    case 'outcome':
      return <RoundOutcomeDialog kind={d.outcome} round={d.round} item={d.item} onClose={onClose} />;
    case 'sale':
      return <StartSaleDialog caseId={caseId} item={d.item} onClose={onClose} />;
    case 'sale-result':
      return <SaleResultDialog sale={d.sale} item={d.item} onClose={onClose} />;
    case 'set-off':
      return <SetOffDialog caseId={caseId} item={d.item} onClose={onClose} />;
  }
}

export function CaseDisposalTab({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const q = useCaseDisposal(c.id);
  const [dialog, setDialog] = useState<DisposalDialog | null>(null);
  const acts = can(me, 'case.progress') && c.status !== 'closed';
  if (q.isPending) return <Skeleton active />;
  // A refetch that fails keeps what was shown (and the open dialog) under the error.
  if (!q.data) return <ProblemAlert error={q.error} />;
  return (
    <section role="region" aria-label="处置">
      {q.error && <ProblemAlert error={q.error} style={{ marginBottom: 12 }} />}
      {q.data.items.length === 0 ? (
        <Empty description="本案没有需要拍卖、变卖的财产（存款等款项以扣划处理）" />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {q.data.items.map((i) => (
            <DisposalCard key={i.assetId} item={i} onOpen={acts ? setDialog : undefined} />
          ))}
        </Space>
      )}
      {dialog && <OpenDialog caseId={c.id} d={dialog} onClose={() => setDialog(null)} />}
    </section>
  );
}

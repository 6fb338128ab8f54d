import type { ReactNode } from 'react';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { Alert, Card, Descriptions, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { Money } from '../../components/Money.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import type { CaseDetail } from '../cases/cases.api.ts';
import { useCaseDisposal, type AssetSale, type AuctionRound, type DisposalItem, type ReferencePrice } from './disposal.api.ts';

// The 处置 tab: per asset to be sold, its disposal timeline — the reference price's steps, the
// auction rounds with their dates, prices, deposit and outcome, then 变卖 or 以物抵债 and the proceeds.

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
const shanghai = (iso: string | null) => (iso ? formatDateTime(iso) : '');

function priceLines(p: ReferencePrice) {
  const lines: { key: string; children: ReactNode }[] = [{ key: `${p.id}-start`, children: `${p.startedOn} 启动确定参考价` }];
  p.steps.forEach((s, i) => {
    const figure = s.price ? (
      <>
        ，得出 <Money value={s.price} />
      </>
    ) : (
      '，未能确定'
    );
    lines.push({
      key: `${p.id}-${i}`,
      children: (
        <span>
          {s.on} {s.methodName}
          {s.method === 'negotiation'
            ? `（申请执行人 ${s.applicantFigure ? formatMoney(s.applicantFigure) : '未报价'}，被执行人 ${s.debtorFigure ? formatMoney(s.debtorFigure) : '未报价'}）`
            : ''}
          {s.body ? `（${s.body}）` : ''}
          {s.appraiser ? `（${s.appraiser}，报告期限 ${s.dueOn}${s.extensions?.length ? `，已延长${s.extensions.length}次` : ''}）` : ''}
          {s.method === 'appraisal' && !s.reportOn ? '，评估中' : figure}
        </span>
      ),
    });
  });
  if (p.price)
    lines.push({
      key: `${p.id}-fixed`,
      children: (
        <span>
          <b>
            参考价 <Money value={p.price} />
          </b>
          （{p.methodName}，{p.fixedOn} 确定，有效期至 {p.validUntil}）
        </span>
      ),
    });
  return lines;
}

const roundColor = (r: AuctionRound) => (r.status === 'paid' || r.status === 'sold' ? 'green' : r.status === 'announced' ? 'blue' : 'red');

function roundLine(r: AuctionRound) {
  return {
    key: r.id,
    color: roundColor(r),
    children: (
      <span>
        {r.announcedOn} {r.round === 1 ? '一拍' : '二拍'}公告（{r.platformName}）：起拍价 <Money value={r.startingPrice} />
        ，保证金 <Money value={r.deposit} />
        ，竞价 {shanghai(r.biddingStartsAt)} 至 {shanghai(r.biddingEndsAt)}
        <br />
        <Tag color={roundColor(r)}>{r.statusName}</Tag>
        {r.price ? (
          <>
            {r.buyer} 以 <Money value={r.price} /> 竞得，竞价于 {shanghai(r.endedAt)} 结束
          </>
        ) : (
          (r.reason ?? (r.status === 'unsold' ? `${day(r.outcomeOn)} 无有效出价` : ''))
        )}
      </span>
    ),
  };
}

function saleLine(s: AssetSale) {
  return {
    key: s.id,
    color: s.status === 'unsold' ? 'red' : 'green',
    children: (
      <span>
        {s.startedOn} {s.kindName}：<Money value={s.price} />
        {s.kind === 'sale' ? `，变卖期至 ${s.periodEndsOn}` : `，${s.counterparty} 于 ${s.consentOn} 同意接受`}
        <br />
        <Tag color={s.status === 'unsold' ? 'red' : 'green'}>{s.statusName}</Tag>
        {s.kind === 'sale' && s.counterparty ? `买受人 ${s.counterparty}，${s.completedOn}` : ''}
      </span>
    ),
  };
}

function DisposalCard({ item }: { item: DisposalItem }) {
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
        {item.next && (
          <Descriptions.Item label={item.next.round === 1 ? '一拍' : '二拍'}>
            起拍价不低于 <Money value={item.next.minStartingPrice} />
            ，保证金 <Money value={item.next.depositMin} />–<Money value={item.next.depositMax} />
            ，公告期不少于 {item.next.announceDays} 日
          </Descriptions.Item>
        )}
      </Descriptions>
      {lines.length ? <Timeline items={lines} /> : <Typography.Text type="secondary">尚未启动确定参考价</Typography.Text>}
    </Card>
  );
}

export function CaseDisposalTab({ c }: { c: CaseDetail }) {
  const q = useCaseDisposal(c.id);
  if (q.isPending) return <Skeleton active />;
  if (q.error) return <ProblemAlert error={q.error} />;
  return (
    <section role="region" aria-label="处置">
      {q.data.items.length === 0 ? (
        <Empty description="本案没有需要拍卖、变卖的财产（存款等款项以扣划处理）" />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {q.data.items.map((i) => (
            <DisposalCard key={i.assetId} item={i} />
          ))}
        </Space>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { Money } from '../../components/Money.tsx';
import type { AssetSale, AuctionRound, ReferencePrice } from './disposal.api.ts';

// The 处置 timeline's lines: the reference price's steps, the auction rounds with their dates,
// prices, deposit and outcome, then 变卖 or 以物抵债.

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
const shanghai = (iso: string | null) => (iso ? formatDateTime(iso) : '');

export function priceLines(p: ReferencePrice) {
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

export function roundLine(r: AuctionRound) {
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
            {r.status === 'paid' ? `；${day(r.outcomeOn)} 付清价款，已记入案款` : ''}
            {r.status === 'defaulted' ? `；${day(r.outcomeOn)} 悔拍，保证金不予退还${r.reason ? `（${r.reason}）` : ''}` : ''}
          </>
        ) : (
          (r.reason ?? (r.status === 'unsold' ? `${day(r.outcomeOn)} 无有效出价` : ''))
        )}
      </span>
    ),
  };
}

export function saleLine(s: AssetSale) {
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

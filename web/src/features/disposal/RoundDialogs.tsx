import { useState } from 'react';
import { App, Col, DatePicker, Form, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { Money } from '../../components/Money.tsx';
import { todayInShanghai, toShanghaiInstant } from '../../lib/dates.ts';
import { groupDigits, parseTypedMoney } from '../../lib/money.ts';
import { newIdempotencyKey, useAnnounceRound, type DisposalItem } from './disposal.api.ts';
import { DayItem, DisposalModal, MoneyItem, dayOf, yuanOf } from './disposal-form.tsx';

// 发布拍卖公告 for the next round, with the limits the law sets shown beside the fields (网络司法拍卖规定
// 第10、12、17、20、26条); the server checks them again and answers in Chinese.

// The platforms a round may be published on (src/disposal/disposal.types.ts `platforms`).
const platformOptions = [{ value: 'sandbox' as const, label: '司法拍卖沙箱平台' }];

const toFen = (yuan: string): bigint => {
  const [w = '0', c = ''] = yuan.split('.');
  return BigInt(w) * 100n + BigInt(c.padEnd(2, '0').slice(0, 2));
};
const toYuanText = (fen: bigint): string => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
const percentUp = (fen: bigint, p: bigint) => (fen * p + 99n) / 100n;
const percentDown = (fen: bigint, p: bigint) => (fen * p) / 100n;

/** 第17条: the deposit's range for a typed starting price, or null while it is not an amount. */
export function depositRangeOf(startingPrice: string | undefined): { min: string; max: string } | null {
  const yuan = startingPrice ? parseTypedMoney(startingPrice) : null;
  if (!yuan) return null;
  const fen = toFen(yuan);
  return { min: toYuanText(percentUp(fen, 5n)), max: toYuanText(percentDown(fen, 20n)) };
}

type Values = {
  platform: 'sandbox';
  startingPrice: string;
  deposit: string;
  increment?: string;
  announcedOn: Dayjs;
  biddingStartsAt: Dayjs;
  biddingEndsAt: Dayjs;
};

function initialValues(item: DisposalItem): Partial<Values> {
  const next = item.next!;
  const fixed = item.referencePrices.find((p) => p.status === 'fixed');
  // 一拍 at the reference price, 二拍 at the lowest the law allows (80% of the first).
  const start = next.round === 1 && fixed?.price ? fixed.price : next.minStartingPrice;
  const deposit = toYuanText(percentDown(toFen(start), 10n));
  const announcedOn = dayjs(todayInShanghai());
  const opens = announcedOn
    .add(next.announceDays + 1, 'day')
    .hour(10)
    .minute(0)
    .second(0);
  return {
    platform: 'sandbox',
    startingPrice: groupDigits(start),
    deposit: groupDigits(deposit),
    announcedOn,
    biddingStartsAt: opens,
    biddingEndsAt: opens.add(1, 'day'),
  };
}

function LegalLimits({ item }: { item: DisposalItem }) {
  const n = item.next!;
  const fixed = item.referencePrices.find((p) => p.status === 'fixed');
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label="法定限制">
      {n.round === 1 ? (
        <li>
          一拍起拍价不得低于参考价{fixed?.price ? <Money value={fixed.price} /> : ''}的70%，即不低于 <Money value={n.minStartingPrice} />
          （第10条）
        </li>
      ) : (
        <li>
          二拍应在一拍流拍后30日内进行，起拍价降价不超过一拍起拍价的20%：
          <Money value={n.minStartingPrice} /> 至 <Money value={n.maxStartingPrice} />
          （第26条）
        </li>
      )}
      <li>保证金为起拍价的5%至20%（第17条）</li>
      <li>公告期不少于 {n.announceDays} 日；竞价时间不少于24小时（第12、20、26条）</li>
    </ul>
  );
}

export function AnnounceRoundDialog({ caseId, item, onClose }: { caseId: string; item: DisposalItem; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const post = useAnnounceRound();
  const [key] = useState(newIdempotencyKey);
  const { message } = App.useApp();
  const range = depositRangeOf(Form.useWatch('startingPrice', form));
  const round = item.next?.round ?? 1;
  const name = round === 1 ? '一拍' : '二拍';
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const increment = yuanOf(v.increment);
    try {
      const r = await post.mutateAsync({
        caseId,
        key,
        body: {
          assetId: item.assetId,
          platform: v.platform,
          startingPrice: yuanOf(v.startingPrice)!,
          deposit: yuanOf(v.deposit)!,
          ...(increment ? { increment } : {}),
          announcedOn: dayOf(v.announcedOn),
          biddingStartsAt: toShanghaiInstant(v.biddingStartsAt),
          biddingEndsAt: toShanghaiInstant(v.biddingEndsAt),
        },
      });
      announce(message, `已发布${name}公告：起拍价 ${groupDigits(r.startingPrice)} 元`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <DisposalModal
      title={`发布${name}公告 — ${item.kindName} ${item.identifier}`}
      okText="发布"
      pending={post.isPending}
      error={post.error}
      onOk={submit}
      onClose={onClose}
      hint={<LegalLimits item={item} />}
      width={640}
    >
      <Form form={form} onValuesChange={() => post.reset()} layout="vertical" initialValues={initialValues(item)}>
        <Form.Item name="platform" label="拍卖平台" rules={[{ required: true, message: '请选择拍卖平台' }]}>
          <Select options={platformOptions} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <MoneyItem name="startingPrice" label="起拍价" />
          </Col>
          <Col xs={24} sm={12}>
            <MoneyItem
              name="deposit"
              label="保证金"
              extra={
                range ? (
                  <>
                    按此起拍价，保证金应在 <Money value={range.min} /> 至 <Money value={range.max} /> 之间
                  </>
                ) : undefined
              }
            />
          </Col>
          <Col xs={24} sm={12}>
            <MoneyItem name="increment" label="加价幅度" required={false} extra="不填的，由平台按起拍价确定" />
          </Col>
          <Col xs={24} sm={12}>
            <DayItem name="announcedOn" label="公告日期" />
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="biddingStartsAt" label="竞价开始" rules={[{ required: true, message: '请选择竞价开始时间' }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="biddingEndsAt"
              label="竞价结束"
              dependencies={['biddingStartsAt']}
              rules={[
                { required: true, message: '请选择竞价结束时间' },
                ({ getFieldValue }) => ({
                  validator: async (_: unknown, end?: Dayjs) => {
                    const start = getFieldValue('biddingStartsAt') as Dayjs | undefined;
                    if (end && start && end.diff(start, 'hour', true) < 24) throw new Error('竞价时间不得少于24小时');
                  },
                }),
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </DisposalModal>
  );
}

import { App, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { Money } from '../../components/Money.tsx';
import { formatDateTime, todayInShanghai } from '../../lib/dates.ts';
import { groupDigits, parseTypedMoney } from '../../lib/money.ts';
import { useRoundStep, type AuctionRound, type DisposalItem, type RoundStep } from './disposal.api.ts';
import { DayItem, DisposalModal, dayOf } from './disposal-form.tsx';

// A round's outcome: the platform's result (the sandbox answers at once; another platform's bid log
// is typed or pasted), 撤回 before a result, 悔拍 of a buyer who does not pay, and the buyer's payment.

export type OutcomeKind = 'result' | 'bid-log' | 'withdraw' | 'default' | 'payment';

const titles: Record<OutcomeKind, string> = {
  result: '获取竞价结果',
  'bid-log': '录入竞价记录',
  withdraw: '撤回拍卖',
  default: '悔拍',
  payment: '买受人付款',
};

const hints: Record<OutcomeKind, string> = {
  result:
    '向拍卖平台获取竞价记录，按网络司法拍卖规定 第11条、第20条重放（最后五分钟内出价的顺延五分钟），得出成交或流拍。竞价结束前不能获取。',
  'bid-log': '每行一笔出价：竞买人、出价（元）、出价时间（北京时间），以逗号或空格分隔，如“张三, 820000, 2027-01-13 10:30”。',
  withdraw: '在竞价结果产生前撤回本轮拍卖，写明原因；之后可重新公告。',
  default: '买受人未付清价款（悔拍）的，保证金不予退还（网络司法拍卖规定 第24条），本轮可重新拍卖。',
  payment: '买受人付清价款后登记，价款记为本案到账款项（来源：拍卖价款）。',
};

type Bid = { bidder: string; amount: string; at: string };

/** The lines of a typed bid log, or the number of the first line that is not a bid. */
export function parseBidLog(text: string): { bids: Bid[] } | { badLine: number } {
  const bids: Bid[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    const m = /^(.+?)[,，\s]+([\d,，.]+)[,，\s]+(\d{4}-\d{2}-\d{2})[T\s]+(\d{2}:\d{2}(?::\d{2})?)$/.exec(line);
    const amount = m ? parseTypedMoney(m[2]!.replace(/[,，]$/, '')) : null;
    if (!m || !amount) return { badLine: i + 1 };
    const time = m[4]!.length === 5 ? `${m[4]}:00` : m[4]!;
    bids.push({ bidder: m[1]!.trim(), amount, at: `${m[3]}T${time}+08:00` });
  }
  return { bids };
}

type Values = { on: Dayjs; reason?: string; note?: string; log?: string };

function stepOf(kind: OutcomeKind, v: Values): RoundStep {
  const on = () => dayOf(v.on); // only the dialogs that ask for a date have one
  switch (kind) {
    case 'result':
      return { kind: 'platform-result' };
    case 'bid-log': {
      const parsed = parseBidLog(v.log ?? '');
      return { kind: 'bid-log', body: { bids: 'bids' in parsed ? parsed.bids : [] } };
    }
    case 'withdraw':
      return { kind: 'withdraw', body: { on: on(), reason: v.reason!.trim() } };
    case 'default':
      return { kind: 'default', body: { on: on(), ...(v.note?.trim() ? { note: v.note.trim() } : {}) } };
    case 'payment':
      return { kind: 'payment', body: { paidOn: on() } };
  }
}

const said = (r: AuctionRound) =>
  r.status === 'sold'
    ? `竞价结果：${r.buyer} 以 ${groupDigits(r.price ?? '')} 元竞得`
    : r.status === 'unsold'
      ? '竞价结果：流拍'
      : `已记录：${r.statusName}`;

type Props = { kind: OutcomeKind; round: AuctionRound; item: DisposalItem; onClose: () => void };

export function RoundOutcomeDialog({ kind, round, item, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const post = useRoundStep();
  const { message } = App.useApp();
  const name = round.round === 1 ? '一拍' : '二拍';
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const step = stepOf(kind, v);
    try {
      const r = await post.mutateAsync({ id: round.id, step });
      announce(message, kind === 'payment' ? `已登记付款，${groupDigits(r.price ?? '')} 元记入案款` : said(r));
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <DisposalModal
      title={`${titles[kind]} — ${name} ${item.kindName} ${item.identifier}`}
      okText={kind === 'result' ? '获取' : '确认'}
      pending={post.isPending}
      error={post.error}
      onOk={submit}
      onClose={onClose}
      hint={
        <>
          <div>{hints[kind]}</div>
          <div>
            {round.platformName}，竞价 {formatDateTime(round.biddingStartsAt)} 至 {formatDateTime(round.biddingEndsAt)}
          </div>
          {round.buyer && round.price && (
            <div>
              买受人 {round.buyer}，成交价 <Money value={round.price} />
              ，保证金 <Money value={round.deposit} />
            </div>
          )}
        </>
      }
    >
      <Form form={form} onValuesChange={() => post.reset()} layout="vertical" initialValues={{ on: dayjs(todayInShanghai()) }}>
        {(kind === 'withdraw' || kind === 'default' || kind === 'payment') && (
          <DayItem name="on" label={{ withdraw: '撤回日期', default: '悔拍日期', payment: '付款日期' }[kind]} />
        )}
        {kind === 'withdraw' && (
          <Form.Item name="reason" label="撤回原因" rules={[{ required: true, whitespace: true, message: '请填写撤回原因' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        )}
        {kind === 'default' && (
          <Form.Item name="note" label="说明（选填）">
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        )}
        {kind === 'bid-log' && (
          <Form.Item
            name="log"
            label="竞价记录"
            rules={[
              {
                validator: async (_: unknown, text?: string) => {
                  const parsed = parseBidLog(text ?? '');
                  if ('badLine' in parsed) throw new Error(`第${parsed.badLine}行不是“竞买人, 出价, 时间”`);
                },
              },
            ]}
            extra="没有出价的（流拍）留空"
          >
            <Input.TextArea rows={6} />
          </Form.Item>
        )}
      </Form>
    </DisposalModal>
  );
}

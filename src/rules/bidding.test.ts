import { describe, expect, it } from 'vitest';
import { toInstant } from '../shared/dates.ts';
import { fen } from '../shared/money.ts';
import { runBidding, type Bid } from './bidding.ts';

const startsAt = toInstant('2026-06-01T02:00:00Z');
const scheduledEndAt = toInstant('2026-06-02T02:00:00Z');
const bid = (bidder: string, yuan: number, iso: string): Bid => ({ bidder, amount: fen(yuan * 100), at: toInstant(iso) });

describe('online bidding (网络司法拍卖规定 第20条)', () => {
  it('ends at the scheduled time when nobody bids in the last five minutes; the highest bid wins', () => {
    const r = runBidding({
      startsAt,
      scheduledEndAt,
      startingPrice: fen(700_000_00),
      bids: [bid('甲', 700_000, '2026-06-01T03:00:00Z'), bid('乙', 710_000, '2026-06-02T01:50:00Z')],
    });
    expect(r.ok && r.value.endsAt.toISOString()).toBe('2026-06-02T02:00:00.000Z');
    expect(r.ok && r.value.winner?.bidder).toBe('乙');
  });

  it('moves the end five minutes past each late bid, again and again, and refuses a bid after the end', () => {
    const r = runBidding({
      startsAt,
      scheduledEndAt,
      startingPrice: fen(700_000_00),
      increment: fen(5_000_00),
      bids: [
        bid('甲', 700_000, '2026-06-02T01:58:00Z'), // → 02:03
        bid('乙', 705_000, '2026-06-02T02:02:30Z'), // → 02:07:30
        bid('甲', 706_000, '2026-06-02T02:04:00Z'), // below the increment: not a bid, no extension
        bid('甲', 710_000, '2026-06-02T02:07:30Z'), // → 02:12:30
        bid('乙', 800_000, '2026-06-02T02:12:31Z'), // too late
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.endsAt.toISOString()).toBe('2026-06-02T02:12:30.000Z');
    expect(r.value.winner).toMatchObject({ bidder: '甲', amount: 710_000_00n });
    expect(r.value.rejected.map((x) => x.reason)).toEqual(['未高于当前最高价（加价幅度）', '不在竞价时间内']);
  });

  it('refuses a bid below the starting price, and a single valid bid sells (第11条)', () => {
    const r = runBidding({
      startsAt,
      scheduledEndAt,
      startingPrice: fen(700_000_00),
      bids: [bid('甲', 699_999, '2026-06-01T05:00:00Z'), bid('乙', 700_000, '2026-06-01T06:00:00Z')],
    });
    expect(r.ok && r.value.rejected[0]?.reason).toBe('低于起拍价');
    expect(r.ok && r.value.winner?.bidder).toBe('乙');
  });

  it('has no winner (流拍) without a valid bid, and refuses bidding shorter than 24 hours', () => {
    const none = runBidding({ startsAt, scheduledEndAt, startingPrice: fen(1_00), bids: [] });
    expect(none.ok && none.value.winner).toBeNull();
    const short = runBidding({ startsAt, scheduledEndAt: toInstant('2026-06-02T01:59:59Z'), startingPrice: fen(1_00), bids: [] });
    expect(short).toMatchObject({ ok: false, code: 'period-length-invalid' });
  });
});

import { describe, expect, it } from 'vitest';
import { enforcementFee } from './enforcement-fee.ts';

const yuan = (y: number) => BigInt(Math.round(y * 100));
const fee = (y: number) => {
  const r = enforcementFee(yuan(y));
  if (!r.ok) throw new Error(r.detail);
  return Number(r.value) / 100;
};

describe('申请执行费 (诉讼费用交纳办法 第十四条第(一)项)', () => {
  it('charges 50 yuan up to and at 10,000 yuan, and a fen more only once the 1.5% band adds half a fen', () => {
    expect(fee(1)).toBe(50);
    expect(fee(10_000)).toBe(50);
    expect(fee(10_000.01)).toBe(50);
    expect(fee(10_000.04)).toBe(50.0);
    expect(fee(10_001)).toBe(50.02);
  });

  it('adds 1.5% above 10,000 up to 500,000 yuan (amount × 1.5% − 100)', () => {
    expect(fee(100_000)).toBe(1_400);
    expect(fee(500_000)).toBe(7_400);
  });

  it('adds 1% above 500,000 up to 5,000,000 yuan (× 1% + 2,400), the day of the boundary and after', () => {
    expect(fee(500_001)).toBe(7_400.01);
    expect(fee(5_000_000)).toBe(52_400);
  });

  it('adds 0.5% above 5,000,000 up to 10,000,000 and 0.1% above (× 0.5% + 27,400; × 0.1% + 67,400)', () => {
    expect(fee(10_000_000)).toBe(77_400);
    expect(fee(20_000_000)).toBe(87_400);
  });

  it('refuses no amount: without one the court fixes 50 to 500 yuan', () => {
    expect(enforcementFee(0n)).toMatchObject({ ok: false, code: 'invalid-amount' });
  });
});

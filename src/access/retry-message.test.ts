import { describe, expect, it } from 'vitest';
import { retryMessage } from './retry-message.ts';

describe('when to try again, as a clerk in Asia/Shanghai reads it', () => {
  const now = new Date('2026-11-26T06:17:00Z'); // 14:17 local
  it('gives the local time of day when it is today', () => {
    expect(retryMessage(new Date('2026-11-26T06:32:00Z'), now)).toBe('尝试次数过多，请于 14:32 后再试');
  });
  it('rounds up to the next minute, never a minute too early', () => {
    expect(retryMessage(new Date('2026-11-26T06:31:00.001Z'), now)).toBe('尝试次数过多，请于 14:32 后再试');
  });
  it('adds the date when the time falls on the next local day', () => {
    expect(retryMessage(new Date('2026-11-26T16:05:00Z'), new Date('2026-11-26T15:55:00Z'))).toBe(
      '尝试次数过多，请于 11月27日 00:05 后再试',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { localDate as d } from '../shared/dates.ts';
import { createCalendar } from './calendar.ts';
import { checkApplicationPeriod } from './application-period.ts';

const calendar = createCalendar();

describe('申请执行的期间 (民事诉讼法 第250条)', () => {
  it('runs two years from the last day of the performance period', () => {
    const c = checkApplicationPeriod({ effectiveOn: d('2023-03-01'), performanceDeadline: d('2023-03-15') }, d('2025-03-14'), calendar);
    expect(c).toMatchObject({ from: '2023-03-15', fromBasis: 'performance-deadline', lastDay: '2025-03-17', expired: false });
  });

  it('moves a last day on a rest day to the next working day (第85条): 2025-03-15 is a Saturday', () => {
    const c = checkApplicationPeriod({ effectiveOn: d('2023-03-01'), performanceDeadline: d('2023-03-15') }, d('2025-03-17'), calendar);
    expect(c.lastDay).toBe('2025-03-17');
    expect(c.expired).toBe(false);
  });

  it('runs from the effective date when the document sets no performance period', () => {
    const c = checkApplicationPeriod({ effectiveOn: d('2022-06-10'), performanceDeadline: null }, d('2024-06-12'), calendar);
    expect(c).toMatchObject({ from: '2022-06-10', fromBasis: 'effective-date', lastDay: '2024-06-11', expired: true });
  });

  it('an application on the last day is within the period, the day after is not', () => {
    const title = { effectiveOn: d('2022-09-01'), performanceDeadline: d('2022-09-13') };
    expect(checkApplicationPeriod(title, d('2024-09-13'), calendar).expired).toBe(false);
    expect(checkApplicationPeriod(title, d('2024-09-14'), calendar).expired).toBe(true);
  });
});

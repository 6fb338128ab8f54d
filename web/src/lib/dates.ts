import dayjs, { type Dayjs } from 'dayjs';

// Court dates are local dates in Asia/Shanghai; timestamps are shown in that zone whatever the browser's.
const TIME_ZONE = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "2026-11-26T02:00:00Z" → "2026-11-26 10:00". */
export function formatDateTime(iso: string): string {
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Today in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

export const toLocalDate = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);

export const fromLocalDate = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);

/** For DatePicker.disabledDate: days after today (Asia/Shanghai) cannot be picked. */
export const isAfterToday = (d: Dayjs): boolean => d.format('YYYY-MM-DD') > todayInShanghai();

/** A date and time picked in the court's zone, as the API takes an instant: 2026-11-26T09:30:00+08:00. */
export const toShanghaiInstant = (d: Dayjs): string => `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`;

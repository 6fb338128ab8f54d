import { instantAfter, localDateAt, localDateTimeAt } from '../shared/dates.ts';

// A refusal for too many attempts says when to try again as a clerk reads a clock: local time in
// Asia/Shanghai, rounded up to the minute (never a minute too early), with the date only when it
// is not today.
export function retryMessage(retryAt: Date, now: Date): string {
  const at = instantAfter(retryAt, 59_999);
  const [date, time] = localDateTimeAt(at).split(' ') as [string, string];
  const day = date === localDateAt(now) ? '' : `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 `;
  return `尝试次数过多，请于 ${day}${time.slice(0, 5)} 后再试`;
}

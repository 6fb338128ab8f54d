import { localDateAt, type LocalDate } from '../shared/dates.ts';

// The only place that reads the wall clock; tests pass a fixed clock.
export type Clock = { now(): Date; today(): LocalDate };

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => localDateAt(new Date()),
};

export function fixedClock(iso: string): Clock {
  const instant = new Date(iso);
  return { now: () => new Date(instant), today: () => localDateAt(instant) };
}

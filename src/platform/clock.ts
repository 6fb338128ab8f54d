import { localDateAt, type LocalDate } from '../shared/dates.ts';

// The only place that reads the wall clock; tests pass a fixed or a running clock.
export type Clock = { now(): Date; today(): LocalDate };

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => localDateAt(new Date()),
};

export function fixedClock(iso: string): Clock {
  const instant = new Date(iso);
  return { now: () => new Date(instant), today: () => localDateAt(instant) };
}

// Starts at `iso` and moves on with real time, so that whatever a browser or a peer judges by its
// own clock (cookie lifetimes, timers) stays consistent with the server however late the run is.
export function runningClock(iso: string): Clock {
  const offset = new Date(iso).getTime() - Date.now();
  const now = () => new Date(Date.now() + offset);
  return { now, today: () => localDateAt(now()) };
}

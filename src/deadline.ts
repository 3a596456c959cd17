/** The campaign's deadline: reading `ends`, and how much time is left as a reader sees it. Pure. */
import { readDate } from './totals.js';

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What is left: whole days, then hours on the last day, then minutes in the last hour. */
export type TimeLeft = { unit: 'day' | 'hour' | 'minute'; count: number } | { unit: 'ended' };

/**
 * Reads `ends`: an ISO date-time, or a bare date ("2027-04-30"), which means the end of that day
 * in the reader's time zone: a campaign "ends April 30" takes gifts all of April 30.
 * @throws {RangeError}
 */
export function readDeadline(value: string): Date {
  const day = BARE_DATE.exec(value.trim());
  if (!day) return readDate(value.trim(), 'the ends attribute');
  const [year, month, date] = day.slice(1).map(Number);
  const end = new Date(0);
  end.setFullYear(year, month - 1, date + 1);
  end.setHours(0, 0, 0, 0);
  const start = new Date(end.getTime() - DAY / 2);
  if (start.getMonth() !== month - 1 || start.getDate() !== date) {
    throw new RangeError(`the ends attribute must be a real date like "2027-04-30", not "${value}"`);
  }
  return end;
}

/**
 * How much is left until `ends` at `now`, and in how many milliseconds that changes, so that a
 * page left open shows the right words across midnight and past the end. Days and hours round
 * down ("0 days left" would discourage a giver); the last minutes round up, to "1 minute left".
 */
export function timeLeft(ends: Date, now: number): { left: TimeLeft; changesIn: number } {
  const ms = ends.getTime() - now;
  if (ms <= 0) return { left: { unit: 'ended' }, changesIn: Infinity };
  if (ms >= HOUR) {
    const [unit, size] = ms >= DAY ? (['day', DAY] as const) : (['hour', HOUR] as const);
    return { left: { unit, count: Math.floor(ms / size) }, changesIn: (ms % size) + 1 };
  }
  const count = Math.ceil(ms / MINUTE);
  return { left: { unit: 'minute', count }, changesIn: ms - (count - 1) * MINUTE };
}

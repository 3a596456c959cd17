/**
 * Time as a reader sees it: the campaign's deadline (reading `ends`, how much time is left) and how
 * old the figures are. Pure.
 */
import { fail, readDate } from './totals.js';

const NAME = 'the ends attribute';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago something was, rounded down, and in how many milliseconds that changes. */
export interface Age {
  unit: 'second' | 'minute' | 'hour' | 'day';
  count: number;
  changesIn: number;
}

/** What is left: whole days, then hours on the last day, then minutes in the last hour. */
export type TimeLeft = { unit: 'day' | 'hour' | 'minute'; count: number } | { unit: 'ended' };

/**
 * Reads `ends`: an ISO date-time, or a bare date ("2027-04-30"), which means the end of that day
 * in the reader's time zone: a campaign that "ends April 30" takes gifts all of April 30.
 * @throws {RangeError}
 */
export function readDeadline(value: string): Date {
  const text = value.trim();
  if (!/^\d{4}-\d\d-\d\d$/.test(text)) return readDate(text, NAME);
  // Without an offset, a date-time is the reader's local time.
  const end = readDate(`${text}T00:00`, NAME);
  // Date parsing rolls "2027-02-30" over into March.
  if (end.getDate() !== +text.slice(8)) fail(`${NAME} must be a real date, not "${text}"`);
  end.setDate(end.getDate() + 1);
  return end;
}

/**
 * How much is left until `ends` at `now`, and in how many milliseconds that changes (at most a day,
 * so always a delay setTimeout can wait), so that a page left open shows the right words across
 * midnight and past the end. Days and hours round down ("0 days left" would discourage a giver);
 * minutes round up, to "1 minute left".
 */
export function timeLeft(ends: Date, now: number): { left: TimeLeft; changesIn: number } {
  const ms = +ends - now;
  if (ms <= 0) return { left: { unit: 'ended' }, changesIn: Infinity };
  // Minutes round up: one more than the whole minutes in a millisecond less (times here are whole
  // milliseconds), which is Math.ceil(ms / MINUTE).
  const [unit, size, up] =
    ms < HOUR
      ? (['minute', MINUTE, 1] as const)
      : ms < DAY
        ? (['hour', HOUR, 0] as const)
        : (['day', DAY, 0] as const);
  const rest = ms - up;
  return { left: { unit, count: Math.floor(rest / size) + up }, changesIn: (rest % size) + 1 };
}

/**
 * How long ago `since` was at `now`, rounded down: under a minute is "now" (0 seconds), then
 * minutes, hours, days; and in how many milliseconds that changes. A time ahead of the reader's
 * clock is "now".
 */
export function age(since: number, now: number): Age {
  const ms = Math.max(now - since, 0);
  const [unit, size] =
    ms < MINUTE
      ? (['second', MINUTE] as const)
      : ms < HOUR
        ? (['minute', MINUTE] as const)
        : ms < DAY
          ? (['hour', HOUR] as const)
          : (['day', DAY] as const);
  // Under a minute, that count is 0.
  return { unit, count: Math.floor(ms / size), changesIn: size - (ms % size) };
}

/**
 * How old the figures on screen are, at `now`, when a reader should be told: the feed's own
 * `updated`; else, while the feed fails, when its last good answer came (`answeredAt`), once that is
 * a minute old: "Last updated now" beside a failing feed would call the figures fresh. Without
 * words to show, only when to look again (`changesIn`), if ever.
 */
export function figuresAge(
  updated: number | undefined,
  failing: boolean,
  answeredAt: number | undefined,
  now: number,
): Age | { changesIn: number } | undefined {
  if (updated !== undefined) return age(updated, now);
  if (!failing || answeredAt === undefined) return undefined;
  const answered = age(answeredAt, now);
  return answered.unit === 'second' ? { changesIn: answered.changesIn } : answered;
}

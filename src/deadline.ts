/**
 * Time as a reader sees it: the campaign's deadline (reading `ends`, how much time is left) and how
 * old the figures are. Pure.
 */
import { fail, readDate } from './read.js';

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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads `ends` as one moment for every reader, wherever they are. A date ("2027-04-30") runs to
 * the end of that day everywhere on Earth: until midnight in the last time zone, UTC−12 ("anywhere
 * on Earth"), so no reader sees the campaign end before the date is over where they are. A date
 * and time with an offset ("2027-04-30T23:59-07:00") is exact; one without an offset is read at
 * UTC−12 too, with a note asking for the offset. Dates as people write them ("April 30",
 * "30 April 2027", "Apr 30, 2027", "30/04/2027", "2027/04/30") are read when they can only mean
 * one day, with a note showing the form to write; one without a year is the one nearest `now`.
 * @throws {RangeError} for anything else, showing the form to write.
 */
export function readDeadline(value: string, now = Date.now()): { deadline: Date; note?: string } {
  const text = value.trim();
  if (/^\d{4}-\d\d-\d\dT[^Z+-]*$/i.test(text)) {
    // Checked as written first, so that a message quotes it so.
    readDate(text, NAME);
    return {
      deadline: readDate(`${text}-12:00`, NAME),
      note: `reading ends="${value}" at UTC−12; add your own offset, such as "${text}-07:00"`,
    };
  }
  if (/^\d{4}-\d\d-\d\dT/i.test(text)) return { deadline: readDate(text, NAME) };
  const [year, month, day] = readDay(text, now);
  const iso = `${`${year}`.padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  const noon = Date.UTC(year, month - 1, day, 12);
  // Date.UTC rolls "2027-02-30" over into March.
  if (new Date(noon).getUTCDate() !== day || month < 1 || month > 12)
    fail(`${NAME} must be a real date, such as 2027-04-30, not "${value}"`);
  // The day's end at UTC−12: noon the next day, UTC.
  return {
    deadline: new Date(noon + DAY),
    note: iso === text ? undefined : `reading ends="${value}" as ${iso}; write it so`,
  };
}

/** [year, month, day] from a date written as people write them; see readDeadline. */
function readDay(text: string, now: number): [number, number, number] {
  const expected = `${NAME} must be a date such as 2027-04-30, not "${text}"`;
  let match = /^(\d{4})[-/.](\d\d?)[-/.](\d\d?)$/.exec(text);
  if (match) return [+match[1], +match[2], +match[3]];
  match = /^(\d\d?)[/.](\d\d?)[/.](\d{4})$/.exec(text);
  if (match) {
    const [, first, second, year] = match.map(Number);
    // 30/04/2027 is day first, 04/30/2027 month first; 04/05/2027 could be either.
    if (first !== second && first <= 12 && second <= 12)
      fail(
        `${NAME} "${text}" could be ${year}-${pad(second)}-${pad(first)} or ${year}-${pad(first)}-${pad(second)}`,
      );
    return first > 12 ? [year, second, first] : [year, first, second];
  }
  // "30 April 2027", "April 30", "Apr 30, 2027", "30. April".
  match = /^(?:(\d\d?)\.?\s*([a-z]+)\.?|([a-z]+)\.?\s*(\d\d?)(?:st|nd|rd|th)?)\s*,?\s*(\d{4})?$/i.exec(text);
  const month = MONTHS.indexOf(`${match?.[2] ?? match?.[3]}`.slice(0, 3).toLowerCase()) + 1;
  if (!match || !month) fail(expected);
  const day = +(match[1] ?? match[4]);
  if (match[5]) return [+match[5], month, day];
  // No year: the one that puts the date nearest today.
  const thisYear = new Date(now).getUTCFullYear();
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - now);
  const year = [thisYear - 1, thisYear + 1].reduce(
    (best, year) => (distance(year) < distance(best) ? year : best),
    thisYear,
  );
  return [year, month, day];
}

const pad = (n: number) => `${n}`.padStart(2, '0');

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

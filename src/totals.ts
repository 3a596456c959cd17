/**
 * Reading a campaign's totals feed: unknown JSON in, `Totals` or a precise reason out.
 * Hand-edited feeds are common, so harmless slips (numeric strings, lower-case currency codes,
 * a malformed optional field) are forgiven; anything that would put a wrong figure on screen is not.
 */

import { readTiers, type Tier } from './tiers.js';

/** The normalized totals of a campaign. */
export interface Totals {
  /** Amount raised so far, in `currency`. */
  raised: number;
  /** The campaign's own goal, when the feed states one. */
  goal?: number;
  /** ISO 4217 code, upper case, when the feed states one. */
  currency?: string;
  /** How many people have given, when the feed says. */
  donors?: number;
  /** How many gifts were made, when the feed counts gifts rather than people. */
  donations?: number;
  /** The impact tiers, when the feed lists them; checked and sorted by amount. */
  tiers?: Tier[];
  /** When the totals were last updated, when the feed says. */
  updated?: Date;
}

export type TotalsResult = { ok: true; totals: Totals; warnings: string[] } | { ok: false; message: string };

// Past this, money is a typo, and percentages stop being numbers a reader can take in.
const MAX_AMOUNT = 10 ** 15;
// Plain decimals, their thousands perhaps grouped by commas in threes: "620", "620.50", "1,000".
const DECIMAL = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
// A dot grouping thousands, as German writes them: "1.000" may mean one thousand, or one.
const DOT_GROUPED = /^-?[1-9]\d{0,2}(\.\d{3})+$/;
const CURRENCY = /^[a-z]{3}$/i;
const ISO_DATE = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/;

/**
 * Reads an amount given as a number or a decimal string ("620", "620.50"), whose thousands may be
 * grouped by commas ("1,000"). Strings that could be read two ways are refused, saying why.
 * @throws {RangeError} saying what is wrong with `value`.
 */
export function readAmount(value: unknown, name: string, example = 'a number like 620 or "620.50"'): number {
  const text = trimmed(value);
  const amount =
    typeof value === 'number'
      ? value
      : DECIMAL.test(text) && !DOT_GROUPED.test(text)
        ? Number(text.replaceAll(',', ''))
        : NaN;
  if (isNaN(amount)) {
    const why =
      /\d/.test(text) && /[^\d.,\s-]/.test(text)
        ? ' (no currency sign)'
        : text.includes(',')
          ? ' (commas only group thousands: 1,000)'
          : DOT_GROUPED.test(text)
            ? ' (thousands? write 1000 or 1,000)'
            : '';
    fail(`${name} must be ${example}, not ${describe(value)}${why}`);
  }
  if (!isFinite(amount)) fail(`${name} must be a finite number`);
  if (amount < 0) fail(`${name} must not be negative`);
  if (amount > MAX_AMOUNT) fail(`${name} must be at most ${MAX_AMOUNT}`);
  // -0 passes every check above but formats as "-$0".
  return amount || 0;
}

/**
 * Reads a goal: an amount of at least 1.
 * @throws {RangeError}
 */
export function readGoal(value: unknown, name = '"goal"'): number {
  const goal = readAmount(value, name);
  if (goal < 1) fail(`${name} must be at least 1`);
  return goal;
}

/**
 * Reads an ISO 4217 currency code, forgiving case and surrounding spaces.
 * @throws {RangeError}
 */
export function readCurrency(value: unknown, name = '"currency"'): string {
  const code = trimmed(value);
  if (!CURRENCY.test(code)) fail(`${name} must be an ISO 4217 code like "USD", not ${describe(value)}`);
  return code.toUpperCase();
}

/**
 * Reads a whole, non-negative count.
 * @throws {RangeError}
 */
export function readCount(value: unknown, name: string): number {
  const example = 'a whole number like 14';
  const count = readAmount(value, name, example);
  if (!Number.isInteger(count)) fail(`${name} must be ${example}, not ${describe(value)}`);
  return count;
}

/**
 * Reads an ISO 8601 date ("2026-04-12") or date and time ("2026-04-12T10:00:00Z"); other date
 * formats parse differently from browser to browser.
 * @throws {RangeError}
 */
export function readDate(value: unknown, name: string): Date {
  const date = new Date(typeof value === 'string' && ISO_DATE.test(value) ? value : NaN);
  if (isNaN(+date)) {
    fail(`${name} must be a date like "2026-04-12T10:00:00Z", not ${describe(value)}`);
  }
  return date;
}

/**
 * Where a platform's JSON keeps each figure, when not under its own name at the top: dotted paths
 * whose steps are keys or array indices, such as `data.totals.0.amount`.
 */
export interface FeedPaths {
  raised?: string;
  goal?: string;
  donors?: string;
  /** A platform's count of gifts, shown as "211 donations". */
  donations?: string;
  currency?: string;
}

/** Turns parsed JSON into `Totals`, reading each figure at its path, or explains why it cannot be used. */
export function readTotals(json: unknown, paths: FeedPaths = {}): TotalsResult {
  const feed = json as Record<string, unknown>;
  const warnings: string[] = [];
  const totals = {} as Totals;
  // Each figure under its key, read under its name in messages, when the feed has it; a path the
  // page gave that leads nowhere is a mistake.
  const read = (key: keyof Totals, reader: (value: unknown, name: string) => unknown) => {
    const path = paths[key as keyof FeedPaths];
    // Into objects by their own keys and lists by index (their keys): never a string's or a list's length.
    const value = path
      ? path
          .split('.')
          .reduce<unknown>(
            (node, step) =>
              typeof node == 'object' && node && Object.keys(node).includes(step)
                ? (node as Record<string, unknown>)[step]
                : undefined,
            json,
          )
      : feed[key];
    if (value != null)
      (totals as unknown as Record<string, unknown>)[key] = reader(value, `"${path || key}"`);
    else if (path) fail(`the feed has nothing at ${key}-path "${path}"`);
  };
  try {
    // A platform may answer with a list (Donorbox does): paths then lead into it. (Parsed JSON is of
    // this page: its objects and lists are instances of this page's Object, its other values not.)
    if (!(json instanceof Object) || (Array.isArray(json) && !paths.raised))
      fail(`the feed must be a JSON object, not ${describe(json)}`);
    read('raised', readAmount);
    if (totals.raised === undefined) fail('the feed has no "raised"');
    read('goal', readGoal);
    read('currency', readCurrency);
    // Donors and the update time only decorate the figures: a slip there is dropped, not fatal.
    const ignored =
      <T>(reader: (value: unknown, name: string) => T) =>
      (value: unknown, name: string) =>
        attempt(() => reader(value, name), warnings, ' (ignored)');
    read('donors', ignored(readCount));
    read('donations', ignored(readCount));
    if (Array.isArray(feed.tiers)) {
      // In the feed's own currency: the page's may differ, but the feed wrote these.
      const { tiers, problems, notes } = readTiers(feed.tiers, 'the feed’s', totals.currency);
      totals.tiers = tiers;
      warnings.push(...problems, ...notes);
    } else if (feed.tiers != null) warnings.push('"tiers" must be a list (ignored)');
    read('updated', ignored(readDate));
    return { ok: true, totals, warnings };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** Runs one of the readers above, turning its `RangeError` into a line of `problems`. */
export function attempt<T>(read: () => T, problems: string[], suffix = ''): T | undefined {
  try {
    return read();
  } catch (error) {
    problems.push((error as Error).message + suffix);
  }
}

/** `value` trimmed when it is a string, else ''. */
export function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** @throws {RangeError} saying `message`. */
export function fail(message: string): never {
  throw new RangeError(message);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  return value !== null && typeof value === 'object' ? 'an object' : String(value);
}

/**
 * Reading the values people and feeds write: amounts, goals, currency codes, counts and dates, each
 * forgiving what cannot change a figure and refusing, with a reason, what could. Pure: no DOM.
 */

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

/** `value` as a message quotes it: a string in quotes (cut short), else what kind of value it is. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  return value !== null && typeof value === 'object' ? 'an object' : String(value);
}

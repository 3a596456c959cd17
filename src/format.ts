/** Money, percentages and counts, formatted by `Intl` for a locale. Pure functions. */

/**
 * The first of `candidates` that is a well-formed BCP 47 tag (canonicalized) for which the browser
 * has a locale, and the ones met before it: `[tag, wellFormed]`. A well-formed tag no locale
 * matches ("english") would otherwise pass, and `Intl` silently use the browser's own locale.
 * `locale` is `undefined` when none is usable: `Intl` then uses the browser's own.
 */
export function pickLocale(...candidates: (string | null | undefined)[]): {
  locale?: string;
  rejected: [tag: string, wellFormed: boolean][];
} {
  const rejected: [string, boolean][] = [];
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (!checkedTags.has(candidate)) checkedTags.set(candidate, checkTag(candidate));
    const { locale, supported } = checkedTags.get(candidate)!;
    if (supported) return { locale, rejected };
    rejected.push([candidate, !!locale]);
  }
  return { rejected };
}

// Each tag checked once a page: a directory of 1,000 widgets asks the same one 1,000 times, and
// Intl's canonicalization and locale lookup are slow next to everything else a render does.
const checkedTags = new Map<string, { locale?: string; supported: boolean }>();

function checkTag(tag: string): { locale?: string; supported: boolean } {
  let locale: string | undefined;
  try {
    [locale] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    // Not well-formed: no locale.
  }
  return { locale, supported: !!locale && Intl.NumberFormat.supportedLocalesOf(locale).length > 0 };
}

// One formatter per kind of figure and locale, shared by every figure: building an Intl object
// costs far more than using one, and every render formats several figures. Found by a short
// name the caller writes, not by its options: turning them into a key each time cost a page of
// 1,000 widgets more than the formatting did.
const made = new Map<string, unknown>();

/** The formatter called `name` (its kind, options and locale in words), made by `make` once. */
export function shared<T>(name: string, make: () => T): T {
  let formatter = made.get(name) as T | undefined;
  if (formatter === undefined) made.set(name, (formatter = make()));
  return formatter;
}

function moneyFormat(currency: string, locale?: string): Intl.NumberFormat {
  return shared(
    `money ${currency} ${locale}`,
    () =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' }),
  );
}

/** An amount of money: "$620", "$620.50", "¥1,000", "1.000 €" — no ".00" on whole amounts. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  const money = moneyFormat(currency, locale).format(amount);
  // In a right-to-left format (Intl starts it with a right-to-left mark), a symbol of letters and
  // "$" ("US$", "R$") would be drawn back to front ("$US"): isolated, it reads as written.
  return money.startsWith('\u200f') ? money.replace(/[A-Z]+\$/, '\u2066$&\u2069') : money;
}

/** How many digits the currency has after the decimal point: 2 for USD, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string, locale?: string): number {
  // Always set for a currency format: ECMA-402 takes the digits from the currency itself. Kept, as
  // resolvedOptions() builds a new object on every call, and every render rounds several amounts.
  const key = `${currency} ${locale}`;
  if (!digits.has(key))
    digits.set(key, moneyFormat(currency, locale).resolvedOptions().maximumFractionDigits!);
  return digits.get(key)!;
}

const digits = new Map<string, number>();

/** `amount` rounded to the currency's own digits, as `formatMoney` shows it. */
export function roundMoney(amount: number, currency: string, locale?: string): number {
  const scale = 10 ** currencyDigits(currency, locale);
  return Math.round(amount * scale) / scale;
}

/**
 * How far `raised` is towards `goal`, in whole percent, rounded down so that a campaign only
 * shows 100% once it has truly reached its goal. Over goal it keeps counting: 124%.
 */
export function percentOf(raised: number, goal: number): number {
  // The epsilon keeps float error (1.15 * 100 is 114.99999999999999) from costing a point…
  const percent = Math.floor((raised * 100) / goal + 1e-9);
  // …but must not lift a campaign a hair short of a huge goal to 100%.
  return raised < goal ? Math.min(percent, 99) : percent;
}

/** A whole percentage, formatted for the locale: "62%", "62 %", "٪٦٢". */
export function formatPercent(percent: number, locale?: string): string {
  return shared(`percent ${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent' })).format(
    percent / 100,
  );
}

/** A count, formatted for the locale: "1,204". */
export function formatCount(count: number, locale?: string): string {
  return shared(`count ${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

/** A whole number of days, hours or minutes, in words: "12 days", "1 hour", "12 Tage". */
export function formatDuration(count: number, unit: 'day' | 'hour' | 'minute', locale?: string): string {
  return shared(
    `${unit}s ${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
  ).format(count);
}

/** A time before now, in words: "now", "5 minutes ago", "yesterday", "vor 2 Stunden". */
export function formatAgo(count: number, unit: Intl.RelativeTimeFormatUnit, locale?: string): string {
  return shared(`ago ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(
    -count || 0,
    unit,
  );
}

/** A day as people write it: "12 April", with its year when that is not this year's ("12 April 2025"). */
export function formatDate(time: number, now: number, locale?: string): string {
  const year = new Date(time).getFullYear() === new Date(now).getFullYear() ? undefined : 'numeric';
  return shared(
    `date ${year} ${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year }),
  ).format(time);
}

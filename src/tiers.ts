/**
 * Impact tiers: what a gift of a given amount does ("$45 covers one day of undercover
 * investigations"). Read from the page's `<campaign-tier>` children, a `tiers` property or the
 * feed, checked, sorted, and set against the total. Pure: no DOM, no Lit.
 */
import { shared } from './format.js';
import { fail, readAmount, trimmed } from './read.js';

/** One impact tier. `label` completes a sentence that starts with the amount: "covers one day of…". */
export interface Tier {
  amount: number;
  label: string;
}

/** Where the total stands among the tiers. */
export interface Impact {
  /** The highest tier the total has reached. */
  reached?: Tier;
  /** The lowest tier it has not. */
  next?: Tier;
}

/**
 * The usable tiers of `candidates`, sorted by amount (tiers of equal amount keep their order), a
 * line for each one skipped, and a note for each amount read other than as written: an amount with
 * the widget's own currency sign ("$45", "45 USD") is read, one with another currency's is refused.
 * `where` names the source in those lines ("<campaign-tier>", "the feed’s").
 */
export function readTiers(
  candidates: readonly unknown[],
  where: string,
  currency = 'USD',
  locale?: string,
): { tiers: Tier[]; problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const tiers: Tier[] = [];
  candidates.forEach((candidate, index) => {
    const { amount, label } = Object(candidate) as Record<string, unknown>;
    const text = trimmed(label).replace(/\s+/g, ' ');
    try {
      const [, before, number, after] = /^([^\d-]*?)\s*(\d[\d.,]*)\s*(\D*)$/.exec(trimmed(amount)) ?? [];
      const sign = (before || after)?.toUpperCase();
      let value: number;
      if (sign && !(before && after)) {
        if (!currencySigns(currency, locale).includes(sign))
          fail(`its amount "${trimmed(amount)}" is written in ${before || after}, not ${currency}`);
        value = readAmount(number, 'its amount');
        notes.push(
          `reading the amount "${trimmed(amount)}" of ${where} tier ${index + 1} as ${value}; write amount="${number}"`,
        );
      } else value = readAmount(amount, 'its amount');
      if (!value) fail('its amount must be more than 0');
      if (!text) fail('no label');
      tiers.push({ amount: value, label: text });
    } catch (error) {
      problems.push(`skipping ${where} tier ${index + 1}: ${(error as Error).message}`);
    }
  });
  tiers.sort((a, b) => a.amount - b.amount);
  return { tiers, problems, notes };
}

/**
 * The ways `currency` is written, upper case: its code, and its symbols (full and narrow) in
 * `locale`, in English, and in British English, which tells dollars apart ("US$", "CA$").
 */
function currencySigns(currency: string, locale?: string): string[] {
  const signs = [currency];
  for (const where of [locale, 'en', 'en-GB'])
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const)
      signs.push(
        shared(
          `${currencyDisplay} ${currency} ${where}`,
          () => new Intl.NumberFormat(where, { style: 'currency', currency, currencyDisplay }),
        )
          .formatToParts(1)
          .find((part) => part.type === 'currency')!
          .value.toUpperCase(),
      );
  return signs;
}

/** The highest tier `raised` has reached and the next one to reach. `tiers` must be sorted. */
export function impactOf(tiers: readonly Tier[], raised: number): Impact {
  const reached = tiers.findLast((tier) => tier.amount <= raised);
  const next = tiers.find((tier) => tier.amount > raised);
  return { reached, next };
}

/**
 * A tier's label as it reads inside the impact sentences ("…, which {label}."). A label written as
 * a sentence of its own, "Covers one day of investigations.", loses its full stop and its capital
 * there: "covers one day of investigations". A capital before a capital ("UNICEF") stays, and in
 * German, whose nouns are written with one, every capital stays. The tier list shows labels as written.
 */
export function labelInSentence(label: string, lang: string): string {
  const text = label.replace(/(?<!\.)\.$/, '');
  return /^de\b/i.test(lang) ? text : text.replace(/^\p{Lu}(?=\p{Ll})/u, (capital) => capital.toLowerCase());
}

/**
 * Every word the widget shows or announces, in one table per language, so that a translation is
 * one more table. Sentences are functions of already-formatted figures, so each language keeps
 * its own word order and plural forms.
 */
import { intl } from './format.js';

export interface Messages {
  /** The language of these words, and its direction, for the widget's `lang` and `dir`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** "$620 raised of $1,000 goal": the summary line, also spoken as the progress bar's value. */
  raisedOfGoal(raised: string, goal: string): string;
  /** "14 donors", given the count and its formatted form. */
  donors(count: number, formatted: string): string;
  /** "14 donations": gifts counted, not people. */
  donations(count: number, formatted: string): string;
  /** "12 days left", given a duration already formatted by `Intl` ("12 days", "14 hours"). */
  timeLeft(duration: string): string;
  /** "Updated 2 hours ago", given `Intl`'s "2 hours ago": how old the feed says its figures are. */
  updated(ago: string): string;
  /** The feed is failing and its last good figures are shown: "Last updated 2 hours ago". */
  lastUpdated(ago: string): string;
  /** The deadline has passed. */
  ended: string;
  /** Names the list of tiers: what each amount does. */
  tiers: string;
  /** After a tier the total has reached, for screen readers; sighted readers see a tick. */
  tierReached: string;
  /** "Together we've reached $455, which covers seven days of legal advocacy." */
  impactReached(amount: string, label: string): string;
  /** "$1,920 to go to $2,540, which covers one day of operations in a field office." */
  impactNext(remaining: string, amount: string, label: string): string;
  /** "$240 would take us to 86%": a tier's gift, previewed while it is hovered or focused. */
  giftPreview(amount: string, percent: string): string;
  goalReached: string;
  donate: string;
  loading: string;
  unavailable: string;
  /** The progress bar's name when the page gives no heading. */
  progress: string;
}

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form of `count` by the language's own rules. */
export function plural(language: string, count: number, forms: PluralForms): string {
  return forms[intl(Intl.PluralRules, language).select(count)] ?? forms.other;
}

const en: Messages = {
  lang: 'en',
  dir: 'ltr',
  raisedOfGoal: (raised, goal) => `${raised} raised of ${goal} goal`,
  donors: (count, formatted) => `${formatted} ${plural('en', count, { one: 'donor', other: 'donors' })}`,
  donations: (count, formatted) =>
    `${formatted} ${plural('en', count, { one: 'donation', other: 'donations' })}`,
  timeLeft: (duration) => `${duration} left`,
  updated: (ago) => `Updated ${ago}`,
  lastUpdated: (ago) => `Last updated ${ago}`,
  ended: 'Ended',
  tiers: 'What your gift does',
  tierReached: '(reached)',
  impactReached: (amount, label) => `Together we've reached ${amount}, which ${label}.`,
  impactNext: (remaining, amount, label) => `${remaining} to go to ${amount}, which ${label}.`,
  giftPreview: (amount, percent) => `${amount} would take us to ${percent}`,
  goalReached: 'Goal reached. Thank you!',
  donate: 'Donate',
  loading: 'Loading totals…',
  unavailable: 'Totals unavailable',
  progress: 'Fundraising progress',
};

const tables: Partial<Record<string, Messages>> = { en };

/** The messages for `locale`'s language, falling back to English. */
export function messagesFor(locale: string | undefined): Messages {
  return tables[locale?.split('-')[0].toLowerCase() ?? 'en'] ?? en;
}

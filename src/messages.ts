/**
 * Every word the widget shows or announces, in one table per language, so that a translation is
 * one more table. Sentences are functions of already-formatted figures, so each language keeps
 * its own word order and plural forms.
 */
export interface Messages {
  /** The language of these words, and its direction, for the widget's `lang` and `dir`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** "$620 raised of $1,000 goal": the summary line, also spoken as the progress bar's value. */
  raisedOfGoal(raised: string, goal: string): string;
  /** "14 donors", given the count and its formatted form. */
  donors(count: number, formatted: string): string;
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
  return forms[new Intl.PluralRules(language).select(count)] ?? forms.other;
}

const en: Messages = {
  lang: 'en',
  dir: 'ltr',
  raisedOfGoal: (raised, goal) => `${raised} raised of ${goal} goal`,
  donors: (count, formatted) => `${formatted} ${plural('en', count, { one: 'donor', other: 'donors' })}`,
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

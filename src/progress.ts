/**
 * From what the page and the feed say to what a reader sees: picks which source wins for each
 * figure, validates the page's own values and formats the result. Pure: no DOM, no Lit.
 */
import { currencyDigits, formatCount, formatMoney, formatPercent, percentOf, roundMoney } from './format.js';
import type { Words } from './messages.js';
import { impactOf, labelInSentence, type Impact, type Tier } from './tiers.js';
import { attempt, readAmount, readCurrency, readGoal } from './read.js';
import type { Totals } from './totals.js';

/** The page's own settings: attribute values, unchecked (the element itself will do). */
export interface PageFigures {
  raised?: unknown;
  goal?: unknown;
  currency?: unknown;
  /** Money raised offline, added to the feed's or the page's total. */
  offline?: unknown;
  /** Whether the page names a feed at all. */
  src?: string;
}

/** The figures as a reader sees them. */
export interface Progress {
  raised: number;
  goal: number;
  currency: string;
  /** How full the tube is drawn, from 0 to 1: the goal fills it, more does not overflow it. */
  fill: number;
  /** "62%", or "124%" over goal. */
  percent: string;
  /** "$620 raised of $1,000 goal": the figures in one sentence, as they are announced. */
  summary: string;
  /** The raised amount as shown, the largest text in the widget: "$620". */
  raisedText: string;
  /**
   * The summary around the raised amount: the words before it (none in English) and after it, the
   * latter as [text, the goal with a word each side (never broken inside), text]:
   * `['', [' raised', 'of $1,000 goal', '']]`.
   */
  around: [before: string, after: [string, string, string]];
  /** "$380 to go", while the goal is not reached. */
  toGo?: string;
  /** "14 donors", or "14 donations" when the feed counts gifts rather than people. */
  supporters?: string;
  reached: boolean;
}

/** A tier as a reader sees it. */
export interface TierView {
  /** "$45". */
  amount: string;
  /** "Give $45": the tier as a way to give. */
  give: string;
  label: string;
  /** Where a gift of this amount goes, when there is a donate link. */
  href?: string;
  /** The total has reached it. */
  reached: boolean;
  /** Its height on the thermometer's scale, from 0 to 1, when it is at or under the goal. */
  mark?: number;
  /** How full the tube would be with this gift added, from 0 to 1. */
  previewFill: number;
  /** "$240 would take us to 86%", when the figures are known. */
  preview?: string;
}

/**
 * From the page's figures and the feed's last good totals: the progress to show, if there is enough
 * to show one, what is wrong with the page's settings, and notes on settings that do not do what
 * they seem to. The feed's `raised` wins over the page's (a live total beats a typed one); the
 * page's `goal` and `currency` win over the feed's (they are the page author's own campaign), so
 * when either is unusable there is no progress to show: the feed's would be the wrong campaign's.
 */
export function deriveProgress(
  page: PageFigures,
  feed: Totals | undefined,
  locale: string | undefined,
  words: Words,
  /** The feed's amounts are in the currency's minor unit (cents). */
  minor?: boolean,
): {
  progress?: Progress;
  /**
   * With no figures to show yet, the words around the amount: the goal's when it is known
   * (`aroundKnown`), else the same words with a goal of 1,000, for the room they will take.
   */
  around?: Progress['around'];
  aroundKnown?: boolean;
  currency: string;
  problems: string[];
  notes: string[];
} {
  const problems: string[] = [];
  const notes: string[] = [];
  // The attribute of that name, when the page sets it.
  const read = <T>(
    name: 'raised' | 'goal' | 'currency' | 'offline',
    reader: (value: unknown, name: string) => T,
  ) =>
    page[name] == null ? undefined : attempt(() => reader(page[name], `the ${name} attribute`), problems);

  const pageRaised = read('raised', readAmount);
  const pageGoal = read('goal', readGoal);
  const pageCurrency = read('currency', readCurrency);
  const offline = read('offline', readAmount) ?? 0;
  const currency = pageCurrency ?? feed?.currency ?? 'USD';
  // Platforms' APIs count in cents: 62000 is $620, ¥62000 is ¥62000, 620000 Kuwaiti fils are 620 dinars.
  const unit = minor ? 10 ** currencyDigits(currency, locale) : 1;
  const feedGoal = feed?.goal && feed.goal / unit;
  const found = feed ? feed.raised / unit : pageRaised;
  const raised = found === undefined ? found : found + offline;
  const goal = pageGoal ?? feedGoal;
  // A blogger who raises the goal in the feed sees nothing change: say which one is shown.
  if (pageGoal && feedGoal && pageGoal !== feedGoal) {
    notes.push(`the goal attribute (${pageGoal}) wins over the feed's "goal" (${feedGoal}); remove one`);
  }

  if (!page.src && page.raised == null) problems.push('set the src attribute, or raised and goal');
  const unusable = (given: unknown, read: unknown) => given != null && read === undefined;
  if (unusable(page.goal, pageGoal) || unusable(page.currency, pageCurrency)) {
    return { currency, problems, notes };
  }
  if (raised === undefined) {
    // Waiting for the amount, the goal the page sets is already known: "… raised of $1,000 goal";
    // else the words with a goal of 1,000 stand for those to come, for the room they will take.
    const around = aroundRaised(
      words,
      formatMoney(roundMoney(goal ?? 1000, currency, locale), currency, locale),
    );
    return { around, aroundKnown: goal !== undefined, currency, problems, notes };
  }
  if (goal === undefined) {
    // While a feed is on its way, its goal may yet arrive.
    if (page.goal == null && (!page.src || feed))
      problems.push('no goal: set the goal attribute, or "goal" in the feed');
    return { currency, problems, notes };
  }

  // Everything is worked out from the amounts as shown, so that "$1,000 raised of $1,000 goal" is
  // never 99%, and 999.996 is not "99%" beside "$1,000".
  const shownRaised = roundMoney(raised, currency, locale);
  const shownGoal = roundMoney(goal, currency, locale);
  const raisedText = formatMoney(shownRaised, currency, locale);
  const goalText = formatMoney(shownGoal, currency, locale);
  // People when the feed counts them, else gifts.
  const counted = (key: 'donors' | 'donations') => {
    const count = feed?.[key];
    return count === undefined ? undefined : words(key, { count: formatCount(count, locale) }, count);
  };
  return {
    progress: {
      raised: shownRaised,
      goal: shownGoal,
      currency,
      fill: Math.min(shownRaised / shownGoal, 1),
      percent: formatPercent(percentOf(shownRaised, shownGoal), locale),
      summary: words('raisedOfGoal', { raised: raisedText, goal: goalText }),
      raisedText,
      around: aroundRaised(words, goalText),
      toGo:
        shownRaised < shownGoal
          ? words('toGo', {
              amount: formatMoney(roundMoney(shownGoal - shownRaised, currency, locale), currency, locale),
            })
          : undefined,
      supporters: counted('donors') ?? counted('donations'),
      reached: shownRaised >= shownGoal,
    },
    currency,
    problems,
    notes,
  };
}

const RAISED = '\ue000';
const GOAL = '\ue001';

/**
 * The summary's words around the raised amount, which is drawn apart and larger. The goal keeps a
 * word on each side ("of $1,000 goal"), so that it never stands alone on a line.
 */
function aroundRaised(words: Words, goal: string): Progress['around'] {
  const [before, after = ''] = words('raisedOfGoal', { raised: RAISED, goal: GOAL }).split(RAISED);
  const [start, together = '', end = ''] = after.split(/(\S*\s*\ue001\s*\S*)/);
  return [before, [start, together.replace(GOAL, goal), end]];
}

/** The longest of `texts`, '' when there are none: they wrap in the same width, so it is the tallest. */
export const longest = (texts: readonly string[]) =>
  texts.reduce((longest, text) => (text.length > longest.length ? text : longest), '');

/** The impact sentence, and the longest one the widget could say in its place, for the room it must hold. */
export interface ImpactLines {
  /**
   * Under the goal (or over it, with no tier left above the total): what the highest tier reached
   * does, "What you've given so far covers seven days of legal advocacy." Over the goal, the next
   * tier as a stretch: "Next: $2,540 covers one day of operations in a field office."
   */
  line?: string;
  /** The longest sentence the line could come to say, in the widget's language. */
  reserve?: string;
  /**
   * The longest a previewed gift could say, whatever the total: "$18,500 would take us to 9,999%",
   * for the room the impact line's place holds.
   */
  previewReserve: string;
}

/**
 * The tiers as a reader sees them, and the impact sentences: the highest tier reached and what is
 * left to the next. Without figures the tiers still show, none of them reached.
 */
export function describeTiers(
  tiers: readonly Tier[],
  progress: Progress | undefined,
  currency: string,
  locale: string | undefined,
  words: Words,
  linkFor: (amount: number) => string | undefined,
  /** The language of the words, which the labels are written in. */
  lang = 'en',
): { tiers: TierView[]; impact: ImpactLines } {
  const inSentence = (label: string) => labelInSentence(label, lang);
  const money = (amount: number) => formatMoney(roundMoney(amount, currency, locale), currency, locale);
  const raised = progress?.raised ?? 0;
  const giftDoes = (tier: Tier) =>
    words('giftDoes', { amount: money(tier.amount), label: inSentence(tier.label) });
  const soFar = (tier: Tier) => words('impactSoFar', { label: inSentence(tier.label) });
  const stretch = (tier: Tier) =>
    words('stretch', { amount: money(tier.amount), label: inSentence(tier.label) });
  const views = tiers.map(({ amount, label }): TierView => {
    const shown = money(amount);
    const total = roundMoney(raised + amount, currency, locale);
    return {
      amount: shown,
      give: words('give', { amount: shown }),
      label,
      // The amount as shown: a ¥12.5 tier shows "¥13", and asks for 13.
      href: linkFor(roundMoney(amount, currency, locale)),
      reached: progress !== undefined && roundMoney(amount, currency, locale) <= raised,
      mark: progress && amount <= progress.goal ? amount / progress.goal : undefined,
      previewFill: progress ? Math.min(total / progress.goal, 1) : 0,
      preview:
        progress &&
        words('giftPreview', {
          amount: shown,
          percent: formatPercent(percentOf(total, progress.goal), locale),
        }),
    };
  });
  const { reached, next }: Impact = progress ? impactOf(tiers, raised) : {};
  // They all wrap in the same width, so the longest is the tallest.
  const candidates = tiers.flatMap((tier) => [giftDoes(tier), soFar(tier), stretch(tier)]);
  const previews = tiers.map((tier) =>
    words('giftPreview', { amount: money(tier.amount), percent: formatPercent(9999, locale) }),
  );
  return {
    tiers: views,
    impact: {
      previewReserve: longest(previews),
      // Before any tier is reached, or any figures are known, what the smallest gift does.
      line:
        progress?.reached && next ? stretch(next) : reached ? soFar(reached) : tiers[0] && giftDoes(tiers[0]),
      reserve: longest(candidates),
    },
  };
}

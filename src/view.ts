/**
 * Everything a reader sees, worked out from what the page says, what the feed last said, the tiers,
 * the language and the time: the texts, the fill, the marks, the tiers and their links, the state
 * and the direction. Pure: no DOM, no Lit, no clock of its own. The element renders it.
 */
import { figuresAge, timeLeft } from './deadline.js';
import { formatAgo, formatCount, formatDate, formatDuration, formatPercent } from './format.js';
import { languageFor, readMessages, wordsFor, type Messages, type Words } from './messages.js';
import {
  deriveProgress,
  describeTiers,
  longest,
  type ImpactLines,
  type PageFigures,
  type Progress,
  type TierView,
} from './progress.js';
import type { CheckedSettings, Layout, LinkTarget } from './settings.js';
import { readTiers } from './tiers.js';
import type { Totals } from './totals.js';

/** `reserve`, unless it is one of the texts `shown` in its place. */
const unlessShown = (reserve: string | undefined, shown: (string | undefined)[]) =>
  reserve !== undefined && shown.includes(reserve) ? undefined : reserve;

/** From this many days old, the figures' age is said as their date. */
const DAYS_AS_DATE = 3;

/** What the page says beside its checked settings: the element's own properties will do. */
export interface PageWords extends PageFigures {
  heading?: string;
  donateLabel?: string;
  tiersHeading?: string;
  /** The page's own words in place of the widget's: a partial table, or the same as JSON. */
  messages?: Partial<Messages> | string;
  /** Impact tiers set as a property: they win over the `<campaign-tier>` children. */
  tiers?: readonly { amount: number | string; label: string }[];
}

/** The feed as it stands: a `FeedController` will do. */
export interface FeedState {
  /** The last good totals. */
  totals?: Totals;
  /** Why the feed fails now, if it does. */
  failure?: unknown;
  /** Waiting for a first answer. */
  loading: boolean;
  /** When the feed last answered well, in ms since the epoch. */
  at?: number;
}

/** The widget as a reader sees it. */
export interface View {
  lang: string;
  dir: 'ltr' | 'rtl';
  layout: Layout;
  heading?: string;
  headingLevel: number;
  /** The progress bar's name, when there is no heading to name it. */
  label?: string;
  /** The figures, the fill and the percentage, when there are figures to show. */
  progress?: Progress;
  /** The summary's words around the amount: the figures', or while none are known, the goal's. */
  around?: Progress['around'];
  /**
   * With no such words to say (no goal known yet, or a failure said in the figures' place), words
   * as long as they will be, which only hold their room.
   */
  aroundReserve?: string;
  /** "Loading totals…", "Latest total unavailable — you can still give", "Goal reached. Thank you!", or ''. */
  status: string;
  /**
   * The longest the status's place could come to say (what is left to go, and in a live widget
   * "Loading totals…"), for the room it holds from the start.
   */
  statusReserve?: string;
  /** "Goal reached. Thank you!", drawn larger, when the widget shows it or, live, could come to. */
  celebrationReserve?: string;
  /**
   * In a live widget, the longest facts the feed may bring ("9,999 donations" for its count, "Figures
   * from September 28, 2026" for their age) beside those known, for the room their line holds from
   * the start and keeps once the feed has answered.
   */
  factsReserve?: string[];
  /** Waiting for the feed's first figures; failing with none to show; figures under, or at the goal. */
  state: 'loading' | 'failed' | 'ready' | 'reached';
  /** The page names a feed. */
  live: boolean;
  /** "$380 to go", while the goal is not reached and the campaign has not ended. */
  toGo?: string;
  /** "12 days left", or "Ended", when the page gives a deadline. */
  timeLeft?: string;
  /**
   * How old the figures are: "Updated 2 hours ago", or "Last updated 2 hours ago" while the feed
   * fails; "Figures from 12 April" once they are days old.
   */
  updated?: string;
  tiersHeading: string;
  /** The tiers, each with its link, its mark on the scale (at or under the goal) and its preview. */
  tiers: TierView[];
  /** How many tiers show at first; the rest are one tap away, behind `moreTiers`. */
  featured: number;
  /** "4 more ways to give". */
  moreTiers: string;
  impact: ImpactLines;
  /** "funded", beside each tier the total so far pays for. */
  tierReached: string;
  /** The donate link, when there is one; `lang` when its label is the widget's own word. */
  donate?: { href: string; label: string; lang?: string };
  /** Where the donate and tier links open. */
  linkTarget?: LinkTarget;
  /** Settings that cannot be used, each replaced by a safe default. */
  problems: string[];
  /** Settings read other than as written. */
  notes: string[];
  /** What the page may have forgotten. */
  hints: string[];
  /** In how many milliseconds the words change with the time ("12 days left"); Infinity if never. */
  changesIn: number;
}

/**
 * The widget as a reader sees it at `now` (ms since the epoch), from the page's words, its checked
 * `settings`, its `<campaign-tier>` children as written (`{ amount, label }` each) and its `feed`.
 * `browserLanguage` (`navigator.language`) picks the words' language when the page sets no locale.
 */
export function viewOf(
  page: PageWords,
  settings: CheckedSettings,
  children: readonly unknown[],
  feed: FeedState,
  now: number,
  browserLanguage?: string,
): View {
  const { deadline, donateUrl } = settings;
  const { totals, failure } = feed;
  const language = languageFor(settings.locale ?? browserLanguage);
  const { lang } = language;
  // Money and numbers are written as the words around them are: on a Hebrew page, the English
  // words say "$620", not Hebrew money with its direction marks.
  const locale = language.wordsLocale;
  const wordProblems: string[] = [];
  const words = wordsFor(language, readMessages(page.messages, wordProblems));
  const derived = deriveProgress(page, totals, locale, words, settings.minor);
  const { progress, currency } = derived;
  // Read in the widget's currency, whose signs an amount may carry ("$45").
  const given = page.tiers
    ? readTiers(page.tiers, 'the tiers property’s', currency, locale)
    : readTiers(children, '<campaign-tier>', currency, locale);
  const figuresAt = totals?.updated?.getTime();
  const freshness = figuresAge(figuresAt, !!(failure && totals), feed.at, now);
  const left = deadline && timeLeft(deadline, now);
  // The page's own label: the donate-label attribute, else the text of its link inside the element.
  const ownLabel = page.donateLabel || settings.donateLabel;
  const state = feed.loading
    ? 'loading'
    : (failure && !totals) || !progress
      ? 'failed'
      : progress.reached
        ? 'reached'
        : 'ready';
  // Each said only where it may be shown: a page of 1,000 widgets would word them all 1,000 times.
  const statusOf = (of: View['state']) =>
    of === 'loading'
      ? words('loading')
      : of === 'failed'
        ? words(donateUrl ? 'unavailableGive' : 'unavailable')
        : of === 'reached'
          ? words('goalReached')
          : '';
  const status = statusOf(state);
  const described = describeTiers(
    given.tiers.length || page.tiers ? given.tiers : (totals?.tiers ?? []),
    progress,
    currency,
    locale,
    words,
    settings.donateUrlFor,
    lang,
  );
  const { tiers } = described;
  // Nothing is left "to go" in a campaign that has ended.
  const toGo = left && left.left.unit === 'ended' ? undefined : progress?.toGo;
  const timeLeftText =
    left &&
    (left.left.unit === 'ended'
      ? words('ended')
      : words(
          'timeLeft',
          { time: formatDuration(left.left.count, left.left.unit, locale) },
          left.left.count,
        ));
  const updatedText =
    freshness && 'unit' in freshness
      ? // Days old, a date says it plainly: "239 days ago" reads as abandoned.
        freshness.unit === 'day' && freshness.count >= DAYS_AS_DATE
        ? words('figuresFrom', { date: formatDate(figuresAt ?? feed.at!, now, locale) })
        : words(failure ? 'lastUpdated' : 'updated', {
            ago: formatAgo(freshness.count, freshness.unit, locale),
          })
      : undefined;
  // Two show whole; of more, the first (the smallest gift) shows, the rest one tap away.
  const featured = tiers.length > 2 ? 1 : tiers.length;

  return {
    lang,
    dir: language.dir,
    layout: settings.layout,
    heading: page.heading,
    headingLevel: settings.headingLevel,
    label: page.heading ? undefined : words('progress'),
    progress,
    // Failing, nothing of the figures is said: the failure is, in their place.
    around: progress?.around ?? (state === 'loading' && derived.aroundKnown ? derived.around : undefined),
    aroundReserve:
      progress || !derived.around || (state === 'loading' && derived.aroundKnown)
        ? undefined
        : derived.around[1].join(''),
    status,
    // The longest the status's place may come to say: in a live widget, the states the feed may
    // bring. Said where the figures would be, the failure needs no room there. Words shown in that
    // place already hold their own room: no hidden copy of them (a page of 1,000 widgets from
    // attributes would draw 1,000 copies of "$380 to go").
    statusReserve: unlessShown(
      longest([
        state === 'failed' || state === 'reached' ? '' : status,
        toGo ?? '',
        page.src ? statusOf('loading') : '',
      ]) || undefined,
      [status, toGo],
    ),
    factsReserve: page.src
      ? [
          // Over the goal, "1,850%".
          formatPercent(9999, locale),
          // Held once the feed has answered too, or a smaller count would take the widget up a line.
          longest([
            progress?.supporters ?? '',
            words('donors', { count: formatCount(9999, locale) }, 9999),
            words('donations', { count: formatCount(9999, locale) }, 9999),
          ]),
          timeLeftText ?? '',
          // Whether the feed says how old its figures are is known only once it answers.
          longest([updatedText ?? '', ...freshnessWords(words, locale, now)]),
        ]
      : undefined,
    // Drawn larger, the celebration holds its own room.
    celebrationReserve: page.src || state === 'reached' ? statusOf('reached') : undefined,
    state,
    live: !!page.src,
    toGo,
    timeLeft: timeLeftText,
    updated: updatedText,
    tiersHeading: tiers.length ? page.tiersHeading || words('tiers') : '',
    ...described,
    // Only a feed changes the total, and with it the line, once the widget is drawn; a previewed
    // gift is said in the line's place.
    impact: {
      ...described.impact,
      reserve: unlessShown(
        longest([page.src ? (described.impact.reserve ?? '') : '', described.impact.previewReserve]) ||
          undefined,
        [described.impact.line],
      ),
    },
    featured,
    moreTiers:
      tiers.length > featured
        ? words('moreTiers', { count: formatCount(tiers.length - featured, locale) }, tiers.length - featured)
        : '',
    tierReached: tiers.length ? words('tierReached') : '',
    donate: donateUrl
      ? { href: donateUrl, label: ownLabel || words('donate'), lang: ownLabel ? undefined : lang }
      : undefined,
    linkTarget: settings.linkTarget,
    problems: [...derived.problems, ...settings.problems, ...wordProblems, ...given.problems],
    notes: [...derived.notes, ...settings.notes, ...given.notes],
    hints: settings.hints,
    // Those words change with time ("12 days left", "Updated 2 hours ago"): the element looks again then.
    changesIn: Math.min(left?.changesIn ?? Infinity, freshness?.changesIn ?? Infinity),
  };
}

/**
 * The longest ways a live widget may say how old its figures are, for the room its facts hold:
 * "Last updated 59 minutes ago", and "Figures from …" on a long day of another year.
 */
function freshnessWords(words: Words, locale: string | undefined, now: number): string[] {
  const ago = formatAgo(59, 'minute', locale);
  const lastYear = new Date(now).getFullYear() - 1;
  return [
    words('updated', { ago }),
    words('lastUpdated', { ago }),
    ...Array.from({ length: 12 }, (_, month) =>
      words('figuresFrom', { date: formatDate(new Date(lastYear, month, 28).getTime(), now, locale) }),
    ),
  ];
}

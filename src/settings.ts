/**
 * The page's presentation settings, read and checked: which locale, where the donate link goes,
 * how long to wait for the feed, the heading's level. Each unusable one falls back to a safe
 * default and says why in `problems`.
 */
import { readDeadline } from './deadline.js';
import type { FallbackLink } from './fallback.js';
import { DEFAULT_TIMEOUT } from './feed.js';
import { pickLocale } from './format.js';
import { fillAmount, safeLinkUrl, withScheme } from './safe-url.js';
import { attempt } from './read.js';

export interface Settings {
  /** The `locale` attribute. */
  locale?: string | null;
  donateHref?: string | null;
  timeout?: number | string | null;
  headingLevel?: number | string | null;
  ends?: string | null;
  layout?: string | null;
  /** Seconds between polls of the feed. */
  refresh?: number | string | null;
  amountUnit?: string | null;
  linkTarget?: string | null;
}

/** What the widget finds around it on the page. */
export interface Surroundings {
  /** The page's own link inside the element: the donate link when there is no `donate-href`. */
  link?: FallbackLink;
  /** The widget runs inside a frame. */
  framed?: boolean;
}

export interface CheckedSettings {
  /** A canonical BCP 47 tag, or `undefined` for the browser's own locale. */
  locale?: string;
  /** An absolute http(s) or mailto URL, or `undefined` for no donate link. */
  donateUrl?: string;
  /** The donate link for a gift of `amount`, when there is a donate link. */
  donateUrlFor(amount: number): string | undefined;
  /** The page's own link text, when the donate link is the link inside the element. */
  donateLabel?: string;
  /** Where the donate and tier links open; `undefined` for where links open by default. */
  linkTarget?: LinkTarget;
  /** When the campaign ends, when the page says. */
  deadline?: Date;
  layout: Layout;
  timeout: number;
  /** Milliseconds between polls of the feed; 0 loads it once. */
  refresh: number;
  /** The feed's amounts are in the currency's minor unit (cents). */
  minor: boolean;
  headingLevel: number;
  /** Settings that cannot be used, each replaced by a safe default. */
  problems: string[];
  /** Settings read other than as written, for the page author to fix. */
  notes: string[];
  /** What the page may have forgotten, said once in the console at info level: all works as written. */
  hints: string[];
}

/** Where a link opens: the frame or page it is in, a new tab, or the whole window around any frames. */
export type LinkTarget = '_self' | '_blank' | '_top';

/** The widget's two shapes: a vertical thermometer, or a horizontal bar for sidebars and footers. */
export type Layout = 'thermometer' | 'bar';

/**
 * Checks the page's settings (the element's own attributes will do); `pageLanguage` is the nearest
 * `lang` around the element, `base` resolves a relative donate link (the page's URL by default),
 * and `around` is what the widget finds on the page.
 */
export function checkSettings(
  settings: Settings,
  pageLanguage?: string | null,
  base?: string,
  around: Surroundings = {},
): CheckedSettings {
  const { locale, rejected } = pickLocale(settings.locale, pageLanguage);
  const problems = rejected.map(
    ([tag, wellFormed]) =>
      `ignoring the locale "${tag}": ${wellFormed ? 'unsupported by the browser' : 'not a BCP 47 tag'}`,
  );

  const notes: string[] = [];
  const hints: string[] = [];
  // Without a donate-href, the link the page wrote for readers without JavaScript: pasted without
  // one, a snippet would otherwise hide the page's only way to give behind a widget that offers none.
  const { link } = around;
  const [written, source] = settings.donateHref
    ? [settings.donateHref, 'donate-href']
    : [link?.href, 'link inside the element'];
  const href = written && withScheme(written);
  if (href !== written) notes.push(`reading the ${source} "${written}" as "${href}"`);
  const donateUrl = safeLinkUrl(fillAmount(href ?? ''), base);
  if (href && !donateUrl) {
    problems.push(`refusing the ${source} "${written}": not http:, https: or mailto:`);
  }
  if (!written) hints.push('no donate link: set donate-href, or put a link inside the element');

  const { linkTarget } = settings;
  const targetKnown = /^_(self|blank|top)$/.test(linkTarget!);
  if (linkTarget && !targetKnown)
    problems.push('the link-target attribute must be "_self", "_blank" or "_top"');
  // In a frame (an embed box a few hundred pixels tall), a donate page would open inside the box,
  // or refuse to be framed at all: a new tab, unless the page says otherwise.
  const target = targetKnown ? (linkTarget as LinkTarget) : around.framed ? '_blank' : undefined;

  let timeout = Number(settings.timeout ?? DEFAULT_TIMEOUT);
  // NaN, 0 and anything past 2^31 - 1 ms would make setTimeout fire at once.
  if (!(timeout > 0 && timeout < 2 ** 31)) {
    problems.push('the timeout attribute must be milliseconds, like 10000');
    timeout = DEFAULT_TIMEOUT;
  }

  let refresh = readRefresh(settings.refresh ?? 0);
  // Past 2^31 - 1 ms, setTimeout would fire at once.
  if (!(refresh >= 0 && refresh < 2 ** 31 / 1000)) {
    problems.push(`the refresh attribute must be seconds, such as 60, not "${settings.refresh}"`);
    refresh = 0;
  } else {
    if (refresh !== Number(settings.refresh ?? 0))
      notes.push(`reading refresh="${settings.refresh}" as ${refresh} seconds; write refresh="${refresh}"`);
    if (refresh && refresh < 15) notes.push(`a refresh of ${refresh} s is raised to 15 s, the shortest`);
  }

  const { amountUnit } = settings;
  const minor = /^(minor|cents)$/.test(amountUnit!);
  if (amountUnit && !minor && amountUnit !== 'major')
    problems.push('the amount-unit attribute must be "minor" (or "cents")');

  let headingLevel = Number(settings.headingLevel ?? 2);
  // A regex test reads the number as its text: "2", "2.5", "NaN".
  if (!/^[1-6]$/.test(headingLevel as unknown as string)) {
    problems.push('the heading-level attribute must be from 1 to 6');
    headingLevel = 2;
  }

  const { ends } = settings;
  const read = ends ? attempt(() => readDeadline(ends), problems, '; no deadline shown') : undefined;
  if (read?.note) notes.push(read.note);

  const { layout } = settings;
  if (layout && layout !== 'thermometer' && layout !== 'bar')
    problems.push('the layout attribute must be "thermometer" or "bar"');

  return {
    locale,
    layout: layout === 'bar' ? layout : 'thermometer',
    donateUrl,
    donateUrlFor: (amount) => (donateUrl ? safeLinkUrl(fillAmount(href!, amount), base) : undefined),
    donateLabel: settings.donateHref || !donateUrl ? undefined : link?.label || undefined,
    linkTarget: target,
    deadline: read?.deadline,
    timeout,
    refresh: refresh ? Math.max(refresh, 15) * 1000 : 0,
    minor,
    headingLevel,
    problems,
    notes,
    hints,
  };
}

/**
 * Seconds, from a number or from the way people write a time: "60", "60s", "90 sec", "2 min",
 * "1 minute", "1h"; NaN when it is none of those.
 */
export function readRefresh(value: number | string): number {
  const time = /^\s*(?:(\d*\.?\d+)\s*(?:s|secs?|seconds?|(m|mins?|minutes?)|(h|hours?))?)?\s*$/i.exec(
    `${value}`,
  );
  if (!time) return NaN;
  const [, count = 0, minutes, hours] = time;
  return Number(count) * (minutes ? 60 : hours ? 3600 : 1);
}

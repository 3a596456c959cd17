/**
 * What the picture says, read from the widget's view: the one place that knows the view's fields, so
 * that a change to the view is a change here alone. Pure: no DOM.
 */
import { formatMoney } from '../format.js';
import type { View } from '../view.js';

/** A tier as the picture lists it. */
export interface PictureTier {
  /** "$45". */
  amount: string;
  label: string;
}

/** Every text the picture draws, in the view's language, and the fill of its bar. */
export interface PictureContent {
  lang: string;
  dir: 'ltr' | 'rtl';
  heading?: string;
  /** The raised amount, drawn large: "$620". */
  raised: string;
  /** Beside it: "62%". */
  percent: string;
  /** Under it: "raised of $1,000 goal", or the whole summary where the amount is not its first words. */
  goal: string;
  /** The quieter facts, drawn on one line with a dot between: "14 donors", "12 days left". */
  facts: string[];
  /** "Goal reached. Thank you!", once the goal is reached. */
  status?: string;
  /** The impact sentences: what the total covers, and what the next tier would. */
  impact: string[];
  tiersHeading: string;
  /** The first tiers, those most readers can give. */
  tiers: PictureTier[];
  /** The donate button's words, when the page has a donate link. */
  donate?: string;
  /** How full the bar is, from 0 to 1. */
  fill: number;
  /** Where each tier at or under the goal sits on the bar, from 0 to 1. */
  marks: number[];
  reached: boolean;
  /** The picture's alt text and title: the heading and the summary sentence the widget speaks. */
  alt: string;
}

/** How many tiers a picture lists: enough to show what a gift does, few enough for an e-mail. */
export const PICTURE_TIERS = 3;

/**
 * What the picture of `view` says, or `undefined` when the view has no figures to show (the feed
 * failed, or the page lacks a goal): a picture of "Totals unavailable" helps nobody.
 */
export function pictureContent(view: View): PictureContent | undefined {
  const { progress } = view;
  if (!progress) return undefined;
  // The summary starts with the amount raised in every language but Arabic: drawn apart and large,
  // the rest of the sentence ("raised of $1,000 goal") goes under it.
  const raised = formatMoney(progress.raised, progress.currency, view.lang);
  const split = progress.summary.startsWith(raised);
  return {
    lang: view.lang,
    dir: view.dir,
    heading: view.heading,
    raised,
    percent: progress.percent,
    goal: split ? progress.summary.slice(raised.length).trim() : progress.summary,
    facts: [progress.supporters, view.timeLeft].filter((fact): fact is string => !!fact),
    status: progress.reached ? view.status || undefined : undefined,
    impact: [view.impact.reached, view.impact.next].filter((line): line is string => !!line),
    tiersHeading: view.tiersHeading,
    tiers: view.tiers.slice(0, PICTURE_TIERS).map(({ amount, label }) => ({ amount, label })),
    donate: view.donate?.label,
    fill: progress.fill,
    marks: view.tiers.flatMap(({ mark }) => (mark === undefined ? [] : [mark])),
    reached: progress.reached,
    alt: view.heading ? `${view.heading}: ${progress.summary}` : progress.summary,
  };
}

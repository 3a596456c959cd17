/**
 * What the picture says, read from the widget's view: the one place that knows the view's fields, so
 * that a change to the view is a change here alone. Pure: no DOM.
 */
import type { View } from '../view.js';

/** A tier as the picture lists it. */
export interface PictureTier {
  /** "$45". */
  amount: string;
  label: string;
  /** "funded", when the total so far pays for it. */
  funded?: string;
}

/** Every text the picture draws, in the view's language, and the fill of its bar. */
export interface PictureContent {
  lang: string;
  dir: 'ltr' | 'rtl';
  heading?: string;
  /** The summary's words before the raised amount, on its line: none in English, "جمعنا" in Arabic. */
  before: string;
  /** The raised amount, drawn large: "$620". */
  raised: string;
  /** Beside it: "62%". */
  percent: string;
  /** Under it, the rest of the summary: "raised of $1,000 goal". */
  goal: string;
  /** "$380 to go", under the goal. */
  toGo?: string;
  /** "Goal reached. Thank you!", once the goal is reached. */
  status?: string;
  /** The quieter facts, drawn on one line with a dot between: "14 donors", "12 days left". */
  facts: string[];
  /** What the gifts so far cover, or over the goal the next tier as a stretch. */
  impact?: string;
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

/**
 * How many tiers a picture lists: enough to show what a gift does, few enough for an e-mail (the
 * widget keeps the rest behind a disclosure, which a picture cannot open).
 */
export const PICTURE_TIERS = 3;

/**
 * What the picture of `view` says, or `undefined` when the view has no figures to show (the feed
 * failed, or the page lacks a goal): a picture of "Totals unavailable" helps nobody.
 */
export function pictureContent(view: View): PictureContent | undefined {
  const { progress } = view;
  if (!progress) return undefined;
  const [before, after] = progress.around;
  return {
    lang: view.lang,
    dir: view.dir,
    heading: view.heading,
    before: before.trim(),
    raised: progress.raisedText,
    percent: progress.percent,
    goal: after.join('').trim(),
    toGo: view.toGo,
    status: progress.reached ? view.status || undefined : undefined,
    // Not how old the figures are: a picture is read long after it is made.
    facts: [progress.supporters, view.timeLeft].filter((fact): fact is string => !!fact),
    impact: view.impact.line,
    tiersHeading: view.tiersHeading,
    tiers: view.tiers.slice(0, PICTURE_TIERS).map(({ amount, label, reached }) => ({
      amount,
      label,
      funded: reached ? view.tierReached : undefined,
    })),
    donate: view.donate?.label,
    fill: progress.fill,
    marks: view.tiers.flatMap(({ mark }) => (mark === undefined ? [] : [mark])),
    reached: progress.reached,
    alt: view.heading ? `${view.heading}: ${progress.summary}` : progress.summary,
  };
}

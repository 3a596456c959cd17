/**
 * Reading a campaign's totals feed: unknown JSON in, `Totals` or a precise reason out.
 * Hand-edited feeds are common, so harmless slips (numeric strings, lower-case currency codes,
 * a malformed optional field) are forgiven; anything that would put a wrong figure on screen is not.
 */

import { attempt, describe, fail, readAmount, readCount, readCurrency, readDate, readGoal } from './read.js';
import { readTiers, type Tier } from './tiers.js';

/** The normalized totals of a campaign. */
export interface Totals {
  /** Amount raised so far, in `currency`. */
  raised: number;
  /** The campaign's own goal, when the feed states one. */
  goal?: number;
  /** ISO 4217 code, upper case, when the feed states one. */
  currency?: string;
  /** How many people have given, when the feed says. */
  donors?: number;
  /** How many gifts were made, when the feed counts gifts rather than people. */
  donations?: number;
  /** The impact tiers, when the feed lists them; checked and sorted by amount. */
  tiers?: Tier[];
  /** When the totals were last updated, when the feed says. */
  updated?: Date;
}

export type TotalsResult = { ok: true; totals: Totals; warnings: string[] } | { ok: false; message: string };

/**
 * Where a platform's JSON keeps each figure, when not under its own name at the top: dotted paths
 * whose steps are keys or array indices, such as `data.totals.0.amount`.
 */
export interface FeedPaths {
  raised?: string;
  goal?: string;
  donors?: string;
  /** A platform's count of gifts, shown as "211 donations". */
  donations?: string;
  currency?: string;
}

/** Turns parsed JSON into `Totals`, reading each figure at its path, or explains why it cannot be used. */
export function readTotals(json: unknown, paths: FeedPaths = {}): TotalsResult {
  const feed = json as Record<string, unknown>;
  const warnings: string[] = [];
  const totals = {} as Totals;
  // Each figure under its key, read under its name in messages, when the feed has it; a path the
  // page gave that leads nowhere is a mistake.
  const read = (key: keyof Totals, reader: (value: unknown, name: string) => unknown) => {
    const path = paths[key as keyof FeedPaths];
    // Into objects by their own keys and lists by index (their keys): never a string's or a list's length.
    const value = path
      ? path
          .split('.')
          .reduce<unknown>(
            (node, step) =>
              typeof node == 'object' && node && Object.keys(node).includes(step)
                ? (node as Record<string, unknown>)[step]
                : undefined,
            json,
          )
      : feed[key];
    if (value != null)
      (totals as unknown as Record<string, unknown>)[key] = reader(value, `"${path || key}"`);
    else if (path) fail(`the feed has nothing at ${key}-path "${path}"`);
  };
  try {
    // A platform may answer with a list (Donorbox does): paths then lead into it. (Parsed JSON is of
    // this page: its objects and lists are instances of this page's Object, its other values not.)
    if (!(json instanceof Object) || (Array.isArray(json) && !paths.raised))
      fail(`the feed must be a JSON object, not ${describe(json)}`);
    read('raised', readAmount);
    if (totals.raised === undefined) fail('the feed has no "raised"');
    read('goal', readGoal);
    read('currency', readCurrency);
    // Donors and the update time only decorate the figures: a slip there is dropped, not fatal.
    const ignored =
      <T>(reader: (value: unknown, name: string) => T) =>
      (value: unknown, name: string) =>
        attempt(() => reader(value, name), warnings, ' (ignored)');
    read('donors', ignored(readCount));
    read('donations', ignored(readCount));
    if (Array.isArray(feed.tiers)) {
      // In the feed's own currency: the page's may differ, but the feed wrote these.
      const { tiers, problems, notes } = readTiers(feed.tiers, 'the feed’s', totals.currency);
      totals.tiers = tiers;
      warnings.push(...problems, ...notes);
    } else if (feed.tiers != null) warnings.push('"tiers" must be a list (ignored)');
    read('updated', ignored(readDate));
    return { ok: true, totals, warnings };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

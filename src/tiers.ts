/**
 * Impact tiers: what a gift of a given amount does ("$45 covers one day of undercover
 * investigations"). Read from the page's `<campaign-tier>` children, a `tiers` property or the
 * feed, checked, sorted, and set against the total. Pure: no DOM, no Lit.
 */
import { attempt, readAmount } from './totals.js';

/** One impact tier. `label` completes a sentence that starts with the amount: "covers one day of…". */
export interface Tier {
  amount: number;
  label: string;
}

/** Where the total stands among the tiers. */
export interface Impact {
  /** The highest tier the total has reached. */
  reached?: Tier;
  /** The lowest tier it has not, and how much is left to reach it. */
  next?: Tier & { remaining: number };
}

/**
 * The usable tiers of `candidates`, sorted by amount (tiers of equal amount keep their order), and
 * a line for each one skipped. `where` names the source in those lines ("<campaign-tier>", "the feed").
 */
export function readTiers(
  candidates: readonly unknown[],
  where: string,
): { tiers: Tier[]; problems: string[] } {
  const problems: string[] = [];
  const tiers: Tier[] = [];
  candidates.forEach((candidate, index) => {
    const name = `${where} tier ${index + 1}`;
    if (typeof candidate !== 'object' || !candidate) {
      return void problems.push(`${name} must be an object like { "amount": 45, "label": "…" }`);
    }
    const { amount, label } = candidate as Record<string, unknown>;
    const read =
      amount == null
        ? void problems.push(`${name} has no amount`)
        : attempt(() => {
            const value = readAmount(amount, `the amount of ${name}`);
            if (!value) throw new RangeError(`the amount of ${name} must be more than 0`);
            return value;
          }, problems);
    const text = typeof label === 'string' ? label.replace(/\s+/g, ' ').trim() : '';
    if (!text) problems.push(`${name} has no label`);
    else if (read !== undefined) tiers.push({ amount: read, label: text });
  });
  tiers.sort((a, b) => a.amount - b.amount);
  return { tiers, problems: problems.map((problem) => `${problem} (skipped)`) };
}

/** The highest tier `raised` has reached and the next one to reach. `tiers` must be sorted. */
export function impactOf(tiers: readonly Tier[], raised: number): Impact {
  const nextIndex = tiers.findIndex((tier) => tier.amount > raised);
  const reached = tiers[(nextIndex < 0 ? tiers.length : nextIndex) - 1];
  const next = tiers[nextIndex];
  return { reached, next: next && { ...next, remaining: next.amount - raised } };
}

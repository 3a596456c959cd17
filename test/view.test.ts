/**
 * The view on its own: plain inputs in (the page's words and settings, the feed as it stands, the
 * tiers, a fixed time), everything a reader sees out, with no element and no DOM.
 */
import { expect } from '@open-wc/testing';
import { formatAgo, formatCount, formatDuration, formatMoney, formatPercent } from '../src/format.js';
import { checkSettings, type Settings } from '../src/settings.js';
import type { Totals } from '../src/totals.js';
import { viewOf, type FeedState, type PageWords } from '../src/view.js';

// The seed appeal's six tiers (shared/SAMPLE-CAMPAIGN.md), four of them over the blog's goal.
const SAMPLE = [
  { amount: 45, label: 'covers one day of undercover investigations' },
  { amount: 240, label: 'covers six days of aftercare for a victim' },
  { amount: 455, label: 'covers seven days of legal advocacy' },
  { amount: 2540, label: 'covers one day of operations in a field office' },
  { amount: 4500, label: 'covers one rescue operation' },
  { amount: 18500, label: 'covers a national lawyer for a year' },
];

const HOUR = 3_600_000;
// 18 April 2027, 09:00 UTC: 13 days and 3 hours before 30 April ends everywhere on Earth.
const NOW = Date.UTC(2027, 3, 18, 9);
const SAMPLE_TOTALS: Totals = {
  raised: 620,
  goal: 1000,
  currency: 'USD',
  donors: 14,
  tiers: SAMPLE,
  updated: new Date(NOW - 2.5 * HOUR),
};
const ANSWERED: FeedState = { totals: SAMPLE_TOTALS, loading: false, at: NOW - HOUR };
const PAGE = {
  src: '/totals.json',
  heading: 'Make a difference for freedom',
  donateHref: 'https://give.example/ijm?amount={amount}',
  ends: '2027-04-30',
};

/** The view of `page` at `now`, its settings checked against a fixed page address. */
function view(page: PageWords & Settings, feed: FeedState, now = NOW, children: unknown[] = []) {
  const settings = checkSettings(page, undefined, 'https://blog.example/2027/04/freedom/');
  return viewOf(page, settings, children, feed, now, 'en-US');
}

describe('the view of the sample campaign', () => {
  it('says in English what the widget shows: figures, time left, freshness, tiers and links', () => {
    const shown = view({ ...PAGE, locale: 'en-US' }, ANSWERED);
    expect(shown).to.deep.include({
      lang: 'en',
      dir: 'ltr',
      layout: 'thermometer',
      heading: 'Make a difference for freedom',
      headingLevel: 2,
      label: undefined,
      status: '',
      // The longest its status's place could come to say, for the room it holds: a live widget may
      // load again (a new src).
      statusReserve: 'Loading totals…',
      celebrationReserve: 'Goal reached. Thank you!',
      state: 'ready',
      live: true,
      timeLeft: '13 days left',
      updated: 'Updated 2 hours ago',
      tiersHeading: 'What your gift does',
      featured: 1,
      moreTiers: '5 more ways to give',
      tierReached: 'funded',
      donate: { href: 'https://give.example/ijm', label: 'Donate', lang: 'en' },
      linkTarget: undefined,
      problems: [],
      notes: [],
      hints: [],
      // The freshness changes first: "Updated 3 hours ago" in half an hour.
      changesIn: HOUR / 2,
    });
    // Room held for what a feed may bring: a bigger count, and how old its figures are, said at
    // its longest (a long month of last year); in the impact line's place, a previewed gift too.
    expect(shown.factsReserve).to.deep.equal([
      '9,999%',
      '9,999 donations',
      '13 days left',
      'Figures from September 28, 2026',
    ]);
    expect(shown.impact.previewReserve).to.equal('$18,500 would take us to 9,999%');
    expect(shown.progress).to.deep.equal({
      raised: 620,
      goal: 1000,
      currency: 'USD',
      fill: 0.62,
      percent: '62%',
      summary: '$620 raised of $1,000 goal',
      raisedText: '$620',
      around: ['', [' raised ', 'of $1,000 goal', '']],
      toGo: '$380 to go',
      supporters: '14 donors',
      reached: false,
    });
    // What the gifts so far do, never "reached $455" beside $620 raised; no tier past the goal as a
    // second finish line.
    expect(shown.impact).to.deep.equal({
      previewReserve: '$18,500 would take us to 9,999%',
      line: "What you've given so far covers seven days of legal advocacy.",
      reserve: "What you've given so far covers one day of operations in a field office.",
    });
    expect(
      shown.tiers.map(({ amount, href, reached, mark }) => ({ amount, href, reached, mark })),
    ).to.deep.equal([
      { amount: '$45', href: 'https://give.example/ijm?amount=45', reached: true, mark: 0.045 },
      { amount: '$240', href: 'https://give.example/ijm?amount=240', reached: true, mark: 0.24 },
      { amount: '$455', href: 'https://give.example/ijm?amount=455', reached: true, mark: 0.455 },
      // Over the goal: no mark on the scale.
      { amount: '$2,540', href: 'https://give.example/ijm?amount=2540', reached: false, mark: undefined },
      { amount: '$4,500', href: 'https://give.example/ijm?amount=4500', reached: false, mark: undefined },
      { amount: '$18,500', href: 'https://give.example/ijm?amount=18500', reached: false, mark: undefined },
    ]);
    expect(shown.tiers[1]).to.include({
      give: 'Give $240',
      preview: '$240 would take us to 86%',
      previewFill: 0.86,
    });
    expect(shown.tiers[5]).to.include({ preview: '$18,500 would take us to 1,912%', previewFill: 1 });
  });

  it('says the same in Arabic, right to left, in Arabic words and numbers', () => {
    const money = (amount: number) => formatMoney(amount, 'USD', 'ar');
    const shown = view({ ...PAGE, locale: 'ar' }, ANSWERED);
    expect(shown).to.deep.include({
      lang: 'ar',
      dir: 'rtl',
      status: '',
      timeLeft: `يتبقى ${formatDuration(13, 'day', 'ar')}`,
      updated: `محدّث ${formatAgo(2, 'hour', 'ar')}`,
      tiersHeading: 'ما يحققه تبرعك',
      tierReached: 'تم تمويله',
      moreTiers: `طرق أخرى للتبرع: ${formatCount(5, 'ar')}`,
      donate: { href: 'https://give.example/ijm', label: 'تبرّع', lang: 'ar' },
    });
    expect(shown.progress).to.include({
      fill: 0.62,
      percent: formatPercent(62, 'ar'),
      summary: `جمعنا ${money(620)} من ${money(1000)}`,
      raisedText: money(620),
      toGo: `بقي ${money(380)}`,
      // Fourteen takes the plural form Arabic gives from eleven to ninety-nine.
      supporters: `${formatCount(14, 'ar')} متبرعًا`,
    });
    expect(shown.impact.line).to.equal('ما قدمتموه حتى الآن covers seven days of legal advocacy.');
    // The words before the amount, which is drawn apart: "جمعنا", then "من" and the goal kept together.
    expect(shown.progress!.around).to.deep.equal(['جمعنا ', [' ', `من ${money(1000)}`, '']]);
    // The links ask for the plain number, whatever the language shows.
    expect(shown.tiers.map((tier) => tier.href)).to.deep.equal(
      SAMPLE.map(({ amount }) => `https://give.example/ijm?amount=${amount}`),
    );
    expect(shown.tiers.map((tier) => tier.mark)).to.deep.equal([
      0.045,
      0.24,
      0.455,
      undefined,
      undefined,
      undefined,
    ]);
    expect(shown.tiers[0]).to.include({ amount: money(45), reached: true });
  });

  it('writes money as its words are written: English words on a Hebrew page say "$620"', () => {
    const shown = view({ ...PAGE, locale: 'he' }, ANSWERED);
    expect(shown).to.include({ lang: 'en', dir: 'ltr' });
    expect(shown.progress).to.include({
      summary: '$620 raised of $1,000 goal',
      toGo: '$380 to go',
      percent: '62%',
    });
    expect(shown.tiers[0].amount).to.equal('$45');
    expect(shown.progress!.summary).not.to.match(/[\u200e\u200f\u061c]/);
  });

  it('speaks the browser’s language when the page sets no locale', () => {
    const settings = checkSettings(PAGE, undefined, 'https://blog.example/');
    const shown = viewOf(PAGE, settings, [], ANSWERED, NOW, 'ar-EG');
    expect(shown).to.include({ lang: 'ar', dir: 'rtl', tiersHeading: 'ما يحققه تبرعك' });
  });
});

describe('the view while the feed loads or fails', () => {
  const children = [
    { amount: '45', label: 'covers one day of undercover investigations' },
    { amount: '240', label: 'covers six days of aftercare for a victim' },
  ];

  it('says it is loading, names the bar, and shows the tiers without marks or previews', () => {
    const shown = view({ src: '/totals.json', locale: 'en' }, { loading: true }, NOW, children);
    expect(shown).to.deep.include({
      status: 'Loading totals…',
      label: 'Fundraising progress',
      progress: undefined,
      updated: undefined,
      timeLeft: undefined,
      donate: undefined,
      problems: [],
      changesIn: Infinity,
    });
    expect(shown.hints).to.deep.equal(['no donate link: set donate-href, or put a link inside the element']);
    expect(
      shown.tiers.map(({ amount, reached, mark, preview }) => ({ amount, reached, mark, preview })),
    ).to.deep.equal([
      { amount: '$45', reached: false, mark: undefined, preview: undefined },
      { amount: '$240', reached: false, mark: undefined, preview: undefined },
    ]);
    // No figures: what the smallest gift does, not a total's impact.
    expect(shown.impact.line).to.equal('$45 covers one day of undercover investigations.');
    expect(shown).to.include({
      state: 'loading',
      // The status's own words hold their room; a previewed gift is said in the impact line's.
      statusReserve: undefined,
      celebrationReserve: 'Goal reached. Thank you!',
    });
  });

  it('says the totals are unavailable when the feed fails before any answer, and that giving still works', () => {
    const failed = { loading: false, failure: { reason: 'network', message: 'offline' } };
    const shown = view({ src: '/totals.json', locale: 'en' }, failed);
    expect(shown).to.include({
      status: 'Totals unavailable',
      state: 'failed',
      progress: undefined,
      updated: undefined,
    });
    const withLink = view({ src: '/totals.json', locale: 'en', donateHref: 'https://give.example/' }, failed);
    expect(withLink.status).to.equal('Latest total unavailable — you can still give');
  });

  it('keeps its last good figures when the feed fails, saying when they were last updated', () => {
    const { updated, ...totals } = SAMPLE_TOTALS;
    const failing = { totals, loading: false, failure: { reason: 'http' }, at: NOW - 5 * 60_000 };
    const shown = view({ src: '/totals.json', locale: 'en' }, failing);
    expect(shown).to.include({
      status: '',
      state: 'ready',
      updated: 'Last updated 5 minutes ago',
      changesIn: 60_000,
    });
    expect(shown.progress).to.include({ summary: '$620 raised of $1,000 goal' });
    // The feed's own time, when it gives one, says how old the figures are.
    expect(
      view({ src: '/totals.json', locale: 'en' }, { ...failing, totals: { ...totals, updated } }),
    ).to.include({
      updated: 'Last updated 2 hours ago',
    });
  });

  it('says the date of figures days old, not "239 days ago", which reads as abandoned', () => {
    const failing = (updated: Date) => ({
      totals: { ...SAMPLE_TOTALS, updated },
      loading: false,
      failure: { reason: 'http' },
      at: NOW,
    });
    const at = (days: number) =>
      view({ src: '/totals.json', locale: 'en' }, failing(new Date(NOW - days * 86_400_000)));
    expect(at(2).updated).to.equal('Last updated 2 days ago');
    expect(at(6).updated).to.equal('Figures from April 12');
    // Another year's figures say their year.
    expect(at(239).updated).to.equal('Figures from August 22, 2026');
    expect(
      view({ src: '/totals.json', locale: 'en-GB' }, failing(new Date(NOW - 6 * 86_400_000))).updated,
    ).to.equal('Figures from 12 April');
    expect(
      view({ src: '/totals.json', locale: 'de' }, failing(new Date(NOW - 6 * 86_400_000))).updated,
    ).to.equal('Stand: 12. April');
  });
});

describe('the view past the goal and the deadline', () => {
  it('thanks the readers when the goal is reached, the tube full and the percentage counting on', () => {
    const shown = view(
      { ...PAGE, locale: 'en' },
      { ...ANSWERED, totals: { ...SAMPLE_TOTALS, raised: 1240, donors: 31 } },
    );
    expect(shown).to.include({ status: 'Goal reached. Thank you!', state: 'reached' });
    expect(shown.progress).to.include({
      fill: 1,
      percent: '124%',
      reached: true,
      supporters: '31 donors',
      toGo: undefined,
    });
    expect(shown.tiers.map((tier) => tier.reached)).to.deep.equal([true, true, true, false, false, false]);
    // Past the goal, the next tier is a stretch, not a finish line with what is left to it.
    expect(shown.impact.line).to.equal('Next: $2,540 covers one day of operations in a field office.');
    // Past every tier, what the gifts so far do.
    const beyond = view(
      { ...PAGE, locale: 'en' },
      { ...ANSWERED, totals: { ...SAMPLE_TOTALS, raised: 20000 } },
    );
    expect(beyond.impact.line).to.equal("What you've given so far covers a national lawyer for a year.");
  });

  it('says the campaign has ended once the deadline has passed, and no longer looks at the clock for it', () => {
    const totals = { ...SAMPLE_TOTALS, updated: undefined };
    const shown = view({ ...PAGE, locale: 'en' }, { totals, loading: false }, Date.UTC(2027, 4, 2));
    expect(shown).to.include({ timeLeft: 'Ended', updated: undefined, changesIn: Infinity });
    // Nothing is left "to go" in a campaign that has ended.
    expect(shown.progress!.toGo).to.equal('$380 to go');
    expect(shown.toGo).to.equal(undefined);
  });
});

describe('the view of a page’s own words and figures', () => {
  it('shows the page’s figures, label and messages, and reads its tiers in its currency', () => {
    const page = {
      raised: '620',
      goal: '1000',
      currency: 'EUR',
      locale: 'de',
      donateHref: 'https://give.example/',
      donateLabel: 'Jetzt spenden',
      messages: { goalReached: 'Geschafft!' },
      tiersHeading: 'Was Ihre Spende bewirkt',
      layout: 'bar',
      headingLevel: 3,
    };
    const shown = view(page, { loading: false }, NOW, [{ amount: '45 €', label: 'deckt einen Tag' }]);
    expect(shown).to.deep.include({
      lang: 'de',
      layout: 'bar',
      headingLevel: 3,
      live: false,
      tiersHeading: 'Was Ihre Spende bewirkt',
      // The page's own label: no language of the widget's to set on it.
      donate: { href: 'https://give.example/', label: 'Jetzt spenden', lang: undefined },
      notes: ['reading the amount "45 €" of <campaign-tier> tier 1 as 45; write amount="45"'],
    });
    expect(shown.progress).to.include({
      summary: `${formatMoney(620, 'EUR', 'de')} von ${formatMoney(1000, 'EUR', 'de')} gesammelt`,
    });
    expect(shown.tiers.map((tier) => tier.amount)).to.deep.equal([formatMoney(45, 'EUR', 'de')]);
    expect(view({ ...page, raised: '1000' }, { loading: false }).status).to.equal('Geschafft!');
  });

  it('lists what the page gets wrong, each problem once, in order', () => {
    const shown = view(
      { raised: '620', goal: 'lots', messages: '{not json', locale: 'en' },
      { loading: false },
      NOW,
      [{ amount: '-5', label: 'nothing' }],
    );
    expect(shown.status).to.equal('Totals unavailable');
    expect(shown.problems).to.deep.equal([
      'the goal attribute must be a number like 620 or "620.50", not "lots"',
      'the messages attribute must be JSON',
      'skipping <campaign-tier> tier 1: its amount must not be negative',
    ]);
  });
});

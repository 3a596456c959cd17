/**
 * Real platforms' feeds, read where they keep their figures: the path attributes, amounts in the
 * currency's minor unit, and money raised offline. The platforms' documented response shapes are
 * the fixtures in test/fixtures/platforms/, served by the local feed server at /feed/platforms/,
 * and read with the attributes docs/recipes.md gives for each.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { readTotals } from '../src/totals.js';
import { captureWarnings, nextEvent, part, recordEvents } from './helpers.js';
import { address, json, stubNetwork, type Network } from './network.js';

let views = 0;

/** A platform's fixture, at a URL of its own for this test (feeds and stored copies are kept by URL). */
const platform = (name: string) => `/feed/platforms/${name}.json?view=${Date.now()}-${++views}`;

/** Renders `template` and waits for its widget's first update or error, with any console warnings. */
async function settled(template: ReturnType<typeof html>) {
  const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
  let el!: CampaignProgress;
  const warnings = await captureWarnings(async () => {
    el = await fixture<CampaignProgress>(template);
    await events.count(1);
    await el.updateComplete;
  });
  events.stop();
  return { el, event: events.events[0], warnings };
}

/** The figures as a reader sees them: the summary and the donors line. */
const figures = (el: CampaignProgress) => [part(el, 'summary').textContent, part(el, 'donors').textContent];

describe('recipes: platforms’ documented responses, read with the attributes docs/recipes.md gives', () => {
  it('Every.org: amounts in cents, the goal and donors under names of their own', async () => {
    const { el, event } = await settled(
      html`<campaign-progress
        src=${platform('every-org')}
        raised-path="raised"
        goal-path="goalAmount"
        donors-path="supporters"
        currency-path="currency"
        amount-unit="minor"
      ></campaign-progress>`,
    );
    expect(event.type).to.equal('campaign-progress-update');
    expect(figures(el)).to.deep.equal(['$1,824.50 raised of $5,000 goal', '37 donors']);
    expect(part(el, 'thermometer').getAttribute('aria-valuenow')).to.equal('1824.5');
  });

  it('Open Collective: a balance in cents, with the page’s own goal', async () => {
    const { el } = await settled(
      html`<campaign-progress
        src=${platform('open-collective')}
        goal="10000"
        raised-path="balance"
        currency-path="currency"
        donors-path="backersCount"
        amount-unit="minor"
      ></campaign-progress>`,
    );
    expect(figures(el)).to.deep.equal(['€4,120.75 raised of €10,000 goal', '58 donors']);
  });

  it('JustGiving: decimal strings in major units', async () => {
    const { el, warnings } = await settled(
      html`<campaign-progress
        src=${platform('justgiving')}
        raised-path="grandTotalRaisedExcludingGiftAid"
        goal-path="fundraisingTarget"
        currency-path="currencyCode"
      ></campaign-progress>`,
    );
    expect(figures(el)).to.deep.equal(['£1,235.50 raised of £2,000 goal', '']);
    expect(warnings).to.deep.equal([]);
  });

  it('Tiltify: figures nested in objects, amounts as decimal strings', async () => {
    const { el } = await settled(
      html`<campaign-progress
        src=${platform('tiltify')}
        raised-path="data.amount_raised.value"
        goal-path="data.goal.value"
        currency-path="data.amount_raised.currency"
      ></campaign-progress>`,
    );
    expect(figures(el)).to.deep.equal(['$2,318.40 raised of $5,000 goal', '']);
  });

  it('Donorbox: an array at the top, a lower-case currency code, amounts as strings', async () => {
    const { el, event } = await settled(
      html`<campaign-progress
        src=${platform('donorbox')}
        raised-path="0.total_raised"
        goal-path="0.goal_amt"
        currency-path="0.currency"
        donors-path="0.donations_count"
      ></campaign-progress>`,
    );
    expect(event.type).to.equal('campaign-progress-update');
    expect(figures(el)).to.deep.equal(['$18,342.50 raised of $25,000 goal', '211 donors']);
  });

  it('Givebutter: the first campaign in a list inside data', async () => {
    const { el } = await settled(
      html`<campaign-progress
        src=${platform('givebutter')}
        raised-path="data.0.raised"
        goal-path="data.0.goal"
        donors-path="data.0.donors"
        currency-path="data.0.currency"
      ></campaign-progress>`,
    );
    expect(figures(el)).to.deep.equal(['$7,440 raised of $10,000 goal', '96 donors']);
  });

  it('reads one platform’s feed two ways with one request: each widget its own paths', async () => {
    const fixtureText = await (await fetch('/test/fixtures/platforms/tiltify.json')).text();
    const network = stubNetwork();
    const src = network.route(json(fixtureText));
    const updates = recordEvents('campaign-progress-update');
    const page = await fixture<HTMLElement>(
      html`<div>
        <campaign-progress
          src=${src}
          raised-path="data.amount_raised.value"
          goal-path="data.goal.value"
        ></campaign-progress>
        <campaign-progress
          src=${src}
          raised-path="data.total_amount_raised.value"
          goal-path="data.goal.value"
        ></campaign-progress>
      </div>`,
    );
    await updates.count(2);
    updates.stop();
    const widgets = [...page.querySelectorAll('campaign-progress')];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    expect(widgets.map((widget) => part(widget, 'summary').textContent)).to.deep.equal([
      '$2,318.40 raised of $5,000 goal',
      '$3,105.90 raised of $5,000 goal',
    ]);
    network.restore();
    expect(network.requests).to.have.length(1);
  });
});

describe('paths that lead nowhere, or to no number', () => {
  const mistakes: [string, string, string, string][] = [
    [
      'a path to nothing',
      'tiltify',
      'data.amount_raised.amount',
      'the feed has nothing at raised-path "data.amount_raised.amount"',
    ],
    [
      'an index past the end',
      'givebutter',
      'data.1.raised',
      'the feed has nothing at raised-path "data.1.raised"',
    ],
    [
      'a path to an object',
      'tiltify',
      'data.amount_raised',
      '"data.amount_raised" must be a number like 620 or "620.50", not an object',
    ],
    [
      'a path to a word',
      'tiltify',
      'data.name',
      '"data.name" must be a number like 620 or "620.50", not "Stream for Clean Water"',
    ],
    ['a path to a list', 'givebutter', 'data', '"data" must be a number like 620 or "620.50", not a list'],
  ];
  for (const [name, platformName, path, message] of mistakes) {
    it(`is a feed error for ${name}: "Latest total unavailable — you can still give", the error event, the donate link kept`, async () => {
      const src = platform(platformName);
      const { el, event, warnings } = await settled(
        html`<campaign-progress
          src=${src}
          raised-path=${path}
          goal="1000"
          donate-href="https://example.org/donate"
        ></campaign-progress>`,
      );
      expect(event.type).to.equal('campaign-progress-error');
      expect((event as CustomEvent).detail).to.deep.equal({ reason: 'invalid', message, src: address(src) });
      expect(warnings).to.deep.equal([`campaign-progress: ${address(src)}: ${message}`]);
      expect(part(el, 'status').textContent).to.equal('Latest total unavailable — you can still give');
      expect(part(el, 'summary').textContent).to.equal('');
      expect((part(el, 'donate') as HTMLAnchorElement).href).to.equal('https://example.org/donate');
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('reads a path again when the page changes it, without asking the feed again', async () => {
    const src = platform('tiltify');
    const { el } = await settled(
      html`<campaign-progress
        src=${src}
        raised-path="data.nothing"
        goal-path="data.goal.value"
      ></campaign-progress>`,
    );
    expect(part(el, 'status').textContent).to.equal('Totals unavailable');
    const update = nextEvent('campaign-progress-update');
    el.raisedPath = 'data.amount_raised.value';
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$2,318.40 raised of $5,000 goal');
    expect(part(el, 'status').textContent).to.equal('');
  });
});

describe('amount-unit="minor": amounts in the currency’s minor unit', () => {
  let network: Network;
  beforeEach(() => {
    network = stubNetwork();
  });
  afterEach(() => {
    network.restore();
  });

  /** The summary a widget shows reading `totals` in `unit`, perhaps with a goal of the page's own. */
  async function summaryOf(totals: object, unit = 'minor', goal?: string) {
    const { el } = await settled(
      html`<campaign-progress
        src=${network.route(json(totals))}
        amount-unit=${ifDefined(unit || undefined)}
        goal=${ifDefined(goal)}
      ></campaign-progress>`,
    );
    return part(el, 'summary').textContent;
  }

  it('divides by 100 for dollars and euros', async () => {
    expect(await summaryOf({ raised: 62050, goal: 100000, currency: 'USD' })).to.equal(
      '$620.50 raised of $1,000 goal',
    );
    expect(await summaryOf({ raised: 62050, goal: 100000, currency: 'eur' })).to.equal(
      '€620.50 raised of €1,000 goal',
    );
  });

  it('divides by nothing for yen, which has no minor unit', async () => {
    expect(await summaryOf({ raised: 62000, goal: 100000, currency: 'JPY' })).to.equal(
      '¥62,000 raised of ¥100,000 goal',
    );
  });

  it('divides by 1,000 for Kuwaiti dinars', async () => {
    const kwd = (amount: number) =>
      new Intl.NumberFormat('en', { style: 'currency', currency: 'KWD' }).format(amount);
    expect(await summaryOf({ raised: 620500, goal: 1000250, currency: 'KWD' })).to.equal(
      `${kwd(620.5)} raised of ${kwd(1000.25)} goal`,
    );
  });

  it('takes cents as another word for it', async () => {
    expect(await summaryOf({ raised: 62050, goal: 100000 }, 'cents')).to.equal(
      '$620.50 raised of $1,000 goal',
    );
  });

  it('leaves the page’s own goal as the page wrote it', async () => {
    expect(await summaryOf({ raised: 62050 }, 'minor', '1000')).to.equal('$620.50 raised of $1,000 goal');
  });

  it('reads amounts as major units without it', async () => {
    expect(await summaryOf({ raised: 620.5, goal: 1000 }, '')).to.equal('$620.50 raised of $1,000 goal');
  });

  it('reports an unknown unit as an attribute error, and reads major units', async () => {
    const src = network.route(json({ raised: 620, goal: 1000 }));
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${src} amount-unit="pennies"></campaign-progress>`,
      );
      await events.count(2);
      await el.updateComplete;
    });
    events.stop();
    const message = 'the amount-unit attribute must be "minor" (or "cents")';
    expect(
      events.events.map((event) => [event.type, (event as CustomEvent).detail.message]),
    ).to.deep.include.members([['campaign-progress-error', message]]);
    expect(warnings).to.include(`campaign-progress: ${message}`);
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
  });
});

describe('offline: money raised outside the feed', () => {
  let network: Network;
  beforeEach(() => {
    network = stubNetwork();
  });
  afterEach(() => {
    network.restore();
  });

  it('is added to what the feed reports, in the total and the bar', async () => {
    const { el } = await settled(
      html`<campaign-progress
        src=${network.route(json({ raised: 620, goal: 1000 }))}
        offline="250"
      ></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$870 raised of $1,000 goal');
    expect(part(el, 'percent').textContent).to.equal('87%');
    expect(part(el, 'thermometer').getAttribute('aria-valuenow')).to.equal('870');
  });

  it('is in major units, though the feed counts in cents', async () => {
    const { el } = await settled(
      html`<campaign-progress
        src=${network.route(json({ raised: 62000, goal: 100000 }))}
        amount-unit="minor"
        offline="250.50"
      ></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$870.50 raised of $1,000 goal');
  });

  it('is added to the raised attribute on a page with no feed', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000" offline="1,000"></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$1,620 raised of $1,000 goal');
  });

  it('reports an unusable amount as an attribute error, and shows the feed’s total alone', async () => {
    const src = network.route(json({ raised: 620, goal: 1000 }));
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${src} offline="lots"></campaign-progress>`,
      );
      await events.count(2);
      await el.updateComplete;
    });
    events.stop();
    const errors = events.events.filter((event) => event.type === 'campaign-progress-error');
    expect(errors.map((event) => (event as CustomEvent).detail.reason)).to.deep.equal(['attribute']);
    expect((errors[0] as CustomEvent).detail.message).to.contain('offline');
    expect(warnings.join('\n')).to.contain('offline');
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
  });
});

describe('readTotals with paths', () => {
  it('steps through objects and arrays, and reads numeric strings and lower-case codes', () => {
    const feed = { data: { totals: [{ amount: '620.00', currency: 'usd' }], goal: { value: 1000 } } };
    expect(
      readTotals(feed, {
        raised: 'data.totals.0.amount',
        goal: 'data.goal.value',
        currency: 'data.totals.0.currency',
      }),
    ).to.deep.equal({ ok: true, warnings: [], totals: { raised: 620, goal: 1000, currency: 'USD' } });
  });

  it('reads a feed that is an array at the top, through its paths', () => {
    expect(readTotals([{ raised: 5 }], { raised: '0.raised' })).to.deep.equal({
      ok: true,
      warnings: [],
      totals: { raised: 5 },
    });
  });

  it('still wants an object at the top when no path says where to look', () => {
    expect(readTotals([{ raised: 5 }])).to.deep.equal({
      ok: false,
      message: 'the feed must be a JSON object, not a list',
    });
  });

  it('never reads what objects inherit', () => {
    expect(readTotals({ data: {} }, { raised: 'data.constructor.length' })).to.deep.equal({
      ok: false,
      message: 'the feed has nothing at raised-path "data.constructor.length"',
    });
  });

  it('drops a donors path that leads to no count, with a warning, and keeps the figures', () => {
    const result = readTotals({ raised: 620, people: { count: 'many' } }, { donors: 'people.count' });
    expect(result).to.deep.include({
      ok: true,
      warnings: ['"people.count" must be a whole number like 14, not "many" (ignored)'],
    });
    expect(result.ok && result.totals.raised).to.equal(620);
    expect(result.ok && result.totals.donors).to.equal(undefined);
  });
});

/**
 * Reading fundraising platforms' own JSON: each recipe in docs/recipes.md with the attributes it
 * gives, on the response shape the platform documents (test/fixtures/platforms/), then shapes no
 * fixture has, so that the attributes are known to work beyond the six they were written for.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { captureWarnings, nextEvent, part, recordEvents } from './helpers.js';
import { address, json, stubNetwork, type Network } from './network.js';

const DONATE = 'https://example.org/donate';
const PLATFORMS = [
  'every-org',
  'open-collective',
  'justgiving',
  'tiltify',
  'donorbox',
  'givebutter',
] as const;
type Platform = (typeof PLATFORMS)[number];

// Read for real before any test stubs the network: the files the feed server serves as they are.
const responses = Object.fromEntries(
  await Promise.all(
    PLATFORMS.map(async (name) => {
      const response = await fetch(`/test/fixtures/platforms/${name}.json`);
      return [name, await response.text()] as const;
    }),
  ),
) as Record<Platform, string>;

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => network.restore());

/**
 * A widget with `attributes` (and a donate link) on a feed that answers `body`, once it has
 * reported the feed's answer: what it shows, the event and the console's warnings.
 */
async function widget(body: unknown, attributes: Record<string, string>) {
  const src = network.route(json(body));
  const el = document.createElement('campaign-progress');
  for (const [name, value] of Object.entries({ src, 'donate-href': DONATE, ...attributes }))
    el.setAttribute(name, value);
  const settled = nextEvent('campaign-progress-update', 'campaign-progress-error');
  const warnings = await captureWarnings(async () => {
    await fixture(html`<div>${el}</div>`);
    await settled;
    await el.updateComplete;
  });
  return { el, src, event: await settled, warnings };
}

/** What an error event says, for a failed expectation's message. */
const problem = (event: Event) => (event as CustomEvent<{ message?: string }>).detail.message ?? '';

/** The figures as a reader sees them, and as a screen reader hears the progress bar. */
function figures(el: CampaignProgress) {
  const bar = part(el, 'thermometer');
  return {
    percent: part(el, 'percent').textContent,
    summary: part(el, 'summary').textContent,
    donors: part(el, 'donors').textContent,
    heard: bar.getAttribute('aria-valuetext'),
    status: part(el, 'status').textContent,
  };
}

/**
 * Each platform's response read with paths: the attributes docs/recipes.md gives for it, and what its
 * fixture shows. Donorbox's response is a list at the top, read through paths that start with an
 * index; the docs read it through a server-side step, as its API needs a key a page cannot keep.
 */
const RECIPES: {
  platform: Platform;
  attributes: Record<string, string>;
  percent: string;
  summary: string;
  donors: string;
}[] = [
  {
    platform: 'every-org',
    attributes: {
      'raised-path': 'raised',
      'goal-path': 'goalAmount',
      'donors-path': 'supporters',
      'currency-path': 'currency',
      'amount-unit': 'minor',
    },
    percent: '36%',
    summary: '$1,824.50 raised of $5,000 goal',
    donors: '37 donors',
  },
  {
    platform: 'open-collective',
    attributes: {
      goal: '10000',
      'raised-path': 'balance',
      'currency-path': 'currency',
      'donors-path': 'backersCount',
      'amount-unit': 'minor',
    },
    percent: '41%',
    summary: '€4,120.75 raised of €10,000 goal',
    donors: '58 donors',
  },
  {
    platform: 'justgiving',
    attributes: {
      'raised-path': 'grandTotalRaisedExcludingGiftAid',
      'goal-path': 'fundraisingTarget',
      'currency-path': 'currencyCode',
    },
    percent: '61%',
    summary: '£1,235.50 raised of £2,000 goal',
    donors: '',
  },
  {
    platform: 'tiltify',
    attributes: {
      'raised-path': 'data.amount_raised.value',
      'goal-path': 'data.goal.value',
      'currency-path': 'data.amount_raised.currency',
    },
    percent: '46%',
    summary: '$2,318.40 raised of $5,000 goal',
    donors: '',
  },
  {
    platform: 'donorbox',
    attributes: {
      'raised-path': '0.total_raised',
      'goal-path': '0.goal_amt',
      'currency-path': '0.currency',
      'donations-path': '0.donations_count',
    },
    percent: '73%',
    summary: '$18,342.50 raised of $25,000 goal',
    donors: '211 donations',
  },
  {
    platform: 'givebutter',
    attributes: {
      'raised-path': 'data.0.raised',
      'goal-path': 'data.0.goal',
      'donors-path': 'data.0.donors',
      'currency-path': 'data.0.currency',
    },
    percent: '74%',
    summary: '$7,440 raised of $10,000 goal',
    donors: '96 donors',
  },
];

describe('the recipes, on each platform’s documented response', () => {
  for (const { platform, attributes, ...shown } of RECIPES) {
    it(`reads ${platform}.json with the recipe’s attributes`, async () => {
      const { el, event, warnings } = await widget(responses[platform], attributes);
      expect(event.type, problem(event)).to.equal('campaign-progress-update');
      expect(figures(el)).to.deep.equal({ ...shown, heard: shown.percent, status: '' });
      expect(warnings).to.deep.equal([]);
    });
  }

  it('reads one response two ways for two widgets, with one request', async () => {
    const src = network.route(json(responses.tiltify));
    const updates = recordEvents('campaign-progress-update');
    const [campaign, team] = await Promise.all(
      ['data.amount_raised.value', 'data.total_amount_raised.value'].map((raised) =>
        fixture<CampaignProgress>(
          html`<campaign-progress
            src=${src}
            raised-path=${raised}
            goal-path="data.goal.value"
            currency-path="data.goal.currency"
          ></campaign-progress>`,
        ),
      ),
    );
    await updates.count(2);
    updates.stop();
    await Promise.all([campaign.updateComplete, team.updateComplete]);
    expect(part(campaign, 'summary').textContent).to.equal('$2,318.40 raised of $5,000 goal');
    expect(part(team, 'summary').textContent).to.equal('$3,105.90 raised of $5,000 goal');
    expect(network.requests.map((request) => new URL(request.url).pathname)).to.deep.equal([src]);
  });

  it('passes an axe audit on a platform’s figures and on a path that leads nowhere', async () => {
    const good = await widget(responses['every-org'], RECIPES[0].attributes);
    await expect(good.el).shadowDom.to.be.accessible();
    const broken = await widget(responses.tiltify, { 'raised-path': 'data.raised' });
    await expect(broken.el).shadowDom.to.be.accessible();
  });
});

/**
 * The recipes as the docs write them, in the sections of `text` that start with `heading`: the
 * attributes of each one's tag, the feed it reads and the figures it promises.
 */
function recipesIn(text: string, heading: RegExp) {
  return text
    .split(heading)
    .filter((section) => section.includes('```html'))
    .map((section) => {
      const name = section.split(/\*\*|\n/)[0];
      const [before, after] = section.split('```html\n');
      const tag = after.slice(0, after.indexOf('```'));
      const el = new DOMParser().parseFromString(tag, 'text/html').querySelector('campaign-progress')!;
      const attributes = Object.fromEntries(
        [...el.attributes].filter(({ name }) => name !== 'src').map(({ name, value }) => [name, value]),
      );
      // A recipe whose src is a totals.json reads the one its section writes; else its platform's response.
      const written = before.split('```json\n').at(-1)!.split('```')[0];
      const platform = name.toLowerCase().replace(/[^a-z]+/g, '-') as Platform;
      const body = el.getAttribute('src')!.endsWith('/totals.json') ? written : responses[platform];
      const summary = /"([^"]* raised of [^"]*)"/.exec(after)?.[1];
      return { name, attributes, body, summary };
    });
}

const readme = (await (await fetch('/README.md')).text())
  .split(/^## /m)
  .find((s) => s.startsWith('Recipes\n'))!;
const recipesFile = await (await fetch('/docs/recipes.md')).text();

for (const [file, recipes, count] of [
  ['the README', recipesIn(readme, /^\*\*/m), 3],
  ['docs/recipes.md', recipesIn(recipesFile, /^### /m), 6],
] as const) {
  describe(`the recipes in ${file}, as written`, () => {
    it(`are ${count}, each with a platform’s response and the figures it shows`, () => {
      expect(recipes.map(({ name, body, summary }) => [name, !!body, !!summary])).to.deep.equal(
        recipes.map(({ name }) => [name, true, true]),
      );
      expect(recipes).to.have.length(count);
    });

    for (const { name, attributes, body, summary } of recipes) {
      it(`reads ${name} as the recipe says: "${summary}"`, async () => {
        const { el, event } = await widget(body, attributes);
        expect(event.type, problem(event)).to.equal('campaign-progress-update');
        expect(part(el, 'summary').textContent).to.equal(summary);
      });
    }
  });
}

describe('a platform’s file served as it is', () => {
  // No stub: the test server serves the repository, as the feed server serves these files.
  beforeEach(() => network.restore());

  it('is read from its URL, one request for two widgets', async () => {
    // A query of its own, so that no stored copy from another run is painted first.
    const src = `/test/fixtures/platforms/givebutter.json?run=${Math.random().toString(36).slice(2)}`;
    const updates = recordEvents('campaign-progress-update');
    const els = await Promise.all(
      [0, 1].map(() =>
        fixture<CampaignProgress>(
          html`<campaign-progress
            src=${src}
            raised-path="data.0.raised"
            goal-path="data.0.goal"
            donors-path="data.0.donors"
            currency-path="data.0.currency"
          ></campaign-progress>`,
        ),
      ),
    );
    await updates.count(2);
    updates.stop();
    for (const el of els) {
      await el.updateComplete;
      expect(figures(el).summary).to.equal('$7,440 raised of $10,000 goal');
    }
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name === new URL(src, location.href).href);
    expect(requests).to.have.length(1);
  });
});

describe('amounts as real APIs send them', () => {
  it('reads numeric strings and a lower-case currency code', async () => {
    const { el } = await widget(
      { campaign: { raised: '620.00', goal: '1000.00', currency: 'usd' } },
      {
        'raised-path': 'campaign.raised',
        'goal-path': 'campaign.goal',
        'currency-path': 'campaign.currency',
      },
    );
    expect(figures(el)).to.include({ percent: '62%', summary: '$620 raised of $1,000 goal' });
  });

  it('reads an array index in a path: data.totals.0.amount', async () => {
    const { el } = await widget(
      {
        data: {
          totals: [
            { amount: '412.75', currency: 'eur' },
            { amount: '99.00', currency: 'gbp' },
          ],
        },
      },
      { 'raised-path': 'data.totals.0.amount', 'currency-path': 'data.totals.0.currency', goal: '1000' },
    );
    expect(figures(el)).to.include({ percent: '41%', summary: '€412.75 raised of €1,000 goal' });
  });
});

describe('amount-unit="minor"', () => {
  // The divisor is the currency's own number of decimals, as Intl knows it: no table in the widget.
  const digits = (currency: string) =>
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;

  for (const [currency, raised, goal, summary] of [
    ['USD', 62050, 100000, '$620.50 raised of $1,000 goal'],
    ['JPY', 62000, 100000, '¥62,000 raised of ¥100,000 goal'],
    ['KWD', 620500, 1000000, 'KWD\u00a0620.500 raised of KWD\u00a01,000 goal'],
  ] as const) {
    it(`divides ${currency} by 10^${digits(currency)}, the currency’s digits in Intl`, async () => {
      const { el } = await widget({ raised, goal, currency }, { 'amount-unit': 'minor' });
      expect(figures(el)).to.include({ percent: '62%', summary });
      expect(Number(part(el, 'thermometer').getAttribute('aria-valuemax'))).to.equal(
        goal / 10 ** digits(currency)!,
      );
    });
  }

  it('counts in the currency shown when the page sets it', async () => {
    const { el } = await widget({ raised: 62000, goal: 100000 }, { currency: 'JPY', 'amount-unit': 'minor' });
    expect(figures(el).summary).to.equal('¥62,000 raised of ¥100,000 goal');
  });

  it('takes "cents" as another name for it', async () => {
    const { el, warnings } = await widget({ raised: 62000, goal: 100000 }, { 'amount-unit': 'cents' });
    expect(figures(el).summary).to.equal('$620 raised of $1,000 goal');
    expect(warnings).to.deep.equal([]);
  });

  it('leaves the page’s own goal in whole units', async () => {
    const { el } = await widget({ raised: 62000 }, { goal: '1000', 'amount-unit': 'minor' });
    expect(figures(el).summary).to.equal('$620 raised of $1,000 goal');
  });
});

describe('offline', () => {
  it('adds money raised offline to the feed’s total, on screen and for screen readers', async () => {
    const { el } = await widget({ raised: 620, goal: 1000, currency: 'USD' }, { offline: '250' });
    expect(figures(el)).to.include({
      percent: '87%',
      summary: '$870 raised of $1,000 goal',
      heard: '87%',
    });
    expect(part(el, 'thermometer').getAttribute('aria-valuenow')).to.equal('870');
  });

  it('is in whole units when the feed counts in cents', async () => {
    const { el } = await widget(responses['every-org'], { ...RECIPES[0].attributes, offline: '250' });
    expect(figures(el)).to.include({ percent: '41%', summary: '$2,074.50 raised of $5,000 goal' });
  });

  it('adds to the raised attribute on a page without a feed', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000" offline="250"></campaign-progress>`,
    );
    expect(figures(el).summary).to.equal('$870 raised of $1,000 goal');
  });
});

describe('a path that leads nowhere, or to something that is not a figure', () => {
  const cases: [name: string, platform: Platform, attributes: Record<string, string>, message: string][] = [
    [
      'a raised-path with a misspelt key',
      'tiltify',
      { 'raised-path': 'data.amount_raised.amount', goal: '5000' },
      'the feed has nothing at raised-path "data.amount_raised.amount"',
    ],
    [
      'a goal-path past the end of the JSON',
      'tiltify',
      { 'raised-path': 'data.amount_raised.value', 'goal-path': 'data.goal.value.amount' },
      'the feed has nothing at goal-path "data.goal.value.amount"',
    ],
    [
      'an array index past the end of the list',
      'givebutter',
      { 'raised-path': 'data.1.raised', 'goal-path': 'data.1.goal' },
      'the feed has nothing at raised-path "data.1.raised"',
    ],
    [
      'a donations-path that leads nowhere',
      'donorbox',
      { 'raised-path': '0.total_raised', goal: '25000', 'donations-path': '0.donors_count' },
      'the feed has nothing at donations-path "0.donors_count"',
    ],
    [
      'a donors-path that leads nowhere',
      'givebutter',
      { 'raised-path': 'data.0.raised', 'goal-path': 'data.0.goal', 'donors-path': 'data.0.donor_count' },
      'the feed has nothing at donors-path "data.0.donor_count"',
    ],
    [
      'a raised-path at a name',
      'tiltify',
      { 'raised-path': 'data.name', goal: '5000' },
      '"data.name" must be a number like 620 or "620.50", not "Stream for Clean Water"',
    ],
    [
      'a raised-path at an object',
      'tiltify',
      { 'raised-path': 'data.amount_raised', goal: '5000' },
      '"data.amount_raised" must be a number like 620 or "620.50", not an object',
    ],
    [
      'a goal-path at a list',
      'givebutter',
      { 'raised-path': 'data.0.raised', 'goal-path': 'data' },
      '"data" must be a number like 620 or "620.50", not a list',
    ],
    [
      'a currency-path at an amount',
      'tiltify',
      { 'raised-path': 'data.amount_raised.value', 'currency-path': 'data.goal.value', goal: '5000' },
      '"data.goal.value" must be an ISO 4217 code like "USD", not "5000.00"',
    ],
    // A figure that is not in the JSON at all: a string's length, or a list's, is not a total.
    [
      'a raised-path at a string’s length',
      'tiltify',
      { 'raised-path': 'data.name.length', goal: '5000' },
      'the feed has nothing at raised-path "data.name.length"',
    ],
    [
      'a raised-path at a list’s length',
      'givebutter',
      { 'raised-path': 'data.length', goal: '5000' },
      'the feed has nothing at raised-path "data.length"',
    ],
    [
      'a raised-path at null',
      'givebutter',
      { 'raised-path': 'data.0.event_id', goal: '5000' },
      'the feed has nothing at raised-path "data.0.event_id"',
    ],
  ];

  for (const [name, platform, attributes, message] of cases) {
    it(`is a feed error: ${name}`, async () => {
      const errors = recordEvents('campaign-progress-error');
      const { el, src, event, warnings } = await widget(responses[platform], attributes);
      errors.stop();
      expect(event.type).to.equal('campaign-progress-error');
      expect(event.detail).to.deep.equal({ reason: 'invalid', message, src: address(src) });
      expect(errors.events).to.have.length(1);
      expect(warnings).to.deep.equal([`campaign-progress: ${address(src)}: ${message}`]);
      expect(figures(el)).to.deep.equal({
        percent: '',
        summary: '',
        donors: '',
        heard: null,
        // With a donate link, the failure still offers to give.
        status: 'Latest total unavailable — you can still give',
      });
      expect((part(el, 'donate') as HTMLAnchorElement).href).to.equal(DONATE);
    });
  }
});

/**
 * Response shapes no fixture has, written from the platforms' public documentation as remembered
 * (not checked against a live answer): the attributes must read them as they read the six.
 */
describe('shapes the recipes were not written for', () => {
  it('reads a Classy-like campaign overview: string amounts, its own field names', async () => {
    const overview = {
      gross_amount: '8210.00',
      fees_amount: '249.31',
      net_amount: '7960.69',
      donations_amount: '7725.00',
      registrations_amount: '485.00',
      total_gross_amount: '8210.00',
      donors_count: 143,
      transactions_count: 158,
      currency_code: 'USD',
    };
    const { el } = await widget(overview, {
      goal: '15000',
      'raised-path': 'total_gross_amount',
      'donors-path': 'donors_count',
      'currency-path': 'currency_code',
    });
    expect(figures(el)).to.include({
      percent: '54%',
      summary: '$8,210 raised of $15,000 goal',
      donors: '143 donors',
    });
  });

  it('reads a GlobalGiving-like project: figures under a key, no currency (US dollars)', async () => {
    const project = {
      project: {
        id: 35214,
        title: 'Clean water for 12 schools',
        active: true,
        funding: 18734.5,
        goal: 25000,
        remaining: 6265.5,
        numberOfDonations: 402,
        status: 'active',
      },
    };
    const { el } = await widget(project, {
      'raised-path': 'project.funding',
      'goal-path': 'project.goal',
      'donations-path': 'project.numberOfDonations',
    });
    expect(figures(el)).to.include({
      percent: '74%',
      summary: '$18,734.50 raised of $25,000 goal',
      donors: '402 donations',
    });
  });

  it('reads a list in Stripe’s style: cents, a lower-case currency, the figure in the first item', async () => {
    const balance = {
      object: 'list',
      data: [{ amount_total: 1299900, currency: 'eur', count: 87 }],
      has_more: false,
    };
    const { el } = await widget(balance, {
      goal: '20000',
      'raised-path': 'data.0.amount_total',
      'currency-path': 'data.0.currency',
      'donations-path': 'data.0.count',
      'amount-unit': 'minor',
    });
    expect(figures(el)).to.include({
      percent: '64%',
      summary: '€12,999 raised of €20,000 goal',
      donors: '87 donations',
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import type { CampaignProgressUpdateEvent } from '../src/events.js';
import { address, delay, heldFeed, json, stubNetwork, type Network } from './network.js';
import {
  captureWarnings,
  drawnFill,
  expectNoLeakedValues,
  nextEvent,
  nextEventAt,
  part,
  recordEvents,
  visibleText,
} from './helpers.js';

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
});

/** Renders `template` and waits until its widget has the feed's answer. */
async function settled<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const event = nextEvent('campaign-progress-update', 'campaign-progress-error');
  const el = await fixture<T>(template);
  await event;
  await (el as unknown as CampaignProgress).updateComplete;
  return el;
}

/** A widget with goal 1000 on a feed that gives `answer`, once it has the answer. */
function onFeed(answer: Parameters<Network['route']>[0]) {
  return settled<CampaignProgress>(
    html`<campaign-progress src=${network.route(answer)} goal="1000"></campaign-progress>`,
  );
}

describe('<campaign-progress> without a feed', () => {
  it('shows raised against goal in words, percent and the thermometer', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'percent').textContent).to.equal('62%');
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(drawnFill(el)).to.be.closeTo(0.62, 0.01);
    expectNoLeakedValues(el);
  });

  it('is a progress bar that speaks the percentage, the money being the line after it', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000"></campaign-progress>`,
    );
    const bar = part(el, 'thermometer');
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('1000');
    expect(bar.getAttribute('aria-valuenow')).to.equal('620');
    expect(bar.getAttribute('aria-valuetext')).to.equal('62%');
    expect(bar.getAttribute('aria-label')).to.equal('Fundraising progress');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('updates when the page sets new figures as properties', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000"></campaign-progress>`,
    );
    el.raised = 750;
    el.goal = 1500;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$750 raised of $1,500 goal');
    expect(part(el, 'percent').textContent).to.equal('50%');
  });

  it('over the goal, shows the true figures and a full tube that does not overflow', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1240" goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'percent').textContent).to.equal('124%');
    expect(part(el, 'summary').textContent).to.equal('$1,240 raised of $1,000 goal');
    expect(part(el, 'status').textContent).to.equal('Goal reached. Thank you!');
    expect(drawnFill(el)).to.be.closeTo(1, 0.01);
    expect(part(el, 'thermometer').getAttribute('aria-valuenow')).to.equal('1000');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('works from the amounts as shown, so words and numbers agree at the goal', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="999.9999999999999" goal="1000"></campaign-progress>`,
    );
    expect(visibleText(el)).to.equal('$1,000 raised of $1,000 goal Goal reached. Thank you! 100%');
    el.raised = 999.994;
    await el.updateComplete;
    expect(visibleText(el)).to.equal('$999.99 raised of $1,000 goal $0.01 to go 99%');
  });

  it('at nothing raised, shows 0% and an empty tube', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="0" goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'percent').textContent).to.equal('0%');
    expect(drawnFill(el)).to.equal(0);
  });
});

describe('heading and donate link', () => {
  it('shows the heading, which also names the progress bar', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="1"
        goal="2"
        heading="Make a Difference for Freedom"
      ></campaign-progress>`,
    );
    expect(part(el, 'heading').getAttribute('role')).to.equal('heading');
    expect(part(el, 'heading').getAttribute('aria-level')).to.equal('2');
    expect(part(el, 'heading').textContent).to.equal('Make a Difference for Freedom');
    const bar = part(el, 'thermometer');
    expect(bar.hasAttribute('aria-label')).to.equal(false);
    expect(el.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!)).to.equal(part(el, 'heading'));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('puts the heading at the level heading-level asks for', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1" goal="2" heading="Appeal" heading-level="3"></campaign-progress>`,
    );
    expect(part(el, 'heading').getAttribute('aria-level')).to.equal('3');
    const error = nextEvent('campaign-progress-error');
    await captureWarnings(async () => {
      el.headingLevel = 9;
      await error;
    });
    expect((await error).detail.message).to.equal('the heading-level attribute must be from 1 to 6');
    expect(part(el, 'heading').getAttribute('aria-level')).to.equal('2');
  });

  it('shows markup in a heading as text, never as HTML', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="1"
        goal="2"
        heading=${'<img src=x onerror=alert(1)>'}
      ></campaign-progress>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'heading').textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('links to donate-href, with "Donate" or donate-label as its text', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="1"
        goal="2"
        donate-href="https://example.org/donate?c=ijm"
      ></campaign-progress>`,
    );
    const link = part(el, 'donate') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/donate?c=ijm');
    expect(link.textContent).to.equal('Donate');
    el.setAttribute('donate-label', 'Give now');
    await el.updateComplete;
    expect(link.textContent).to.equal('Give now');
  });

  it('resolves a relative donate link against the page', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1" goal="2" donate-href="/give"></campaign-progress>`,
    );
    expect((part(el, 'donate') as HTMLAnchorElement).href).to.equal(new URL('/give', location.href).href);
  });

  for (const href of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
  ]) {
    it(`refuses ${href.slice(0, 16)}… as a donate link, with a warning`, async () => {
      let el!: CampaignProgress;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CampaignProgress>(
          html`<campaign-progress raised="1" goal="2" donate-href=${href}></campaign-progress>`,
        );
      });
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(warnings).to.deep.equal([
        `campaign-progress: refusing the donate-href "${href}": not http:, https: or mailto:`,
      ]);
    });
  }

  it('has no link at all without donate-href', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1" goal="2"></campaign-progress>`,
    );
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });
});

describe('currency and locale', () => {
  it('formats in the currency attribute', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000" currency="GBP"></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('£620 raised of £1,000 goal');
  });

  it('takes the locale attribute over the page language', async () => {
    const el = await fixture<CampaignProgress>(
      html`<div lang="en-US">
        <campaign-progress raised="1620.5" goal="5000" currency="EUR" locale="de-DE"></campaign-progress>
      </div>`,
    ).then((div) => div.firstElementChild as CampaignProgress);
    expect(part(el, 'summary').textContent).to.equal('1.620,50\u00a0€ von 5.000\u00a0€ gesammelt');
    expect(part(el, 'percent').textContent).to.equal('32\u00a0%');
  });

  it('follows the nearest lang in the page when it has no locale, its money in the words’ language', async () => {
    const el = await fixture<CampaignProgress>(
      html`<article lang="ja-JP">
        <p><campaign-progress raised="300000" goal="1000000" currency="JPY"></campaign-progress></p>
      </article>`,
    ).then((article) => article.querySelector('campaign-progress')!);
    // No Japanese words: English ones, with money as English writes it (not the full-width ￥).
    expect(part(el, 'summary').textContent).to.equal('¥300,000 raised of ¥1,000,000 goal');
  });

  it('finds the page language from inside another component’s shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<section lang="de-DE"><div></div></section>`);
    const root = host.firstElementChild!.attachShadow({ mode: 'open' });
    const el = document.createElement('campaign-progress');
    Object.assign(el, { raised: 250, goal: 1000, currency: 'EUR' });
    root.append(el);
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('250\u00a0€ von 1.000\u00a0€ gesammelt');
  });

  it('skips a malformed locale with a warning instead of failing', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1000" locale="en_US"></campaign-progress>`,
      );
    });
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(warnings[0]).to.equal('campaign-progress: ignoring the locale "en_US": not a BCP 47 tag');
  });
});

describe('the feed', () => {
  it('fetches src without credentials, asking for JSON, and shows its totals', async () => {
    const el = await onFeed(json({ raised: 620, goal: 1000, currency: 'USD', donors: 14 }));
    expect(visibleText(el)).to.equal('$620 raised of $1,000 goal $380 to go 62% 14 donors');
    const [request] = network.requests;
    expect(request.credentials).to.equal('omit');
    expect(request.headers.get('Accept')).to.equal('application/json');
    expectNoLeakedValues(el);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('fires campaign-progress-update with the normalized totals', async () => {
    const src = network.route(
      json({ raised: '620', goal: '1000', currency: 'usd', donors: '1', updated: '2026-04-12T10:00:00Z' }),
    );
    const el = document.createElement('campaign-progress');
    el.src = src;
    const update = nextEventAt(el, 'campaign-progress-update');
    document.body.append(el);
    const event = await update;
    el.remove();
    expect(event.detail).to.deep.equal({
      raised: 620,
      goal: 1000,
      currency: 'USD',
      donors: 1,
      updated: new Date('2026-04-12T10:00:00Z'),
    });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it("lets the feed's raised win over the attribute, and the goal attribute win over the feed's", async () => {
    const feed = heldFeed(network, { raised: 700, goal: 5000 });
    const update = nextEvent('campaign-progress-update', 'campaign-progress-error');
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${feed.src} raised="100" goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$100 raised of $1,000 goal');
    feed.answer();
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$700 raised of $1,000 goal');
  });

  it("uses the feed's goal and currency when the page gives none", async () => {
    const el = await settled<CampaignProgress>(
      html`<campaign-progress
        src=${network.route(json({ raised: 700, goal: 5000, currency: 'EUR' }))}
      ></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('€700 raised of €5,000 goal');
  });

  it('lets the currency attribute win over the feed’s', async () => {
    const el = await onFeed(json({ raised: 700, currency: 'EUR' }));
    el.currency = 'CAD';
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('CA$700 raised of CA$1,000 goal');
  });

  it('says "1 donor", not "1 donors"', async () => {
    const el = await onFeed(json({ raised: 45, donors: 1 }));
    expect(part(el, 'donors').textContent).to.equal('1 donor');
  });

  it('warns about a malformed optional field but shows the figures', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await onFeed(json({ raised: 620, donors: 'many' }));
    });
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(part(el, 'donors').textContent).to.equal('');
    expect(warnings.join('\n')).to.contain('"donors" must be a whole number like 14, not "many" (ignored)');
  });

  it('asks the server once for widgets that share a src', async () => {
    const src = network.route(async () => {
      await delay(20);
      return json({ raised: 300 });
    });
    const updates = recordEvents('campaign-progress-update');
    const page = await fixture(
      html`<div>
        <campaign-progress src=${src} goal="1000"></campaign-progress>
        <campaign-progress src=${src} goal="500"></campaign-progress>
      </div>`,
    );
    const [top, bottom] = page.querySelectorAll('campaign-progress');
    await updates.count(2);
    updates.stop();
    await Promise.all([top.updateComplete, bottom.updateComplete]);
    expect(network.requests.length).to.equal(1);
    expect(part(top, 'percent').textContent).to.equal('30%');
    expect(part(bottom, 'percent').textContent).to.equal('60%');

    const later = await settled<CampaignProgress>(
      html`<campaign-progress src=${src} goal="600"></campaign-progress>`,
    );
    expect(network.requests.length).to.equal(1);
    expect(part(later, 'percent').textContent).to.equal('50%');
  });
});

describe('when the feed fails', () => {
  const failures: [string, Parameters<Network['route']>[0], string, string][] = [
    ['the network is down', 'network-error', 'network', 'the feed could not be reached'],
    [
      'the server answers 500',
      new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
      'http',
      'the feed answered 500 Internal Server Error',
    ],
    ['the feed is missing', new Response('Not found', { status: 404 }), 'http', 'the feed answered 404'],
    [
      'the feed is an HTML page',
      new Response('<!doctype html><title>Oops</title><script>alert(1)</script>', {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      }),
      'not-json',
      'the feed is not valid JSON: the file is a web page (text/html)',
    ],
    [
      'the JSON is cut short',
      json('{"raised": 62'),
      'not-json',
      'the feed is not valid JSON: see line 1, column 14 (application/json)',
    ],
    [
      'the feed is empty',
      new Response(''),
      'not-json',
      'the feed is not valid JSON: the file is empty (text/plain)',
    ],
    [
      'raised has the wrong type',
      json({ raised: [620] }),
      'invalid',
      '"raised" must be a number like 620 or "620.50", not a list',
    ],
    ['raised is negative', json({ raised: -620 }), 'invalid', '"raised" must not be negative'],
    ['raised is not finite', json('{"raised": 1e999}'), 'invalid', '"raised" must be a finite number'],
    ['the goal is 0', json({ raised: 5, goal: 0 }), 'invalid', '"goal" must be at least 1'],
    [
      'the currency is markup',
      json({ raised: 5, currency: '<b>$</b>' }),
      'invalid',
      '"currency" must be an ISO 4217 code like "USD", not "<b>$</b>"',
    ],
  ];

  for (const [name, answer, reason, message] of failures) {
    it(`says the total is unavailable, offers to give all the same, and fires campaign-progress-error when ${name}`, async () => {
      const src = network.route(answer);
      const error = nextEvent('campaign-progress-update', 'campaign-progress-error');
      let el!: CampaignProgress;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CampaignProgress>(
          html`<campaign-progress
            src=${src}
            goal="1000"
            heading="Appeal"
            donate-href="https://example.org/donate"
          ></campaign-progress>`,
        );
        await error;
        await el.updateComplete;
      });
      expect(((await error) as CustomEvent).detail).to.deep.equal({ reason, message, src: address(src) });
      expect(warnings).to.deep.equal([`campaign-progress: ${address(src)}: ${message}`]);
      expect(part(el, 'status').textContent).to.equal('Latest total unavailable — you can still give');
      expect(part(el, 'status').getAttribute('role')).to.equal('status');
      expect((part(el, 'donate') as HTMLAnchorElement).href).to.equal('https://example.org/donate');
      expect(el.shadowRoot!.querySelector('script, img, b')).to.equal(null);
      expectNoLeakedValues(el);
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('counts as timed out when the feed takes longer than timeout', async () => {
    const src = network.route('never');
    const error = nextEvent('campaign-progress-update', 'campaign-progress-error');
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${src} goal="1000" timeout="50"></campaign-progress>`,
    );
    const started = performance.now();
    await captureWarnings(() => error);
    expect(performance.now() - started).to.be.below(1000);
    expect(((await error) as CustomEvent).detail).to.deep.equal({
      reason: 'timeout',
      message: 'no answer within 0.05 s',
      src: address(src),
    });
    expect(network.requests[0].signal.aborted).to.equal(true);
    await el.updateComplete;
    expect(part(el, 'status').textContent).to.equal('Totals unavailable');
  });

  it('falls back to the default timeout for an unusable one, and says so', async () => {
    // An unusable timeout must not become 0 ms: this feed takes 100 ms, well within the default 10 s.
    const src = network.route(async () => {
      await delay(100);
      return json({ raised: 10 });
    });
    const error = nextEvent('campaign-progress-error');
    const update = nextEvent('campaign-progress-update');
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${src} goal="100" timeout="soon"></campaign-progress>`,
      );
    });
    expect((await error).detail).to.deep.equal({
      reason: 'attribute',
      message: 'the timeout attribute must be milliseconds, like 10000',
    });
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$10 raised of $100 goal');
  });

  it('lets widgets that share a feed wait as long as the most patient of them', async () => {
    const src = network.route(async () => {
      await delay(150);
      return json({ raised: 300 });
    });
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    const page = await fixture<HTMLElement>(
      html`<div>
        <campaign-progress src=${src} goal="1000" timeout="40"></campaign-progress>
        <campaign-progress src=${src} goal="1000" timeout="2000"></campaign-progress>
      </div>`,
    );
    await events.count(2);
    events.stop();
    const widgets = [...page.querySelectorAll('campaign-progress')];
    expect(events.events.map((event) => [event.target, event.type])).to.deep.equal(
      widgets.map((widget) => [widget, 'campaign-progress-update']),
    );
    for (const widget of widgets)
      expect(part(widget, 'summary').textContent).to.equal('$300 raised of $1,000 goal');
    expect(network.requests.length).to.equal(1);
  });

  it('says nothing when the timeout attribute is removed: that means the default', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="5" goal="10" timeout="50"></campaign-progress>`,
    );
    const errors = recordEvents('campaign-progress-error');
    el.removeAttribute('timeout');
    await el.updateComplete;
    errors.stop();
    expect(errors.events).to.deep.equal([]);
  });

  it('never shows the old feed’s figures as a new src’s, when the new one fails', async () => {
    const el = await onFeed(json({ raised: 620 }));
    const error = nextEvent('campaign-progress-update', 'campaign-progress-error');
    await captureWarnings(async () => {
      el.src = network.route(new Response('', { status: 503 }));
      await error;
      await el.updateComplete;
    });
    expect(part(el, 'summary').textContent).to.equal('');
    expect(part(el, 'status').textContent).to.equal('Totals unavailable');
    expect(part(el, 'thermometer').hasAttribute('aria-valuenow')).to.equal(false);
    expect(drawnFill(el)).to.equal(0);
  });

  it('falls back to the raised attribute when there is no good feed', async () => {
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await settled<CampaignProgress>(
        html`<campaign-progress
          src=${network.route('network-error')}
          raised="450"
          goal="1000"
        ></campaign-progress>`,
      );
    });
    expect(part(el, 'summary').textContent).to.equal('$450 raised of $1,000 goal');
    expect(part(el, 'status').textContent).to.equal('Totals unavailable');
  });

  /** A widget whose feed has just failed, and will answer $100 when asked again. */
  async function failedOnce() {
    let answers = 0;
    const src = network.route(() => (++answers === 1 ? 'network-error' : json({ raised: 100 })));
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await settled<CampaignProgress>(
        html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
      );
    });
    return { el, src, answers: () => answers };
  }

  it('tries a failed feed again when the widget comes back to the page', async () => {
    const { el, answers } = await failedOnce();
    const parent = el.parentElement!;
    el.remove();
    await delay(0);
    const update = nextEvent('campaign-progress-update', 'campaign-progress-error');
    parent.append(el);
    await update;
    await el.updateComplete;
    expect(answers()).to.equal(2);
    expect(part(el, 'summary').textContent).to.equal('$100 raised of $1,000 goal');
    expect(part(el, 'status').textContent).to.equal('');
  });

  it('tries a feed again when its src is set anew', async () => {
    const { el, src } = await failedOnce();
    const noSource = nextEvent('campaign-progress-error');
    await captureWarnings(async () => {
      el.src = '';
      await noSource;
    });
    const update = nextEvent('campaign-progress-update', 'campaign-progress-error');
    el.src = src;
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$100 raised of $1,000 goal');
  });
});

describe('bad settings', () => {
  const settings: [string, ReturnType<typeof html>, string][] = [
    [
      'no src and no raised',
      html`<campaign-progress goal="1000"></campaign-progress>`,
      'set the src attribute, or raised and goal',
    ],
    [
      'a raised that is not a number',
      html`<campaign-progress raised="lots" goal="1000"></campaign-progress>`,
      'the raised attribute must be a number like 620 or "620.50", not "lots"',
    ],
    [
      'a goal with a dot grouping thousands',
      html`<campaign-progress raised="5" goal="1.000"></campaign-progress>`,
      'the goal attribute must be a number like 620 or "620.50", not "1.000" (thousands? write 1000 or 1,000)',
    ],
    [
      'a goal of 0',
      html`<campaign-progress raised="5" goal="0"></campaign-progress>`,
      'the goal attribute must be at least 1',
    ],
    [
      'no goal anywhere',
      html`<campaign-progress raised="5"></campaign-progress>`,
      'no goal: set the goal attribute, or "goal" in the feed',
    ],
  ];
  for (const [name, template, message] of settings) {
    it(`say "Totals unavailable" and fire campaign-progress-error for ${name}`, async () => {
      const error = nextEvent('campaign-progress-error');
      let el!: CampaignProgress;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CampaignProgress>(template);
      });
      expect((await error).detail).to.deep.equal({ reason: 'attribute', message });
      expect(warnings).to.deep.equal([`campaign-progress: ${message}`]);
      expect(part(el, 'status').textContent).to.equal('Totals unavailable');
      expect(part(el, 'thermometer').hasAttribute('aria-valuenow')).to.equal(false);
      expectNoLeakedValues(el);
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  for (const [name, attribute] of [
    ['goal', html`<campaign-progress goal="ten"></campaign-progress>`],
    ['currency', html`<campaign-progress currency="€"></campaign-progress>`],
  ] as const) {
    it(`show no figures rather than the feed’s for an unusable ${name} attribute: they would be the wrong campaign’s`, async () => {
      const src = network.route(json({ raised: 5, goal: 10, currency: 'GBP' }));
      const update = nextEvent('campaign-progress-update');
      let el!: CampaignProgress;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CampaignProgress>(attribute);
        el.src = src;
        await update;
        await el.updateComplete;
      });
      expect(part(el, 'summary').textContent).to.equal('');
      expect(part(el, 'status').textContent).to.equal('Totals unavailable');
      expect(part(el, 'thermometer').hasAttribute('aria-valuenow')).to.equal(false);
      expect(warnings.join('\n')).to.contain(`the ${name} attribute must be`);
    });
  }

  it('warn once about a malformed page language, however often the widget renders', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<HTMLElement>(
        html`<div lang="en_GB"><campaign-progress raised="5" goal="10"></campaign-progress></div>`,
      ).then((div) => div.firstElementChild as CampaignProgress);
      el.raised = 6;
      await el.updateComplete;
      el.raised = 7;
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal(['campaign-progress: ignoring the locale "en_GB": not a BCP 47 tag']);
    expect(part(el, 'summary').textContent).to.equal('$7 raised of $10 goal');
  });

  it('report each problem once, on its own, after the render, while it lasts', async () => {
    const errors = recordEvents('campaign-progress-error');
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress
          raised="5"
          goal="10"
          locale="xx-!!"
          donate-href="javascript:x"
        ></campaign-progress>`,
      );
      el.goal = 'abc';
      await el.updateComplete;
      el.goal = 10;
      await el.updateComplete;
      await delay(0);
    });
    errors.stop();
    expect(errors.events.map((event) => event.detail.message)).to.deep.equal([
      'ignoring the locale "xx-!!": not a BCP 47 tag',
      'refusing the donate-href "javascript:x": not http:, https: or mailto:',
      'the goal attribute must be a number like 620 or "620.50", not "abc"',
    ]);
  });

  it('report a feed’s missing goal after its update, so the last word matches the screen', async () => {
    const src = network.route(json({ raised: 5 }));
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    await captureWarnings(async () => {
      await fixture(html`<campaign-progress src=${src}></campaign-progress>`);
      await events.count(2);
    });
    events.stop();
    expect(events.events.map((event) => event.type)).to.deep.equal([
      'campaign-progress-update',
      'campaign-progress-error',
    ]);
  });

  it('report a problem once, not on every render, and again only when it changes', async () => {
    const errors = recordEvents('campaign-progress-error');
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="lots" goal="1000"></campaign-progress>`,
      );
      el.heading = 'A new heading';
      await el.updateComplete;
      el.raised = 'more';
      await el.updateComplete;
      el.raised = 5;
      await el.updateComplete;
    });
    errors.stop();
    expect(errors.events.map((event) => event.detail.message)).to.deep.equal([
      'the raised attribute must be a number like 620 or "620.50", not "lots"',
      'the raised attribute must be a number like 620 or "620.50", not "more"',
    ]);
    expect(part(el, 'status').textContent).to.equal('');
  });
});

describe('races and the page lifecycle', () => {
  it('never lets a slow answer for an old src overwrite a newer one', async () => {
    const slow = heldFeed(network, { raised: 100 });
    const fast = network.route(json({ raised: 900 }));
    const updates = recordEvents('campaign-progress-update');
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${slow.src} goal="1000"></campaign-progress>`,
    );
    el.src = fast;
    await updates.count(1);
    slow.answer();
    await delay(50);
    updates.stop();
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$900 raised of $1,000 goal');
    expect(updates.events.map((event) => event.detail.raised)).to.deep.equal([900]);
    expect(network.requests[0].signal.aborted).to.equal(true);
  });

  it('fires each update after the render, so a listener sees what a reader sees', async () => {
    const src = network.route(json({ raised: 620 }));
    // Read in the listener itself: by the time an awaited promise resumes, a late render may be done.
    let seen: string | null = null;
    const read = (event: Event) => (seen = part(event.target as CampaignProgress, 'summary').textContent);
    document.addEventListener('campaign-progress-update', read, { once: true });
    const update = nextEvent('campaign-progress-update');
    await fixture(html`<campaign-progress src=${src} goal="1000"></campaign-progress>`);
    await update;
    expect(seen).to.equal('$620 raised of $1,000 goal');
  });

  it('aborts its request when it leaves the page, and loads again when it returns', async () => {
    let answerFirst!: () => void;
    const firstAnswered = new Promise<void>((resolve) => (answerFirst = resolve));
    const src = network.route(async () => {
      const request = network.requests.length;
      if (request === 1) await firstAnswered;
      return json({ raised: request * 100 });
    });
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
    );
    const parent = el.parentElement!;
    el.remove();
    await delay(0);
    answerFirst();
    await delay(50);
    events.stop();
    expect(network.requests[0].signal.aborted).to.equal(true);
    expect(events.events).to.deep.equal([]);
    const update = nextEvent('campaign-progress-update', 'campaign-progress-error');
    parent.append(el);
    await update;
    await el.updateComplete;
    expect(network.requests.length).to.equal(2);
    expect(part(el, 'summary').textContent).to.equal('$200 raised of $1,000 goal');
  });

  it('keeps its request when it is moved within the page', async () => {
    const feed = heldFeed(network, { raised: 300 });
    const update = nextEvent('campaign-progress-update');
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${feed.src} goal="1000"></campaign-progress>`,
    );
    document.body.prepend(el);
    await delay(0);
    feed.answer();
    await update;
    await el.updateComplete;
    expect(network.requests.length).to.equal(1);
    expect(network.requests[0].signal.aborted).to.equal(false);
    expect(part(el, 'summary').textContent).to.equal('$300 raised of $1,000 goal');
    el.remove();
  });

  it('starts no request while it is off the page, and one when it is put on it', async () => {
    const el = document.createElement('campaign-progress');
    el.goal = 1000;
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    el.src = network.route(json({ raised: 400 }));
    await el.updateComplete;
    await delay(20);
    expect(network.requests.length).to.equal(0);
    const update = nextEvent('campaign-progress-update');
    document.body.append(el);
    await update;
    expect(network.requests.length).to.equal(1);
    expect(part(el, 'summary').textContent).to.equal('$400 raised of $1,000 goal');
    el.remove();
  });

  it('fires one update, not two, when put back on the page with a new src', async () => {
    const cached = network.route(json({ raised: 300 }));
    await settled(html`<campaign-progress src=${cached} goal="1000"></campaign-progress>`);
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1" goal="1000"></campaign-progress>`,
    );
    const parent = el.parentElement!;
    el.remove();
    el.src = cached;
    const updates = recordEvents('campaign-progress-update');
    parent.append(el);
    await updates.count(1);
    // Time for a second update, which must not come.
    await delay(50);
    updates.stop();
    expect(updates.events.length).to.equal(1);
    expect(part(el, 'summary').textContent).to.equal('$300 raised of $1,000 goal');
  });

  it('keeps a shared request going while another widget still waits for it', async () => {
    const feed = heldFeed(network, { raised: 250 });
    const update = nextEvent('campaign-progress-update', 'campaign-progress-error');
    const page = await fixture(
      html`<div>
        <campaign-progress src=${feed.src} goal="1000"></campaign-progress>
        <campaign-progress src=${feed.src} goal="1000"></campaign-progress>
      </div>`,
    );
    const [leaving, staying] = page.querySelectorAll('campaign-progress');
    leaving.remove();
    await delay(0);
    feed.answer();
    await update;
    await staying.updateComplete;
    expect(network.requests[0].signal.aborted).to.equal(false);
    expect(part(staying, 'percent').textContent).to.equal('25%');
  });

  it('gives each listener its own copy: changing it changes no widget and no other event', async () => {
    const src = network.route(json({ raised: 100, updated: '2026-04-12T10:00:00Z' }));
    const first = await settled<CampaignProgress>(
      html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
    );
    const spoil = (event: CampaignProgressUpdateEvent) => {
      Object.assign(event.detail, { raised: 999999 });
      event.detail.updated!.setFullYear(1999);
    };
    document.addEventListener('campaign-progress-update', spoil);
    const update = nextEvent('campaign-progress-update');
    const second = await fixture<CampaignProgress>(
      html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
    );
    await update;
    document.removeEventListener('campaign-progress-update', spoil);
    const third = nextEvent('campaign-progress-update');
    await fixture(html`<campaign-progress src=${src} goal="1000"></campaign-progress>`);
    expect((await third).detail).to.deep.equal({ raised: 100, updated: new Date('2026-04-12T10:00:00Z') });
    await second.updateComplete;
    expect(part(first, 'summary').textContent).to.equal('$100 raised of $1,000 goal');
    expect(part(second, 'summary').textContent).to.equal('$100 raised of $1,000 goal');
  });

  it('never shows an answer that settled just before a newer src took over', async () => {
    const first = network.route(json({ raised: 111 }));
    const second = network.route('never');
    await settled(html`<campaign-progress src=${first} goal="1000"></campaign-progress>`);
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="5" goal="1000"></campaign-progress>`,
    );
    // The first feed answers from the page's cache, already settled; the second src replaces it
    // before that answer's continuation runs.
    // performUpdate is protected API; calling it renders synchronously, as a host framework may.
    const renderNow = () => (el as unknown as { performUpdate(): void }).performUpdate();
    el.src = first;
    renderNow();
    el.src = second;
    renderNow();
    await delay(20);
    expect(part(el, 'summary').textContent).to.equal('$5 raised of $1,000 goal');
    el.remove();
    await delay(0);
    expect(network.requests.at(-1)!.signal.aborted).to.equal(true);
  });

  it('keeps a failed state, and asks nothing again, when merely moved within the page', async () => {
    const src = network.route('network-error');
    let el!: CampaignProgress;
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    await captureWarnings(async () => {
      el = await settled<CampaignProgress>(
        html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
      );
      el.parentElement!.append(el);
      await delay(50);
    });
    events.stop();
    expect(network.requests.length).to.equal(1);
    expect(events.events.length).to.equal(1);
    expect(part(el, 'status').textContent).to.equal('Totals unavailable');
  });
});

describe('while loading', () => {
  it('says it is loading, with no value on the progress bar', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${network.route('never')} goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'status').textContent).to.equal('Loading totals…');
    expect(part(el, 'thermometer').hasAttribute('aria-valuenow')).to.equal(false);
    expect(part(el, 'percent').textContent).to.equal('');
    expectNoLeakedValues(el);
    await expect(el).shadowDom.to.be.accessible();
  });

  const sizes: [width: number, fontSize: number, totals: object][] = [
    [280, 16, { raised: 18500, goal: 1000, donors: 1204 }],
    [280, 20, { raised: 18500, goal: 1000, donors: 1204 }],
    [280, 24, { raised: 18500, goal: 1000, donors: 1204 }],
    [280, 16, { raised: 987654321.99, goal: 1e9, currency: 'IDR', donors: 31 }],
    [375, 16, { raised: 987654321.99, goal: 1e9, currency: 'IDR', donors: 31 }],
    [375, 18, { raised: 18500, goal: 1000, donors: 1204 }],
    [420, 16, { raised: 18500, goal: 1000, donors: 1204 }],
    [720, 16, { raised: 18500, goal: 1000, donors: 1204 }],
    [720, 24, { raised: 18500, goal: 1000, donors: 1204 }],
  ];
  for (const [width, fontSize, totals] of sizes) {
    it(`already holds its final size at ${width} px with ${fontSize} px text for ${JSON.stringify(totals)}`, async () => {
      let release!: () => void;
      const answer = new Promise<void>((resolve) => (release = resolve));
      const ok = network.route(async () => {
        await answer;
        return json(totals);
      });
      const broken = network.route(async () => {
        await answer;
        return json({ raised: 'oops' });
      });
      // A page that leaves its goal to the feed holds the room of a goal of 1,000 in its words; a
      // campaign in rupiah, whose goal runs to ten digits, names its goal and currency on the page
      // (the README says so), and so holds exactly its room.
      const { goal, currency } = totals as { goal: number; currency?: string };
      const page = await fixture<HTMLElement>(
        html`<div>
          <campaign-progress
            src=${ok}
            goal=${currency ? goal : nothing}
            currency=${currency ?? nothing}
            heading="Make a Difference for Freedom"
            donate-href="https://example.org"
          ></campaign-progress>
          <campaign-progress
            src=${broken}
            goal="1000"
            heading="Make a Difference for Freedom"
            donate-href="https://example.org"
          ></campaign-progress>
        </div>`,
      );
      page.style.width = `${width}px`;
      page.style.fontSize = `${fontSize}px`;
      const [good, bad] = page.querySelectorAll('campaign-progress');
      const loadingHeights = [good.offsetHeight, bad.offsetHeight];
      const done = Promise.all([
        nextEventAt(good, 'campaign-progress-update'),
        nextEventAt(bad, 'campaign-progress-error'),
      ]);
      await captureWarnings(async () => {
        release();
        await done;
        await Promise.all([good.updateComplete, bad.updateComplete]);
      });
      expect(part(good, 'summary').textContent).to.match(/ raised of /);
      expect([good.offsetHeight, bad.offsetHeight]).to.deep.equal(loadingHeights);
      expect(good.offsetWidth).to.equal(width);
      expect(good.scrollWidth).to.equal(width);
    });
  }
});

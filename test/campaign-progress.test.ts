import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { delay, json, stubNetwork, type Network } from './network.js';
import { captureWarnings, drawnFill, expectNoLeakedValues, nextEvent, part, visibleText } from './helpers.js';

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
});

/** Resolves with the next update or error event any widget fires (they bubble to the document). */
function nextFeedEvent() {
  return new Promise<Event>((resolve) => {
    const settle = (event: Event) => {
      document.removeEventListener('campaign-progress-update', settle);
      document.removeEventListener('campaign-progress-error', settle);
      resolve(event);
    };
    document.addEventListener('campaign-progress-update', settle);
    document.addEventListener('campaign-progress-error', settle);
  });
}

/** Renders `template` and waits until its widget has the feed's answer. */
async function settled<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const event = nextFeedEvent();
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

  it('is a progress bar that speaks the money', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000"></campaign-progress>`,
    );
    const bar = part(el, 'thermometer');
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('1000');
    expect(bar.getAttribute('aria-valuenow')).to.equal('620');
    expect(bar.getAttribute('aria-valuetext')).to.equal('$620 raised of $1,000 goal');
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
    expect(part(el, 'heading').tagName).to.equal('H2');
    expect(part(el, 'heading').textContent).to.equal('Make a Difference for Freedom');
    expect(part(el, 'thermometer').getAttribute('aria-label')).to.equal('Make a Difference for Freedom');
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
    el.donateLabel = 'Give now';
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
    'mailto:x@example.org',
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
        `campaign-progress: refusing the donate-href "${href}": only http: and https: links are used`,
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
    expect(part(el, 'summary').textContent).to.equal('1.620,50\u00a0€ raised of 5.000\u00a0€ goal');
    expect(part(el, 'percent').textContent).to.equal('32\u00a0%');
  });

  it('follows the nearest lang in the page when it has no locale', async () => {
    const el = await fixture<CampaignProgress>(
      html`<article lang="ja-JP">
        <p><campaign-progress raised="300000" goal="1000000" currency="JPY"></campaign-progress></p>
      </article>`,
    ).then((article) => article.querySelector('campaign-progress')!);
    expect(part(el, 'summary').textContent).to.equal('￥300,000 raised of ￥1,000,000 goal');
  });

  it('skips a malformed locale with a warning instead of failing', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1000" locale="en_US"></campaign-progress>`,
      );
    });
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(warnings[0]).to.equal('campaign-progress: ignoring the locale "en_US", which is not a BCP 47 tag');
  });
});

describe('the feed', () => {
  it('fetches src without credentials, asking for JSON, and shows its totals', async () => {
    const el = await onFeed(json({ raised: 620, goal: 1000, currency: 'USD', donors: 14 }));
    expect(visibleText(el)).to.equal('62% $620 raised of $1,000 goal 14 donors');
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
    const update = oneEvent(el, 'campaign-progress-update');
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
    const src = network.route(json({ raised: 700, goal: 5000 }));
    const update = nextFeedEvent();
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${src} raised="100" goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$100 raised of $1,000 goal');
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
    expect(warnings.join('\n')).to.contain(
      '"donors" must be a number like 620 or "620.50", not "many" (ignored)',
    );
  });

  it('asks the server once for widgets that share a src', async () => {
    const src = network.route(async () => {
      await delay(20);
      return json({ raised: 300 });
    });
    const page = await fixture(
      html`<div>
        <campaign-progress src=${src} goal="1000"></campaign-progress>
        <campaign-progress src=${src} goal="500"></campaign-progress>
      </div>`,
    );
    const [top, bottom] = page.querySelectorAll('campaign-progress');
    await oneEvent(bottom, 'campaign-progress-update');
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
      'the feed is not valid JSON (text/html)',
    ],
    [
      'the JSON is cut short',
      json('{"raised": 62'),
      'not-json',
      'the feed is not valid JSON (application/json)',
    ],
    ['the feed is empty', new Response(''), 'not-json', 'the feed is not valid JSON (text/plain)'],
    [
      'raised has the wrong type',
      json({ raised: [620] }),
      'invalid',
      '"raised" must be a number like 620 or "620.50", not a list',
    ],
    ['raised is negative', json({ raised: -620 }), 'invalid', '"raised" must not be negative'],
    ['raised is not finite', json('{"raised": 1e999}'), 'invalid', '"raised" must be a finite number'],
    ['the goal is 0', json({ raised: 5, goal: 0 }), 'invalid', '"goal" must be greater than 0'],
    [
      'the currency is markup',
      json({ raised: 5, currency: '<b>$</b>' }),
      'invalid',
      '"currency" must be a three-letter ISO 4217 code like "USD", not "<b>$</b>"',
    ],
  ];

  for (const [name, answer, reason, message] of failures) {
    it(`says "Totals unavailable" and fires campaign-progress-error when ${name}`, async () => {
      const src = network.route(answer);
      const error = nextFeedEvent();
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
      expect(((await error) as CustomEvent).detail).to.deep.equal({ reason, message, src });
      expect(warnings).to.deep.equal([`campaign-progress: ${src}: ${message}`]);
      expect(part(el, 'status').textContent).to.equal('Totals unavailable');
      expect(part(el, 'status').getAttribute('role')).to.equal('status');
      expect((part(el, 'donate') as HTMLAnchorElement).href).to.equal('https://example.org/donate');
      expect(el.shadowRoot!.querySelector('script, img, b')).to.equal(null);
      expectNoLeakedValues(el);
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('counts as timed out when the feed takes longer than timeout', async () => {
    const src = network.route('never');
    const error = nextFeedEvent();
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${src} goal="1000" timeout="50"></campaign-progress>`,
    );
    const started = performance.now();
    await captureWarnings(() => error);
    expect(performance.now() - started).to.be.below(1000);
    expect(((await error) as CustomEvent).detail).to.deep.equal({
      reason: 'timeout',
      message: 'no answer within 0.05 s',
      src,
    });
    expect(network.requests[0].signal.aborted).to.equal(true);
    await el.updateComplete;
    expect(part(el, 'status').textContent).to.equal('Totals unavailable');
  });

  it('waits the default 10 s for an unusable timeout, and says so', async () => {
    const src = network.route(json({ raised: 10 }));
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
      message: 'the timeout attribute must be a number of milliseconds, such as 10000',
    });
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$10 raised of $100 goal');
  });

  it('keeps the last good totals when a new feed fails', async () => {
    const el = await onFeed(json({ raised: 620 }));
    const error = nextFeedEvent();
    await captureWarnings(async () => {
      el.src = network.route(new Response('', { status: 503 }));
      await error;
      await el.updateComplete;
    });
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(part(el, 'status').textContent).to.equal('Totals unavailable');
    expect(drawnFill(el)).to.be.closeTo(0.62, 0.01);
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

  it('tries again when the widget comes back to the page after a failure', async () => {
    let answers = 0;
    const src = network.route(() => (++answers === 1 ? 'network-error' : json({ raised: 100 })));
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await settled<CampaignProgress>(
        html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
      );
    });
    await captureWarnings(async () => {
      el.src = '';
      await el.updateComplete;
    });
    const update = nextFeedEvent();
    el.src = src;
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$100 raised of $1,000 goal');
    expect(part(el, 'status').textContent).to.equal('');
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
      'a goal with a thousands separator',
      html`<campaign-progress raised="5" goal="1,000"></campaign-progress>`,
      'the goal attribute must be a number like 620 or "620.50", not "1,000"',
    ],
    [
      'a goal of 0',
      html`<campaign-progress raised="5" goal="0"></campaign-progress>`,
      'the goal attribute must be greater than 0',
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

  it('use the feed’s goal when the goal attribute is unusable', async () => {
    const src = network.route(json({ raised: 5, goal: 10 }));
    const update = nextEvent('campaign-progress-update');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${src} goal="ten"></campaign-progress>`,
      );
      await update;
      await el.updateComplete;
    });
    expect(part(el, 'summary').textContent).to.equal('$5 raised of $10 goal');
    expect(warnings).to.deep.equal([
      'campaign-progress: the goal attribute must be a number like 620 or "620.50", not "ten"',
    ]);
  });

  it('fall back to the feed’s currency, then dollars, for an unusable currency attribute', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="5" goal="10" currency="€"></campaign-progress>`,
      );
    });
    expect(part(el, 'summary').textContent).to.equal('$5 raised of $10 goal');
    expect(warnings).to.deep.equal([
      'campaign-progress: the currency attribute must be a three-letter ISO 4217 code like "USD", not "€"',
    ]);
  });

  it('report a problem once, not on every render, and again only when it changes', async () => {
    const errors: string[] = [];
    document.addEventListener('campaign-progress-error', (event) => errors.push(event.detail.message));
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
    expect(errors).to.deep.equal([
      'the raised attribute must be a number like 620 or "620.50", not "lots"',
      'the raised attribute must be a number like 620 or "620.50", not "more"',
    ]);
    expect(part(el, 'status').textContent).to.equal('');
  });
});

describe('races and the page lifecycle', () => {
  it('never lets a slow answer for an old src overwrite a newer one', async () => {
    const slow = network.route(async () => {
      await delay(150);
      return json({ raised: 100 });
    });
    const fast = network.route(json({ raised: 900 }));
    const updates: number[] = [];
    document.addEventListener('campaign-progress-update', (event) => updates.push(event.detail.raised));
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${slow} goal="1000"></campaign-progress>`,
    );
    await delay(20);
    el.src = fast;
    await delay(300);
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$900 raised of $1,000 goal');
    expect(updates).to.deep.equal([900]);
    expect(network.requests[0].signal.aborted).to.equal(true);
  });

  it('aborts its request when it leaves the page, and loads again when it returns', async () => {
    const src = network.route(async () => {
      const request = network.requests.length;
      await delay(50);
      return json({ raised: request * 100 });
    });
    const events: Event[] = [];
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
    );
    el.addEventListener('campaign-progress-update', (event) => events.push(event));
    el.addEventListener('campaign-progress-error', (event) => events.push(event));
    const parent = el.parentElement!;
    el.remove();
    expect(network.requests[0].signal.aborted).to.equal(true);
    await delay(80);
    expect(events).to.deep.equal([]);
    const update = nextFeedEvent();
    parent.append(el);
    await update;
    await el.updateComplete;
    expect(network.requests.length).to.equal(2);
    expect(part(el, 'summary').textContent).to.equal('$200 raised of $1,000 goal');
  });

  it('keeps a shared request going while another widget still waits for it', async () => {
    const src = network.route(async () => {
      await delay(50);
      return json({ raised: 250 });
    });
    const update = nextFeedEvent();
    const page = await fixture(
      html`<div>
        <campaign-progress src=${src} goal="1000"></campaign-progress>
        <campaign-progress src=${src} goal="1000"></campaign-progress>
      </div>`,
    );
    const [leaving, staying] = page.querySelectorAll('campaign-progress');
    leaving.remove();
    await update;
    await staying.updateComplete;
    expect(network.requests[0].signal.aborted).to.equal(false);
    expect(part(staying, 'percent').textContent).to.equal('25%');
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

  for (const width of [280, 420, 720]) {
    it(`already holds its final size at ${width} px, so nothing shifts when data or an error arrives`, async () => {
      let release!: () => void;
      const answer = new Promise<void>((resolve) => (release = resolve));
      const ok = network.route(async () => {
        await answer;
        return json({ raised: 18500, goal: 1000, donors: 1204 });
      });
      const broken = network.route(async () => {
        await answer;
        return json({ raised: 'oops' });
      });
      const page = await fixture<HTMLElement>(
        html`<div>
          <campaign-progress
            src=${ok}
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
      const [good, bad] = page.querySelectorAll('campaign-progress');
      const loadingHeights = [good.offsetHeight, bad.offsetHeight];
      const done = Promise.all([
        oneEvent(good, 'campaign-progress-update'),
        oneEvent(bad, 'campaign-progress-error'),
      ]);
      await captureWarnings(async () => {
        release();
        await done;
        await Promise.all([good.updateComplete, bad.updateComplete]);
      });
      expect(part(good, 'summary').textContent).to.equal('$18,500 raised of $1,000 goal');
      expect([good.offsetHeight, bad.offsetHeight]).to.deep.equal(loadingHeights);
      expect(good.offsetWidth).to.equal(width);
      expect(good.scrollWidth).to.equal(width);
    });
  }
});

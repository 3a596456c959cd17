import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { delay, json, stubNetwork, type Network } from './network.js';
import { captureWarnings, drawnFill, expectNoLeakedValues, part, visibleText } from './helpers.js';

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

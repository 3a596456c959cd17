/**
 * The events a page hears: where they reach, and the ones that must not come.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { heldFeed, json, stubNetwork, type Answer, type Network } from './network.js';
import { captureWarnings, nextEvent, nextEventAt, part, recordEvents, within } from './helpers.js';

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
});

describe('events from a widget inside another component’s shadow root', () => {
  const feeds: [type: 'campaign-progress-update' | 'campaign-progress-error', answer: () => Answer][] = [
    ['campaign-progress-update', () => json({ raised: 620 })],
    ['campaign-progress-error', () => 'network-error'],
  ];
  for (const [type, answer] of feeds) {
    it(`${type} reaches the page outside that component`, async () => {
      const host = await fixture<HTMLElement>(html`<section></section>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('campaign-progress');
      Object.assign(el, { src: network.route(answer()), goal: 1000 });
      const heard = recordEvents(type);
      const inside = nextEventAt(root, type);
      await captureWarnings(async () => {
        root.append(el);
        await inside;
      });
      heard.stop();
      // Dispatch is over once the shadow root has heard it: the page has heard it too, or never will.
      expect(heard.events.map((event) => [event.type, event.target === host])).to.deep.equal([[type, true]]);
      await expect(el).shadowDom.to.be.accessible();
    });
  }
});

describe('when src changes just as the old feed’s answer is shown', () => {
  it('sends the page no event for the old feed', async () => {
    const old = heldFeed(network, { raised: 111 });
    const next = heldFeed(network, { raised: 222 });
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${old.src} goal="1000"></campaign-progress>`,
    );
    // The page switches campaigns the moment the old figures appear, before the widget has
    // announced them.
    const switched = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (part(el, 'summary').textContent !== '$111 raised of $1,000 goal') return;
        observer.disconnect();
        el.src = next.src;
        resolve();
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    });
    old.answer();
    await within(switched, 'old figures on screen');
    const update = nextEvent('campaign-progress-update');
    next.answer();
    await update;
    events.stop();
    expect(events.events.map((event) => event.type)).to.deep.equal(['campaign-progress-update']);
    expect(events.events[0].detail).to.include({ raised: 222 });
    expect(part(el, 'summary').textContent).to.equal('$222 raised of $1,000 goal');
  });
});

describe('a widget with no goal attribute, while its feed loads', () => {
  it('raises no error and logs no warning: the feed brings the goal', async () => {
    const feed = heldFeed(network, { raised: 620, goal: 1000 });
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    const update = nextEvent('campaign-progress-update');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      // The page's own raised is all the widget knows until the feed answers.
      el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${feed.src} raised="100"></campaign-progress>`,
      );
      expect(part(el, 'status').textContent).to.equal('Loading totals…');
      feed.answer();
      await update;
    });
    events.stop();
    expect(warnings).to.deep.equal([]);
    expect(events.events.map((event) => event.type)).to.deep.equal(['campaign-progress-update']);
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
  });
});

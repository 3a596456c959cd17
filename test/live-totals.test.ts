/**
 * Live totals, as readers and page authors see them: a widget that refreshes, says how old its
 * figures are, keeps the last good ones through a failing feed, paints at once on a return visit,
 * announces a new total once, and asks nothing while it is far below the fold. Time is faked
 * (sinon: only timers and the date) wherever it matters; feeds come from a route table of real
 * Responses or from the local feed server (scripts/feed-server.mjs, served under /feed/).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import type { CampaignProgressGoalReachedEvent } from '../src/events.js';
import { feedFor } from '../src/feed.js';
import type { FeedStats } from '../scripts/feed-server.mjs';
import {
  captureWarnings,
  drawnFill,
  finishTransitions,
  nextEventAt,
  part,
  pause,
  recordEvents,
  until,
  visibleText,
} from './helpers.js';
import { address, json, stubNetwork, type Answer, type Network } from './network.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** When a widget with refresh="60" asks again: a minute and the (here always 5 %) jitter. */
const POLL = 63 * SECOND;

// The feed server and the static host are reached with the page's own fetch, even while a test
// stubs it for the widget.
const realFetch = window.fetch;

let clock: sinon.SinonFakeTimers | undefined;
let network: Network | undefined;
/** Stored copies a test may have written, removed after it. */
const keys: string[] = [];

let jitter: sinon.SinonStub | undefined;

/**
 * Fakes the clock from now on: only timers and the date, so fetch, promises and Lit run as usual.
 * Jitter is fixed too, at 5 % of each wait, so that a test knows when each request comes.
 */
function freeze() {
  clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  jitter = sinon.stub(Math, 'random').returns(0.5);
  return clock;
}

/** The axe audit, which needs real timers and Math.random (it names shadow roots with it): a test's last step. */
async function expectAccessible(el: CampaignProgress) {
  clock?.restore();
  clock = undefined;
  jitter?.restore();
  await expect(el).shadowDom.to.be.accessible();
}

/** Routes the widget's requests to a table of real Responses. */
function stub() {
  network = stubNetwork();
  return network;
}

const openPages: HTMLIFrameElement[] = [];

afterEach(async () => {
  for (const frame of openPages.splice(0)) frame.remove();
  // open-wc has removed the test's widgets: their feeds let go of them a microtask later, and must
  // clear their timers on the clock that set them.
  await null;
  clock?.restore();
  clock = undefined;
  jitter = undefined;
  sinon.restore();
  network?.restore();
  network = undefined;
  for (const key of keys.splice(0)) localStorage.removeItem(key);
});

/** The stored copy's key for `src`, as the widget resolves it. */
function storageKey(src: string) {
  const key = `campaign-progress ${new URL(src, document.baseURI).href}`;
  keys.push(key);
  return key;
}

/** Leaves a stored copy of `json` for `src`, as an earlier page view would have, `age` ms ago. */
function storeCopy(src: string, json: unknown, age: number) {
  localStorage.setItem(storageKey(src), JSON.stringify({ at: Date.now() - age, json }));
}

/**
 * A stubbed feed that answers whatever it was last told to `say`, and a way to let a held answer
 * through with `answer()`.
 */
function feedSaying(first: Answer | Promise<Answer>) {
  let saying = first;
  const src = network!.route(async () => {
    const answer = await saying;
    return answer instanceof Response ? answer.clone() : answer;
  });
  storageKey(src);
  return {
    src,
    say(answer: Answer | Promise<Answer>) {
      saying = answer;
    },
  };
}

/** A feed answer that waits for `release()`. */
function held(answer: Answer) {
  let release!: () => void;
  const promise = new Promise<Answer>((resolve) => (release = () => resolve(answer)));
  return { promise, release };
}

/**
 * A widget on `src` (a feed answering $640 of $1,000) says "Loading totals…" until the feed
 * answers (after `release()`, when given), then shows the figures, with one update event and
 * nothing in the console: what a reader sees when a stored copy cannot be used.
 */
async function expectQuietLoad(src: string, release?: () => void) {
  const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
  const warnings = await captureWarnings(async () => {
    const el = await fixture<CampaignProgress>(html`<campaign-progress src=${src}></campaign-progress>`);
    if (release) await pause(20);
    expect(status(el)).to.equal('Loading totals…');
    release?.();
    await events.count(1);
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$640 raised of $1,000 goal');
  });
  events.stop();
  expect(events.events.map((event) => event.type)).to.deep.equal(['campaign-progress-update']);
  expect(warnings).to.deep.equal([]);
}

let campaigns = 0;

/**
 * A campaign of its own on the local feed server, frozen at $620 of $1,000 from 14 donors until
 * the test changes it; `switches` are the server's fault switches (`&status=503`…).
 */
function campaign(switches = '', origin = '') {
  const name = `live-${Date.now().toString(36)}-${++campaigns}-${Math.random().toString(36).slice(2, 8)}`;
  const src = `${origin}/feed/totals.json?campaign=${name}&every=0${switches}`;
  storageKey(src);
  return {
    src,
    async set(totals: object) {
      const response = await realFetch(`/feed/_set?campaign=${name}`, {
        method: 'POST',
        body: JSON.stringify(totals),
      });
      expect(response.status).to.equal(204);
    },
    async stats(): Promise<FeedStats> {
      return (await realFetch(`/feed/_stats?campaign=${name}`, { cache: 'no-store' })).json();
    },
  };
}

/**
 * Opens a fresh page, as a reader does: fresh modules, so a fresh feed cache, and the same storage.
 * `widget(src)` puts a widget on it.
 */
async function pageView() {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/page-view.html';
  document.body.append(frame);
  openPages.push(frame);
  await loaded;
  const page = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => page.customElements.get('campaign-progress'), 'the page never defined the element', {
    timeout: 10_000,
  });
  return {
    widget(src: string) {
      const el = page.document.createElement('campaign-progress');
      el.setAttribute('src', src);
      el.setAttribute('goal', '1000');
      page.document.body.append(el);
      return el;
    },
  };
}

/** Renders `template` and waits until its widget has the feed's first answer. */
async function settled(template: ReturnType<typeof html>): Promise<CampaignProgress> {
  const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
  const el = await fixture<CampaignProgress>(template);
  await events.count(1);
  events.stop();
  await el.updateComplete;
  return el;
}

/** Moves the clock on by `ms` and waits for the event of `type` that the poll it causes brings. */
async function poll<K extends 'campaign-progress-update' | 'campaign-progress-error'>(
  el: CampaignProgress,
  type: K,
  ms = POLL,
) {
  const event = nextEventAt(el, type);
  await clock!.tickAsync(ms);
  const fired = await event;
  await el.updateComplete;
  return fired;
}

/** Moves the clock on by `ms`, then waits until the poll it caused has been answered and shown. */
async function pollQuietly(el: CampaignProgress, ms = POLL) {
  await clock!.tickAsync(ms);
  await until(() => !feedFor(el.src).loading, 'an answer to the poll');
  await el.updateComplete;
  // Events follow the render: let any that should not come show itself.
  await pause(20);
}

/** What the widget says about how old its figures are. */
const freshness = (el: CampaignProgress) => part(el, 'updated').textContent!.trim();

/** What the widget's status line says: loading, unavailable, goal reached. */
const status = (el: CampaignProgress) => part(el, 'status').textContent!.trim();

/** What the widget's hidden live region says to screen readers. */
const liveRegion = (el: CampaignProgress) =>
  el.shadowRoot!.querySelector<HTMLElement>('[role=status]:not([part])')!;

/** The render count of `el` from now on. */
const renders = (el: CampaignProgress) => sinon.spy(el as unknown as { render(): unknown }, 'render');

describe('refresh: a widget that stays live', () => {
  it('with refresh="60", shows what the feed says a minute later, asking once a minute', async () => {
    freeze();
    const feed = campaign();
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    await feed.set({ raised: 700, goal: 1000, currency: 'USD', donors: 15 });

    await clock!.tickAsync(MINUTE - 1);
    expect(feedFor(el.src).loading, 'asking before the minute is up').to.equal(false);
    await poll(el, 'campaign-progress-update', POLL - MINUTE + 1);
    expect(part(el, 'summary').textContent).to.equal('$700 raised of $1,000 goal');
    expect(part(el, 'donors').textContent).to.equal('15 donors');
    expect(part(el, 'thermometer').getAttribute('aria-valuenow')).to.equal('700');
    expect((await feed.stats()).requests).to.equal(2);
  });

  it('without refresh, loads once, however long the page stays open', async () => {
    freeze();
    const feed = campaign();
    // Without "updated": its line would re-render the widget every minute, then every hour.
    await feed.set({ raised: 620, goal: 1000 });
    const el = await settled(html`<campaign-progress src=${feed.src} goal="1000"></campaign-progress>`);
    await feed.set({ raised: 700 });
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    await clock!.tickAsync(DAY);
    await pause(20);
    events.stop();
    expect(events.events).to.deep.equal([]);
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect((await feed.stats()).requests).to.equal(1);
  });

  it('raises refresh="5" to 15 s, and says so once in the console', async () => {
    freeze();
    stub();
    const { src } = feedSaying(json({ raised: 620 }));
    const warnings = await captureWarnings(async () => {
      const el = await settled(
        html`<campaign-progress src=${src} refresh="5" goal="1000"></campaign-progress>`,
      );
      for (let polls = 2; polls <= 4; polls++) {
        await clock!.tickAsync(15.75 * SECOND - 1);
        expect(network!.requests, 'asked again too soon').to.have.length(polls - 1);
        await pollQuietly(el, 1);
        expect(network!.requests).to.have.length(polls);
      }
    });
    expect(warnings).to.deep.equal(['campaign-progress: a refresh of 5 s is raised to 15 s, the shortest']);
  });

  it('gives widgets on one feed its shortest refresh: one request a poll, and all update together', async () => {
    freeze();
    const feed = campaign();
    // No goal in the feed: each widget has its own.
    await feed.set({ raised: 620 });
    const updates = recordEvents('campaign-progress-update');
    const page = await fixture<HTMLElement>(
      html`<div>
        <campaign-progress src=${feed.src} refresh="300" goal="1000"></campaign-progress>
        <campaign-progress src=${feed.src} refresh="60" goal="2000"></campaign-progress>
        <campaign-progress src=${feed.src} goal="700"></campaign-progress>
      </div>`,
    );
    await updates.count(3);
    await feed.set({ raised: 700 });
    await clock!.tickAsync(POLL);
    await updates.count(6);
    updates.stop();
    const widgets = [...page.querySelectorAll('campaign-progress')];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    expect(widgets.map((widget) => part(widget, 'percent').textContent)).to.deep.equal([
      '70%',
      '35%',
      '100%',
    ]);
    expect((await feed.stats()).requests).to.equal(2);
  });

  it('re-renders nothing and fires no event when the feed answers the same', async () => {
    freeze();
    stub();
    const feed = feedSaying(json({ raised: 620, donors: 14 }));
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    const render = renders(el);
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    await pollQuietly(el);
    events.stop();
    expect(network!.requests).to.have.length(2);
    expect(events.events).to.deep.equal([]);
    expect(render.callCount).to.equal(0);
    // While a new total is drawn, and told.
    feed.say(json({ raised: 700, donors: 15 }));
    await poll(el, 'campaign-progress-update');
    expect(render.callCount).to.be.above(0);
  });

  it('re-renders nothing and fires no event when the feed server answers 304 Not Modified', async () => {
    freeze();
    const feed = campaign();
    // Without "updated", whose line would change as the minutes pass.
    await feed.set({ raised: 620, goal: 1000, currency: 'USD', donors: 14 });
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    const render = renders(el);
    const events = recordEvents('campaign-progress-update', 'campaign-progress-error');
    await pollQuietly(el);
    events.stop();
    expect(await feed.stats()).to.deep.equal({ requests: 2, conditional: 1, notModified: 1, options: 0 });
    expect(events.events).to.deep.equal([]);
    expect(render.callCount).to.equal(0);
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    // While new figures are drawn, and told.
    await feed.set({ raised: 700, goal: 1000, currency: 'USD', donors: 15 });
    await poll(el, 'campaign-progress-update');
    expect(render.callCount).to.be.above(0);
    expect(part(el, 'summary').textContent).to.equal('$700 raised of $1,000 goal');
  });
});

describe('politeness: asking only while someone can see', () => {
  /** Hides the page, or shows it again, as switching tabs does. */
  function switchTab(hidden: boolean) {
    if (hidden) Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    else delete (document as { hidden?: boolean }).hidden;
    document.dispatchEvent(new Event('visibilitychange'));
  }

  afterEach(() => {
    delete (document as { hidden?: boolean }).hidden;
  });

  it('asks nothing while the page is hidden, and shows the latest total at once on return', async () => {
    freeze();
    const feed = campaign();
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    await feed.set({ raised: 700, goal: 1000 });
    switchTab(true);
    await clock!.tickAsync(HOUR);
    await pause(20);
    expect((await feed.stats()).requests).to.equal(1);
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    const update = nextEventAt(el, 'campaign-progress-update');
    switchTab(false);
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$700 raised of $1,000 goal');
    expect((await feed.stats()).requests).to.equal(2);
  });

  it('stops asking once the widget leaves the page', async () => {
    freeze();
    const feed = campaign();
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    el.remove();
    await clock!.tickAsync(HOUR);
    await pause(20);
    expect((await feed.stats()).requests).to.equal(1);
  });
});

describe('when a live feed fails', () => {
  it('keeps the last good totals on screen, says "Last updated 2 hours ago" and fires the error event', async () => {
    freeze();
    stub();
    const feed = feedSaying(json({ raised: 620, updated: new Date(Date.now() - 2 * HOUR).toISOString() }));
    const el = await settled(
      html`<campaign-progress
        src=${feed.src}
        refresh="60"
        goal="1000"
        heading="Winter appeal"
        donate-href="https://example.org/donate"
      ></campaign-progress>`,
    );
    expect(freshness(el)).to.equal('Updated 2 hours ago');
    feed.say(new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' }));
    let error!: Event;
    const warnings = await captureWarnings(async () => {
      error = await poll(el, 'campaign-progress-error');
    });
    const message = 'the feed answered 503 Service Unavailable';
    expect((error as CustomEvent).detail).to.deep.equal({ reason: 'http', message, src: address(feed.src) });
    expect(warnings).to.deep.equal([`campaign-progress: ${address(feed.src)}: ${message}`]);
    expect(visibleText(el)).to.equal(
      'Winter appeal $620 raised of $1,000 goal $380 to go 62% Last updated 2 hours ago Donate',
    );
    expect(status(el)).to.equal('');
    expect(part(el, 'thermometer').getAttribute('aria-valuenow')).to.equal('620');
    await expectAccessible(el);
  });

  it('says how long ago its figures came when the feed does not say when it was updated', async () => {
    freeze();
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    expect(freshness(el)).to.equal('');
    feed.say('network-error');
    await captureWarnings(() => poll(el, 'campaign-progress-error'));
    expect(freshness(el)).to.match(/^Last updated 1 minute ago$/);
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    // Kept current while it stays down.
    await captureWarnings(() => poll(el, 'campaign-progress-error', 2 * POLL));
    expect(freshness(el)).to.equal('Last updated 3 minutes ago');
  });

  it('backs off: a reader polling every minute asks a failing feed 5 times in 30 minutes, not 30', async () => {
    freeze();
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    feed.say('network-error');
    const errors = recordEvents('campaign-progress-error');
    const end = Date.now() + 30 * MINUTE;
    await captureWarnings(async () => {
      // Timer by timer (polls, and the line that says how old the figures are), each answered in turn.
      while (Date.now() < end) {
        await clock!.nextAsync();
        await until(() => !feedFor(el.src).loading, 'an answer to the poll');
        await el.updateComplete;
      }
    });
    errors.stop();
    const polls = network!.requests.length - 1;
    // After the first failure, a minute in, the next polls wait 2, 4, 8 and 10 minutes.
    expect(polls).to.equal(5);
    expect(errors.events.length).to.equal(5);
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
  });

  it('clears the mark and fires campaign-progress-update when the feed recovers', async () => {
    freeze();
    stub();
    const updated = new Date(Date.now() - 5 * MINUTE).toISOString();
    const feed = feedSaying(json({ raised: 620, updated }));
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    feed.say(new Response('', { status: 500 }));
    await captureWarnings(() => poll(el, 'campaign-progress-error'));
    expect(freshness(el)).to.equal('Last updated 6 minutes ago');
    feed.say(json({ raised: 650, updated: new Date(Date.now() + 30 * SECOND).toISOString() }));
    const update = await poll(el, 'campaign-progress-update', 2 * POLL);
    expect(update.detail.raised).to.equal(650);
    expect(part(el, 'summary').textContent).to.equal('$650 raised of $1,000 goal');
    expect(freshness(el)).to.equal('Updated 1 minute ago');
    expect(status(el)).to.equal('');
    await expectAccessible(el);
  });
});

describe('faults of a real feed host', () => {
  const statuses: [number, string][] = [
    [429, 'Too Many Requests'],
    [500, 'Internal Server Error'],
    [502, 'Bad Gateway'],
    [503, 'Service Unavailable'],
  ];
  for (const [code, text] of statuses) {
    it(`says the total is unavailable, offering to give anyway, when the host answers ${code}, and asks again 15 s later, not sooner`, async () => {
      freeze();
      const feed = campaign(`&status=${code}`);
      const message = `the feed answered ${code} ${text}`;
      await captureWarnings(async () => {
        const error = nextEventAt(document, 'campaign-progress-error');
        const el = await fixture<CampaignProgress>(
          html`<campaign-progress
            src=${feed.src}
            goal="1000"
            donate-href="https://example.org/donate"
          ></campaign-progress>`,
        );
        expect((await error).detail).to.deep.equal({ reason: 'http', message, src: address(feed.src) });
        await el.updateComplete;
        expect(status(el)).to.equal('Latest total unavailable — you can still give');
        expect(part(el, 'donate').textContent).to.equal('Donate');
        await clock!.tickAsync(15.75 * SECOND - 1);
        expect(feedFor(el.src).loading, 'asked again too soon').to.equal(false);
        await poll(el, 'campaign-progress-error', 1);
      });
      expect((await feed.stats()).requests).to.equal(2);
    });
  }

  const bodies: [string, string, RegExp][] = [
    ['html', 'not-json', /^the feed is not valid JSON: the file is a web page \(text\/html\)$/],
    ['empty', 'not-json', /^the feed is not valid JSON: the file is empty \(application\/json\)$/],
    ['not-utf8', 'not-json', /^the feed is not valid JSON: the file is not UTF-8 \(application\/json\)$/],
    ['truncated', 'not-json', /^the feed is not valid JSON: .+ \(application\/json\)$/],
    [
      'wrong-types',
      'invalid',
      /^"raised" must be a number like 620 or "620.50", not "\$620" \(no currency sign\)$/,
    ],
  ];
  for (const [body, reason, message] of bodies) {
    it(`says "Totals unavailable" for a feed whose body is ${body}`, async () => {
      const feed = campaign(`&body=${body}`);
      let el!: CampaignProgress;
      await captureWarnings(async () => {
        const error = nextEventAt(document, 'campaign-progress-error');
        el = await fixture<CampaignProgress>(
          html`<campaign-progress src=${feed.src} goal="1000"></campaign-progress>`,
        );
        const { detail } = await error;
        expect(detail.reason).to.equal(reason);
        expect(detail.message).to.match(message);
        await el.updateComplete;
      });
      expect(status(el)).to.equal('Totals unavailable');
      expect(part(el, 'summary').textContent).to.equal('');
    });
  }

  it('counts a stalled feed as down after its timeout, and lets go of the request', async () => {
    freeze();
    const feed = campaign('&stall=1');
    await captureWarnings(async () => {
      const error = nextEventAt(document, 'campaign-progress-error');
      const el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${feed.src} goal="1000" timeout="2000"></campaign-progress>`,
      );
      await until(async () => (await feed.stats()).requests === 1, 'the request');
      expect(status(el)).to.equal('Loading totals…');
      await clock!.tickAsync(2 * SECOND);
      expect((await error).detail).to.deep.equal({
        reason: 'timeout',
        message: 'no answer within 2 s',
        src: address(feed.src),
      });
      await el.updateComplete;
      expect(status(el)).to.equal('Totals unavailable');
    });
  });

  it('follows a redirect to the feed, and keeps following it on each poll', async () => {
    freeze();
    const feed = campaign('&redirect=1');
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    await feed.set({ raised: 640 });
    await poll(el, 'campaign-progress-update');
    expect(part(el, 'summary').textContent).to.equal('$640 raised of $1,000 goal');
  });

  it('says CORS may be why when a host on another site does not allow cross-origin reads', async () => {
    const feed = campaign('&cors=0', `http://localhost:${location.port}`);
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      const error = nextEventAt(document, 'campaign-progress-error');
      el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${feed.src} goal="1000"></campaign-progress>`,
      );
      expect((await error).detail.message).to.match(/not allow cross-origin reads \(CORS\)/);
      await el.updateComplete;
    });
    expect(status(el)).to.equal('Totals unavailable');
    expect((await feed.stats()).options, 'preflights').to.equal(0);
  });
});

let hostedFiles = 0;

/** A file on the stand-in static host (web-test-runner.config.mjs), which refuses OPTIONS. */
function hostedFile() {
  const path = `/test/static-host/live-${Date.now()}-${++hostedFiles}-${Math.random().toString(36).slice(2)}.json`;
  return {
    path,
    async edit(body: unknown, lastModified: Date) {
      const response = await realFetch(`${path}?edit`, {
        method: 'POST',
        body: JSON.stringify({ body: JSON.stringify(body), lastModified }),
      });
      expect(response.status).to.equal(204);
    },
    async requests(): Promise<{ method: string; status: number; origin: string | null }[]> {
      return (await realFetch(`${path}?requests`)).json();
    },
  };
}

describe('a feed on another site, polled', () => {
  it('works on a host that refuses OPTIONS: simple requests, a 304 when unchanged, new figures when edited', async () => {
    const file = hostedFile();
    await file.edit({ raised: 620, goal: 1000 }, new Date(Date.now() - DAY));
    freeze();
    const src = `http://localhost:${location.port}${file.path}`;
    storageKey(src);
    const el = await settled(html`<campaign-progress src=${src} refresh="60"></campaign-progress>`);
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');

    await pollQuietly(el);
    await file.edit({ raised: 910, goal: 1000 }, new Date(Date.now() - MINUTE));
    await poll(el, 'campaign-progress-update');
    expect(part(el, 'summary').textContent).to.equal('$910 raised of $1,000 goal');
    expect(
      (await file.requests()).map(({ method, status, origin }) => [method, status, origin]),
    ).to.deep.equal([
      ['GET', 200, location.origin],
      ['GET', 304, location.origin],
      ['GET', 200, location.origin],
    ]);
  });
});

describe('freshness: how old the figures are', () => {
  it('says "Updated 2 hours ago" from the feed’s updated, and keeps it current while the page is open', async () => {
    freeze();
    stub();
    const { src } = feedSaying(json({ raised: 620, updated: new Date(Date.now() - 2 * HOUR).toISOString() }));
    const el = await settled(html`<campaign-progress src=${src} goal="1000"></campaign-progress>`);
    expect(freshness(el)).to.equal('Updated 2 hours ago');
    expect(visibleText(el)).to.equal('$620 raised of $1,000 goal $380 to go 62% Updated 2 hours ago');
    await clock!.tickAsync(HOUR);
    await el.updateComplete;
    expect(freshness(el)).to.equal('Updated 3 hours ago');
    await clock!.tickAsync(DAY - 3 * HOUR);
    await el.updateComplete;
    expect(freshness(el)).to.equal('Updated yesterday');
    // Only a render: no request, no event.
    expect(network!.requests).to.have.length(1);
    await expectAccessible(el);
  });

  it('says "Updated now" for figures under a minute old, then counts the minutes', async () => {
    freeze();
    stub();
    const { src } = feedSaying(
      json({ raised: 620, updated: new Date(Date.now() - 30 * SECOND).toISOString() }),
    );
    const el = await settled(html`<campaign-progress src=${src} goal="1000"></campaign-progress>`);
    expect(freshness(el)).to.equal('Updated now');
    await clock!.tickAsync(30 * SECOND);
    await el.updateComplete;
    expect(freshness(el)).to.equal('Updated 1 minute ago');
  });

  it('says "Updated now" for a feed whose updated is ahead of the reader’s clock', async () => {
    freeze();
    stub();
    const { src } = feedSaying(
      json({ raised: 620, updated: new Date(Date.now() + 5 * MINUTE).toISOString() }),
    );
    const el = await settled(html`<campaign-progress src=${src} goal="1000"></campaign-progress>`);
    expect(freshness(el)).to.equal('Updated now');
  });

  it('says nothing of a failing feed’s figures under a minute old, then "Last updated 1 minute ago"', async () => {
    freeze();
    stub();
    const feed = feedSaying('network-error');
    // Figures with no updated, from a page view 20 seconds ago; the network fails now.
    storeCopy(feed.src, { raised: 620 }, 20 * SECOND);
    await captureWarnings(async () => {
      const el = await settled(html`<campaign-progress src=${feed.src} goal="1000"></campaign-progress>`);
      expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
      expect(freshness(el)).to.equal('');
      await clock!.tickAsync(40 * SECOND);
      await el.updateComplete;
      expect(freshness(el)).to.equal('Last updated 1 minute ago');
    });
  });

  it('says it in the widget’s language', async () => {
    freeze();
    stub();
    const { src } = feedSaying(json({ raised: 620, updated: new Date(Date.now() - 2 * HOUR).toISOString() }));
    const el = await settled(
      html`<campaign-progress src=${src} goal="1000" locale="fr"></campaign-progress>`,
    );
    expect(freshness(el)).to.contain(new Intl.RelativeTimeFormat('fr').format(-2, 'hour'));
  });

  it('says nothing of age when the feed does not say when it was updated', async () => {
    stub();
    const { src } = feedSaying(json({ raised: 620 }));
    const el = await settled(html`<campaign-progress src=${src} goal="1000"></campaign-progress>`);
    expect(freshness(el)).to.equal('');
    expect(visibleText(el)).to.equal('$620 raised of $1,000 goal $380 to go 62%');
  });
});

describe('a total that goes down', () => {
  it('is shown as it is, without alarm, and fires no second goal-reached event', async () => {
    freeze();
    stub();
    const reached: CampaignProgressGoalReachedEvent[] = [];
    const record = (event: CampaignProgressGoalReachedEvent) => reached.push(event);
    document.addEventListener('campaign-progress-goal-reached', record);
    try {
      const feed = feedSaying(json({ raised: 1100 }));
      const el = await settled(
        html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
      );
      await pause(20);
      expect(status(el)).to.equal('Goal reached. Thank you!');
      // A refund.
      feed.say(json({ raised: 950 }));
      const errors = recordEvents('campaign-progress-error');
      await poll(el, 'campaign-progress-update');
      expect(part(el, 'summary').textContent).to.equal('$950 raised of $1,000 goal');
      expect(part(el, 'percent').textContent).to.equal('95%');
      expect(status(el)).to.equal('');
      expect(drawnFill(el)).to.be.closeTo(0.95, 0.01);
      feed.say(json({ raised: 1200 }));
      await poll(el, 'campaign-progress-update');
      await pause(20);
      errors.stop();
      expect(errors.events).to.deep.equal([]);
      expect(status(el)).to.equal('Goal reached. Thank you!');
      expect(reached.map((event) => event.detail.raised)).to.deep.equal([1100]);
    } finally {
      document.removeEventListener('campaign-progress-goal-reached', record);
    }
  });
});

describe('return visits: the stored copy', () => {
  it('paints the stored totals at once, without "Loading totals…", then shows what the feed says now', async () => {
    stub();
    const answer = held(json({ raised: 640, goal: 1000 }));
    const feed = feedSaying(answer.promise);
    storeCopy(feed.src, { raised: 620, goal: 1000 }, DAY);
    const events = recordEvents('campaign-progress-update');
    const el = await fixture<CampaignProgress>(html`<campaign-progress src=${feed.src}></campaign-progress>`);
    expect(visibleText(el)).to.equal('$620 raised of $1,000 goal $380 to go 62%');
    expect(status(el)).to.equal('');
    // Revalidating: the page hears of totals the network confirms, not of the stored copy.
    await until(() => network!.requests.length === 1, 'the revalidating request');
    expect(events.events).to.deep.equal([]);
    answer.release();
    await events.count(1);
    events.stop();
    await el.updateComplete;
    expect(events.events[0].detail.raised).to.equal(640);
    expect(part(el, 'summary').textContent).to.equal('$640 raised of $1,000 goal');
  });

  it('paints at once on a reader’s next page view, from what the last one stored', async function () {
    // Two pages load, one after the other.
    this.timeout(20_000);
    const feed = campaign();
    const first = await pageView();
    const loaded = nextEventAt(first.widget(feed.src), 'campaign-progress-update');
    await loaded;
    await feed.set({ raised: 700, goal: 1000, currency: 'USD', donors: 15 });

    const second = await pageView();
    const el = second.widget(feed.src);
    const revalidated = nextEventAt(el, 'campaign-progress-update');
    await el.updateComplete;
    expect(part(el, 'summary').textContent, 'the first paint').to.equal('$620 raised of $1,000 goal');
    expect(status(el)).to.equal('');
    await revalidated;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$700 raised of $1,000 goal');
    expect((await feed.stats()).requests).to.equal(2);
  });

  it('ignores a stored copy older than a week: "Loading totals…" until the feed answers', async () => {
    stub();
    const answer = held(json({ raised: 640, goal: 1000 }));
    const feed = feedSaying(answer.promise);
    storeCopy(feed.src, { raised: 620, goal: 1000 }, 7 * DAY + MINUTE);
    const el = await fixture<CampaignProgress>(html`<campaign-progress src=${feed.src}></campaign-progress>`);
    expect(status(el)).to.equal('Loading totals…');
    expect(part(el, 'summary').textContent).to.equal('');
    const update = nextEventAt(el, 'campaign-progress-update');
    answer.release();
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$640 raised of $1,000 goal');
  });

  for (const [name, entry] of [
    ['is not JSON', '{"at": 1'],
    ['is not an object', '620'],
    ['has no time', JSON.stringify({ json: { raised: 620, goal: 1000 } })],
  ]) {
    it(`ignores a stored copy that ${name}, with no error and no warning`, async () => {
      stub();
      const feed = feedSaying(json({ raised: 640, goal: 1000 }));
      localStorage.setItem(storageKey(feed.src), entry);
      await expectQuietLoad(feed.src);
    });
  }

  it('ignores a stored copy it cannot read as totals: "Loading totals…", not "Totals unavailable"', async () => {
    stub();
    const answer = held(json({ raised: 640, goal: 1000 }));
    const feed = feedSaying(answer.promise);
    // What a feed answered once, valid JSON but no totals: a platform's error object, say.
    storeCopy(feed.src, { error: 'rate limited' }, HOUR);
    await expectQuietLoad(feed.src, answer.release);
  });

  it('works where storage throws: the feed’s figures, no error, no warning', async () => {
    stub();
    const feed = feedSaying(json({ raised: 640, goal: 1000 }));
    storeCopy(feed.src, { raised: 620, goal: 1000 }, HOUR);
    sinon
      .stub(Storage.prototype, 'getItem')
      .throws(new DOMException('The operation is insecure.', 'SecurityError'));
    sinon
      .stub(Storage.prototype, 'setItem')
      .throws(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    await expectQuietLoad(feed.src);
  });

  it('keeps a stored copy on screen, marked with its date once days old ("Figures from 12 April"), when the feed cannot be reached', async () => {
    stub();
    const feed = feedSaying('network-error');
    storeCopy(feed.src, { raised: 620, goal: 1000 }, 3 * DAY + HOUR);
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      const error = nextEventAt(document, 'campaign-progress-error');
      el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${feed.src} heading="Winter appeal"></campaign-progress>`,
      );
      await error;
      await el.updateComplete;
    });
    // A date, not "Last updated 3 days ago": counted in days, old figures read as abandoned.
    const storedAt = new Date(Date.now() - 3 * DAY - HOUR);
    const year = storedAt.getFullYear() === new Date().getFullYear() ? undefined : 'numeric';
    const stored = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year }).format(storedAt);
    expect(visibleText(el)).to.equal(
      `Winter appeal $620 raised of $1,000 goal $380 to go 62% Figures from ${stored}`,
    );
    expect(status(el)).to.equal('');
    await expectAccessible(el);
  });
});

describe('a new src is a new campaign', () => {
  it('shows "Loading totals…", never the old figures, until the new feed answers', async () => {
    stub();
    const el = await settled(
      html`<campaign-progress src=${feedSaying(json({ raised: 620 })).src} goal="1000"></campaign-progress>`,
    );
    const answer = held(json({ raised: 150 }));
    el.src = feedSaying(answer.promise).src;
    await el.updateComplete;
    // The goal the page sets, and a skeleton in the amount's place.
    expect(part(el, 'summary').textContent!.trim()).to.equal('raised of $1,000 goal');
    expect(part(el, 'percent').textContent).to.equal('');
    expect(status(el)).to.equal('Loading totals…');
    expect(part(el, 'thermometer').hasAttribute('aria-valuenow')).to.equal(false);
    // The old fill's way down, finished; the loading pulse never finishes, and is no fill.
    for (const animation of el.shadowRoot!.getAnimations()) {
      if (animation instanceof CSSTransition) animation.finish();
    }
    expect(part(el, 'fill').getBoundingClientRect().height).to.equal(0);
    const update = nextEventAt(el, 'campaign-progress-update');
    answer.release();
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$150 raised of $1,000 goal');
  });

  it('shows the new URL’s stored copy at once', async () => {
    stub();
    const el = await settled(
      html`<campaign-progress src=${feedSaying(json({ raised: 620 })).src} goal="1000"></campaign-progress>`,
    );
    const next = feedSaying(held(json({ raised: 150 })).promise);
    storeCopy(next.src, { raised: 140 }, DAY);
    el.src = next.src;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$140 raised of $1,000 goal');
    expect(status(el)).to.equal('');
  });

  it('shows a URL’s figures at once when set back to it, without asking again', async () => {
    stub();
    const first = feedSaying(json({ raised: 620 }));
    const el = await settled(html`<campaign-progress src=${first.src} goal="1000"></campaign-progress>`);
    const second = feedSaying(json({ raised: 150 }));
    const update = nextEventAt(el, 'campaign-progress-update');
    el.src = second.src;
    await update;
    el.src = first.src;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(network!.requests.map((request) => new URL(request.url).pathname)).to.deep.equal([
      first.src,
      second.src,
    ]);
  });

  it('keeps each URL’s last good totals for its own failures, never another’s', async () => {
    stub();
    const el = await settled(
      html`<campaign-progress src=${feedSaying(json({ raised: 620 })).src} goal="1000"></campaign-progress>`,
    );
    const next = feedSaying('network-error');
    storeCopy(next.src, { raised: 140 }, HOUR);
    await captureWarnings(async () => {
      const error = nextEventAt(el, 'campaign-progress-error');
      el.src = next.src;
      await error;
      await el.updateComplete;
    });
    expect(part(el, 'summary').textContent).to.equal('$140 raised of $1,000 goal');
    expect(freshness(el)).to.equal('Last updated 1 hour ago');
  });
});

describe('the live region: a new total, told once', () => {
  it('announces a changed total once: not the first render, not a poll that brings nothing new', async () => {
    freeze();
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    const region = liveRegion(el);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent!.trim(), 'after the first render').to.equal('');
    await pollQuietly(el);
    expect(region.textContent!.trim(), 'after the same answer').to.equal('');

    feed.say(json({ raised: 700 }));
    await poll(el, 'campaign-progress-update');
    expect(region.textContent!.trim()).to.equal('$700 raised of $1,000 goal');
    // A screen reader speaks a live region when its text changes: nothing may change again.
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    await pollQuietly(el);
    observer.disconnect();
    expect(changes).to.deep.equal([]);
    expect(region.textContent!.trim()).to.equal('$700 raised of $1,000 goal');
    // Seen by no one: the region itself.
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('keeps its live regions in the accessibility tree while they are empty, so their first words are heard', async () => {
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    const el = await settled(html`<campaign-progress src=${feed.src} goal="1000"></campaign-progress>`);
    const regions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=status]')];
    expect(regions).to.have.length(2);
    for (const region of regions) {
      expect(region.textContent!.trim()).to.equal('');
      // display: none would take it out of the tree: a region added with its words is often not read.
      expect(getComputedStyle(region).display).not.to.equal('none');
    }
  });

  it('announces nothing when a widget with a fallback raised attribute gets its first feed answer', async () => {
    stub();
    const feed = feedSaying(json({ raised: 640 }));
    const el = await settled(
      html`<campaign-progress src=${feed.src} raised="600" goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$640 raised of $1,000 goal');
    expect(liveRegion(el).textContent!.trim()).to.equal('');
  });

  it('announces nothing for the page’s own changes', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000"></campaign-progress>`,
    );
    el.raised = 700;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$700 raised of $1,000 goal');
    // Without a feed there is no live region at all: nothing in it could be news.
    const region = el.shadowRoot!.querySelector('[role=status]:not([part])');
    expect(region?.textContent?.trim() ?? '').to.equal('');
  });

  it('announces nothing on a return visit whose total changed: its first figures are not news', async function () {
    // Two pages load, one after the other.
    this.timeout(20_000);
    const feed = campaign();
    const first = await pageView();
    await nextEventAt(first.widget(feed.src), 'campaign-progress-update');
    await feed.set({ raised: 700, goal: 1000, currency: 'USD', donors: 15 });

    const second = await pageView();
    const el = second.widget(feed.src) as CampaignProgress;
    const revalidated = nextEventAt(el, 'campaign-progress-update');
    await el.updateComplete;
    expect(part(el, 'summary').textContent, 'the stored copy').to.equal('$620 raised of $1,000 goal');
    await revalidated;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$700 raised of $1,000 goal');
    expect(liveRegion(el).textContent!.trim()).to.equal('');
  });

  it('announces a later change after a return visit’s first answer', async () => {
    freeze();
    stub();
    const feed = feedSaying(json({ raised: 640 }));
    storeCopy(feed.src, { raised: 620 }, DAY);
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$640 raised of $1,000 goal');
    expect(liveRegion(el).textContent!.trim(), 'after the first answer').to.equal('');
    feed.say(json({ raised: 700 }));
    await poll(el, 'campaign-progress-update');
    expect(liveRegion(el).textContent!.trim()).to.equal('$700 raised of $1,000 goal');
  });

  it('announces nothing for a new src’s first figures: a new campaign, not news', async () => {
    stub();
    const el = await settled(
      html`<campaign-progress src=${feedSaying(json({ raised: 620 })).src} goal="1000"></campaign-progress>`,
    );
    const update = nextEventAt(el, 'campaign-progress-update');
    el.src = feedSaying(json({ raised: 150 })).src;
    await update;
    await el.updateComplete;
    expect(liveRegion(el).textContent!.trim()).to.equal('');
  });
});

describe('the fill, when the total changes', () => {
  it('moves to the new total with a transition', async () => {
    freeze();
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    finishTransitions(el);
    feed.say(json({ raised: 700 }));
    await poll(el, 'campaign-progress-update');
    const moving = el
      .shadowRoot!.getAnimations()
      .filter((animation) => (animation.effect as KeyframeEffect).target === part(el, 'fill'));
    expect(moving.map((animation) => (animation as CSSTransition).transitionProperty)).to.deep.equal([
      'transform',
    ]);
    expect(drawnFill(el)).to.be.closeTo(0.7, 0.01);
  });

  it('stays still on a poll that brings nothing new', async () => {
    freeze();
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    const el = await settled(
      html`<campaign-progress src=${feed.src} refresh="60" goal="1000"></campaign-progress>`,
    );
    finishTransitions(el);
    await pollQuietly(el);
    expect(el.shadowRoot!.getAnimations()).to.deep.equal([]);
  });
});

describe('loading="lazy"', () => {
  /** A page with the widget far below the fold, past a tall spacer. */
  async function belowTheFold(src: string, lazy = true) {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const spacer = document.createElement('div');
    // Through CSSOM: the test page's Content-Security-Policy allows no style attribute.
    spacer.style.blockSize = '500vh';
    const el = document.createElement('campaign-progress');
    if (lazy) el.setAttribute('loading', 'lazy');
    el.setAttribute('goal', '1000');
    el.src = src;
    page.append(spacer, el);
    await el.updateComplete;
    return el;
  }

  afterEach(() => window.scrollTo(0, 0));

  it('asks nothing until the widget nears the viewport, then loads', async () => {
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    const el = await belowTheFold(feed.src);
    // Two frames: the intersection observer has reported where the widget is.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    await pause(50);
    expect(network!.requests).to.have.length(0);
    const update = nextEventAt(el, 'campaign-progress-update');
    el.scrollIntoView();
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(network!.requests).to.have.length(1);
  });

  it('starts loading about 300 px before the widget scrolls into view', async () => {
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    const el = await belowTheFold(feed.src);
    const settle = async () => {
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      await pause(50);
    };
    // Its top 400 px below the viewport's bottom: not yet.
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - innerHeight - 400);
    await settle();
    expect(network!.requests, '400 px away').to.have.length(0);
    // 200 px below: within the margin.
    const update = nextEventAt(el, 'campaign-progress-update');
    window.scrollBy(0, 200);
    await update;
    expect(network!.requests, '200 px away').to.have.length(1);
    expect(el.getBoundingClientRect().top - innerHeight).to.be.closeTo(200, 1);
  });

  it('loads a widget far below the fold at once without it', async () => {
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    const update = nextEventAt(document, 'campaign-progress-update');
    const el = await belowTheFold(feed.src, false);
    await update;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
  });

  it('shows what the feed answered while it waited below the fold, once it comes near', async () => {
    stub();
    const answer = held(json({ raised: 620 }));
    const feed = feedSaying(answer.promise);
    const top = await fixture<CampaignProgress>(
      html`<campaign-progress src=${feed.src} goal="1000"></campaign-progress>`,
    );
    const el = await belowTheFold(feed.src);
    const update = nextEventAt(top, 'campaign-progress-update');
    answer.release();
    await update;
    // The lazy widget was not listening yet when the answer came: it must take it when it does.
    const ready = nextEventAt(el, 'campaign-progress-update');
    el.scrollIntoView();
    await ready;
    await el.updateComplete;
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(part(el, 'status').textContent).to.equal('');
    expect(network!.requests).to.have.length(1);
  });

  it('shows at once what another widget on the page already loaded, asking nothing more', async () => {
    stub();
    const feed = feedSaying(json({ raised: 620 }));
    await settled(html`<campaign-progress src=${feed.src} goal="1000"></campaign-progress>`);
    const el = await belowTheFold(feed.src);
    await waitUntil(() => part(el, 'summary').textContent !== '', 'the figures in hand');
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(network!.requests).to.have.length(1);
  });
});

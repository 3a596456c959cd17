/**
 * The shared feed on its own (src/feed.ts), as the host of the totals and the page see it: how
 * many requests it makes and when. One request per URL however many widgets read it, polls at the
 * shortest refresh, backs off while it fails, keeps quiet while the page is hidden, and keeps a
 * stored copy for the next page view. The clock is faked (sinon): only timers and the date, so
 * fetch, promises and the network stub run as usual.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { Feed, feedFor, nextDelay } from '../src/feed.js';
import { until } from './helpers.js';
import { json, stubNetwork, type Answer, type Network } from './network.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 3, 12, 12);

let network: Network;
let clock: sinon.SinonFakeTimers;
/** Every subscription a test makes, ended after it. */
const leaves: (() => void)[] = [];
/** Every stored copy's key a test may have written, removed after it. */
const keys: string[] = [];

beforeEach(() => {
  network = stubNetwork();
  clock = sinon.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // A known jitter: every wait is its base plus 5 %.
  sinon.stub(Math, 'random').returns(0.5);
});

afterEach(async () => {
  for (const leave of leaves.splice(0)) leave();
  // A feed lets go of its request a microtask after its last subscriber leaves.
  await null;
  clock.restore();
  sinon.restore();
  network.restore();
  for (const key of keys.splice(0)) localStorage.removeItem(key);
  setHidden(false);
});

/** The stored copy's key for a feed URL. */
function keyOf(url: string) {
  const key = `campaign-progress ${url}`;
  keys.push(key);
  return key;
}

/**
 * A feed URL whose requests get `answers` in turn (the last one again once they run out);
 * `times` has when each request came, in ms since the test began.
 */
function feedAnswering(...answers: Answer[]) {
  const times: number[] = [];
  const path = network.route(() => {
    times.push(Date.now() - START);
    const answer = answers[Math.min(times.length - 1, answers.length - 1)];
    return answer instanceof Response ? answer.clone() : answer;
  });
  const url = new URL(path, document.baseURI).href;
  keyOf(url);
  return { url, times };
}

/** Subscribes to `feed` the way a widget does; `calls` counts what it is told. */
function subscribe(feed: Feed, refresh = 0, timeout = 10 * SECOND) {
  const subscriber = { calls: 0, leave: () => {} };
  subscriber.leave = feed.subscribe(() => subscriber.calls++, { refresh, timeout });
  leaves.push(subscriber.leave);
  return subscriber;
}

/** Waits until `feed` has its answer (or its failure) in hand. */
const answered = (feed: Feed) => until(() => !feed.loading, 'an answer from the feed');

/** Moves the clock on by `ms`, then lets any request it started be answered. */
async function wait(feed: Feed, ms: number) {
  await clock.tickAsync(ms);
  await answered(feed);
}

/**
 * Runs the clock's timers one at a time, each request answered before the clock moves on, until
 * the first timer after `ms` from now has run.
 */
async function runTimers(feed: Feed, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() <= end && clock.countTimers()) {
    await clock.nextAsync();
    await answered(feed);
  }
}

/** Hides the page, or shows it again, as switching tabs does. */
function setHidden(hidden: boolean) {
  if (hidden) Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  else delete (document as { hidden?: boolean }).hidden;
}

/** Hides or shows the page and tells it so. */
function switchTab(hidden: boolean) {
  setHidden(hidden);
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('nextDelay: when a feed asks again', () => {
  it('never, for a feed that loads once and has its answer', () => {
    expect(nextDelay(0, 0)).to.equal(undefined);
  });

  it('after the refresh interval, plus up to a tenth of it at random', () => {
    expect(nextDelay(60 * SECOND, 0, 0)).to.equal(60 * SECOND);
    expect(nextDelay(60 * SECOND, 0, 0.5)).to.equal(63 * SECOND);
    expect(nextDelay(60 * SECOND, 0, 0.9999)).to.be.within(65.99 * SECOND, 66 * SECOND);
  });

  it('spreads readers who opened the page together over a tenth of the interval', () => {
    const delays = Array.from({ length: 1000 }, (_, index) => nextDelay(60 * SECOND, 0, index / 1000)!);
    expect(Math.min(...delays)).to.equal(60 * SECOND);
    expect(Math.max(...delays)).to.be.within(65.9 * SECOND, 66 * SECOND);
    expect(new Set(delays).size).to.equal(1000);
  });

  it('waits twice as long after each failure in a row', () => {
    expect([1, 2, 3].map((failures) => nextDelay(60 * SECOND, failures, 0))).to.deep.equal([
      120 * SECOND,
      240 * SECOND,
      480 * SECOND,
    ]);
  });

  it('retries a feed that loads once 15 s after it fails, then 30 s, 1 minute…', () => {
    expect([1, 2, 3, 4].map((failures) => nextDelay(0, failures, 0))).to.deep.equal([
      15 * SECOND,
      30 * SECOND,
      60 * SECOND,
      120 * SECOND,
    ]);
    expect(nextDelay(0, 1, 0.5)).to.equal(15.75 * SECOND);
  });

  it('never waits more than 10 minutes after a failure, however long the feed has failed', () => {
    for (const refresh of [0, 15 * SECOND, 60 * SECOND, 5 * MINUTE])
      for (const failures of [7, 8, 10, 100, 2000])
        for (const random of [0, 0.5, 0.9999])
          expect(nextDelay(refresh, failures, random), `${refresh} ms, ${failures} failures`).to.equal(
            10 * MINUTE,
          );
  });

  it('polls a feed that refreshes hourly every hour, not every 10 minutes', () => {
    expect(nextDelay(HOUR, 0, 0)).to.equal(HOUR);
    expect(nextDelay(HOUR, 0, 0.5)).to.equal(1.05 * HOUR);
  });

  it('never waits longer than a timer can, which would fire at once', () => {
    // The longest refresh the widget accepts, just under 2^31 ms, plus its jitter.
    expect(nextDelay(2 ** 31 - 1000, 0, 0.9999)).to.equal(2 ** 31 - 1);
  });
});

describe('one feed per URL', () => {
  it('is the same feed for the same URL, however the page writes it', () => {
    const { url } = feedAnswering(json({ raised: 1 }));
    const path = new URL(url).pathname;
    expect(feedFor(path)).to.equal(feedFor(url));
    expect(feedFor(`.${path.slice(path.lastIndexOf('/'))}`).url).to.equal(
      new URL(`.${path.slice(path.lastIndexOf('/'))}`, document.baseURI).href,
    );
    expect(feedFor(feedAnswering(json({ raised: 2 })).url)).not.to.equal(feedFor(url));
  });

  it('costs one request for any number of subscribers, and tells them all', async () => {
    const { url } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    const subscribers = Array.from({ length: 100 }, () => subscribe(feed));
    await answered(feed);
    expect(network.requests.length).to.equal(1);
    expect(feed.json).to.deep.equal({ raised: 620 });
    expect(subscribers.every((subscriber) => subscriber.calls > 0)).to.equal(true);
  });

  it('gives a later subscriber the answer in hand, without asking again', async () => {
    const { url } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed);
    await answered(feed);
    subscribe(feed);
    await answered(feed);
    expect(network.requests.length).to.equal(1);
  });

  it('aborts its request when its last subscriber leaves, and tells no one of it', async () => {
    const { url } = feedAnswering('never');
    const feed = feedFor(url);
    const subscriber = subscribe(feed);
    await until(() => network.requests.length === 1, 'the request');
    const calls = subscriber.calls;
    subscriber.leave();
    await null;
    expect(network.requests[0].signal.aborted).to.equal(true);
    expect(feed.loading).to.equal(false);
    expect(feed.failure).to.equal(undefined);
    expect(subscriber.calls).to.equal(calls);
  });

  it('keeps its request while one subscriber is left', async () => {
    const { url } = feedAnswering('never');
    const feed = feedFor(url);
    const [first] = [subscribe(feed), subscribe(feed)];
    await until(() => network.requests.length === 1, 'the request');
    first.leave();
    await null;
    expect(network.requests[0].signal.aborted).to.equal(false);
  });

  it('keeps its request when a widget is moved within the page (it leaves and comes back at once)', async () => {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const url = new URL(
      network.route(async () => {
        await held;
        return json({ raised: 620 });
      }),
      document.baseURI,
    ).href;
    const feed = feedFor(url);
    const subscriber = subscribe(feed);
    await until(() => network.requests.length === 1, 'the request');
    subscriber.leave();
    const moved = subscribe(feed);
    await null;
    answer();
    await answered(feed);
    expect(network.requests.length).to.equal(1);
    expect(network.requests[0].signal.aborted).to.equal(false);
    expect(feed.json).to.deep.equal({ raised: 620 });
    expect(moved.calls).to.be.above(0);
  });

  it('stops polling when its last subscriber leaves', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    const subscriber = subscribe(feed, MINUTE);
    await answered(feed);
    subscriber.leave();
    await wait(feed, HOUR);
    expect(times).to.deep.equal([0]);
  });
});

describe('refresh', () => {
  it('asks again every refresh interval (and its jitter), not before', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed, MINUTE);
    await answered(feed);
    await wait(feed, 63 * SECOND - 1);
    expect(times).to.deep.equal([0]);
    await wait(feed, 1);
    await wait(feed, 63 * SECOND);
    await wait(feed, 63 * SECOND);
    expect(times).to.deep.equal([0, 63, 126, 189].map((s) => s * SECOND));
  });

  it('loads once when no subscriber asks for a refresh', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed);
    subscribe(feed, 0);
    await answered(feed);
    await wait(feed, DAY);
    expect(times).to.deep.equal([0]);
  });

  it('polls at the shortest refresh its subscribers ask for, and at the next once that one leaves', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed, 5 * MINUTE);
    subscribe(feed);
    const eager = subscribe(feed, MINUTE);
    await answered(feed);
    await wait(feed, 63 * SECOND);
    expect(times).to.deep.equal([0, 63 * SECOND]);
    eager.leave();
    // The poll it had planned still comes; then every 5 minutes.
    await wait(feed, 63 * SECOND);
    await wait(feed, 315 * SECOND - 1);
    expect(times).to.deep.equal([0, 63, 126].map((s) => s * SECOND));
    await wait(feed, 1);
    await wait(feed, 315 * SECOND);
    expect(times).to.deep.equal([0, 63, 126, 441, 756].map((s) => s * SECOND));
  });

  it('asks at once for a subscriber whose refresh the figures in hand are already older than', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed);
    await answered(feed);
    await wait(feed, 2 * MINUTE);
    subscribe(feed, MINUTE);
    await answered(feed);
    expect(times).to.deep.equal([0, 2 * MINUTE]);
  });

  it('keeps its plan when a widget is moved within the page: a move never postpones a poll', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    let subscriber = subscribe(feed, MINUTE);
    await answered(feed);
    // A page that moves its widget every 50 s (a slideshow, say) must still see it refresh.
    for (const poll of [1, 2]) {
      await wait(feed, 50 * SECOND);
      subscriber.leave();
      subscriber = subscribe(feed, MINUTE);
      await wait(feed, 13 * SECOND);
      expect(times, `poll ${poll}`).to.deep.equal([0, 63, 126].slice(0, poll + 1).map((s) => s * SECOND));
    }
  });

  it('asks with the browser’s cache revalidating, and only headers that need no CORS preflight', async () => {
    const { url } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed, MINUTE);
    await answered(feed);
    await wait(feed, 63 * SECOND);
    expect(network.requests).to.have.length(2);
    for (const request of network.requests) {
      expect(request.method).to.equal('GET');
      expect(request.cache).to.equal('no-cache');
      expect(request.credentials).to.equal('omit');
      // Accept with a value under 128 bytes is CORS-safelisted; If-None-Match is not.
      expect([...request.headers]).to.deep.equal([['accept', 'application/json']]);
    }
  });

  it('tells no one of an answer that has not changed, and everyone of one that has', async () => {
    const { url } = feedAnswering(json({ raised: 620 }), json({ raised: 620 }), json({ raised: 635 }));
    const feed = feedFor(url);
    const subscriber = subscribe(feed, MINUTE);
    await answered(feed);
    const first = feed.json;
    const calls = subscriber.calls;
    await wait(feed, 63 * SECOND);
    expect(subscriber.calls, 'after the same answer').to.equal(calls);
    expect(feed.json).to.equal(first);
    await wait(feed, 63 * SECOND);
    expect(subscriber.calls, 'after a new total').to.equal(calls + 1);
    expect(feed.json).to.deep.equal({ raised: 635 });
  });
});

describe('when the feed fails', () => {
  it('backs off: 15 s, 30 s, 1 minute… after each failure of a feed that loads once, never over 10 minutes', async () => {
    const { url, times } = feedAnswering('network-error');
    const feed = feedFor(url);
    subscribe(feed);
    await answered(feed);
    await runTimers(feed, HOUR);
    const gaps = times
      .filter((time) => time < HOUR)
      .slice(1)
      .map((time, index) => (time - times[index]) / SECOND);
    expect(gaps).to.deep.equal([15.75, 31.5, 63, 126, 252, 504, 600, 600, 600, 600]);
    expect(feed.failure).to.deep.equal({ reason: 'network', message: 'the feed could not be reached' });
  });

  it('costs the host 5 requests in 30 minutes from a reader polling every minute while it is down', async () => {
    const { url, times } = feedAnswering(new Response('Service Unavailable', { status: 503 }));
    const feed = feedFor(url);
    subscribe(feed, MINUTE);
    await answered(feed);
    await runTimers(feed, 30 * MINUTE);
    expect(times.filter((time) => time < 30 * MINUTE)).to.deep.equal(
      [0, 126, 378, 882, 1482].map((s) => s * SECOND),
    );
  });

  it('counts no answer within the timeout as a failure, and backs off from it', async () => {
    const { url, times } = feedAnswering('never', json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed, 0, 3 * SECOND);
    await until(() => network.requests.length === 1, 'the request');
    await clock.tickAsync(3 * SECOND - 1);
    expect(feed.loading).to.equal(true);
    await wait(feed, 1);
    expect(feed.failure).to.deep.equal({ reason: 'timeout', message: 'no answer within 3 s' });
    expect(network.requests[0].signal.aborted).to.equal(true);
    await wait(feed, 15.75 * SECOND);
    expect(times).to.deep.equal([0, 18.75 * SECOND]);
    expect(feed.failure).to.equal(undefined);
    expect(feed.json).to.deep.equal({ raised: 620 });
  });

  it('keeps the last good answer while it fails, and tells its subscribers of each failure', async () => {
    const { url } = feedAnswering(json({ raised: 620 }), new Response('', { status: 502 }));
    const feed = feedFor(url);
    const subscriber = subscribe(feed, MINUTE);
    await answered(feed);
    const calls = subscriber.calls;
    await wait(feed, 63 * SECOND);
    expect(feed.json).to.deep.equal({ raised: 620 });
    expect(feed.failure).to.deep.equal({ reason: 'http', message: 'the feed answered 502' });
    expect(subscriber.calls).to.equal(calls + 1);
    await wait(feed, 126 * SECOND);
    expect(subscriber.calls).to.equal(calls + 2);
  });

  it('keeps its backoff when widgets arrive or move while it fails: they ask nothing sooner', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }), 'network-error');
    const feed = feedFor(url);
    const first = subscribe(feed, MINUTE);
    await answered(feed);
    await wait(feed, 63 * SECOND);
    expect(feed.failure?.reason).to.equal('network');
    // The figures are now older than the refresh, but the next try is the backoff's, in 126 s.
    await clock.tickAsync(10 * SECOND);
    for (let i = 0; i < 6; i++) subscribe(feed, MINUTE);
    first.leave();
    subscribe(feed, MINUTE);
    await null;
    expect(times).to.deep.equal([0, 63 * SECOND]);
    await wait(feed, 116 * SECOND);
    expect(times).to.deep.equal([0, 63 * SECOND, 189 * SECOND]);
  });

  it('goes back to its refresh once the feed recovers, and tells of the recovery though the figures are the same', async () => {
    const { url, times } = feedAnswering(
      json({ raised: 620 }),
      'network-error',
      'network-error',
      json({ raised: 620 }),
    );
    const feed = feedFor(url);
    const subscriber = subscribe(feed, MINUTE);
    await answered(feed);
    await wait(feed, 63 * SECOND);
    await wait(feed, 126 * SECOND);
    const calls = subscriber.calls;
    await wait(feed, 252 * SECOND);
    expect(feed.failure).to.equal(undefined);
    expect(subscriber.calls).to.equal(calls + 1);
    await wait(feed, 63 * SECOND);
    const gaps = times.slice(1).map((time, index) => (time - times[index]) / SECOND);
    expect(gaps).to.deep.equal([63, 126, 252, 63]);
  });
});

describe('while the page is hidden', () => {
  it('asks nothing for an hour, then once, at once, when the reader comes back', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed, MINUTE);
    await answered(feed);
    switchTab(true);
    await wait(feed, HOUR);
    expect(times).to.deep.equal([0]);
    switchTab(false);
    await answered(feed);
    expect(times).to.deep.equal([0, HOUR]);
    // Then on its refresh again, not in a burst.
    await wait(feed, 63 * SECOND - 1);
    expect(times).to.have.length(2);
    await wait(feed, 1);
    expect(times).to.deep.equal([0, HOUR, HOUR + 63 * SECOND]);
  });

  it('asks nothing on return when the figures are younger than the refresh', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed, MINUTE);
    await answered(feed);
    switchTab(true);
    await wait(feed, 30 * SECOND);
    switchTab(false);
    await wait(feed, 0);
    expect(times).to.deep.equal([0]);
    await wait(feed, 33 * SECOND);
    expect(times).to.deep.equal([0, 63 * SECOND]);
  });

  it('does not retry a failing feed either, until the reader comes back', async () => {
    const { url, times } = feedAnswering('network-error', json({ raised: 620 }));
    const feed = feedFor(url);
    subscribe(feed);
    await answered(feed);
    switchTab(true);
    await wait(feed, HOUR);
    expect(times).to.deep.equal([0]);
    switchTab(false);
    await answered(feed);
    expect(times).to.deep.equal([0, HOUR]);
    expect(feed.json).to.deep.equal({ raised: 620 });
  });

  it('wakes no feed that has no subscribers left', async () => {
    const { url, times } = feedAnswering(json({ raised: 620 }));
    const feed = feedFor(url);
    const subscriber = subscribe(feed, MINUTE);
    await answered(feed);
    switchTab(true);
    await wait(feed, 2 * MINUTE);
    subscriber.leave();
    await null;
    switchTab(false);
    await wait(feed, HOUR);
    expect(times).to.deep.equal([0]);
  });
});

describe('the stored copy, for the next page view', () => {
  it('is the last good answer, with when it came', async () => {
    const { url } = feedAnswering(json({ raised: 620 }), 'network-error');
    const feed = feedFor(url);
    subscribe(feed, MINUTE);
    await answered(feed);
    expect(JSON.parse(localStorage.getItem(keyOf(url))!)).to.deep.equal({ at: START, json: { raised: 620 } });
    // A failure stores nothing: the next page view still has the last good figures.
    await wait(feed, 63 * SECOND);
    expect(feed.failure).not.to.equal(undefined);
    expect(JSON.parse(localStorage.getItem(keyOf(url))!)).to.deep.equal({ at: START, json: { raised: 620 } });
  });

  it('is there at once on the next page view, then revalidated and replaced', async () => {
    const { url, times } = feedAnswering(json({ raised: 700 }));
    localStorage.setItem(keyOf(url), JSON.stringify({ at: START - 3 * DAY, json: { raised: 620 } }));
    const feed = new Feed(url);
    expect(feed.json).to.deep.equal({ raised: 620 });
    expect(feed.at).to.equal(START - 3 * DAY);
    expect(feed.stored).to.equal(true);
    const subscriber = subscribe(feed);
    await answered(feed);
    expect(times, 'asked at once').to.deep.equal([0]);
    expect(feed.json).to.deep.equal({ raised: 700 });
    expect(feed.at).to.equal(START);
    expect(feed.stored).to.equal(false);
    expect(subscriber.calls).to.equal(1);
    expect(JSON.parse(localStorage.getItem(keyOf(url))!)).to.deep.equal({ at: START, json: { raised: 700 } });
  });

  it('stays, marked as stored, when the feed cannot be reached', async () => {
    const { url } = feedAnswering('network-error');
    localStorage.setItem(keyOf(url), JSON.stringify({ at: START - HOUR, json: { raised: 620 } }));
    const feed = new Feed(url);
    subscribe(feed);
    await answered(feed);
    expect(feed.failure?.reason).to.equal('network');
    expect(feed.json).to.deep.equal({ raised: 620 });
    expect(feed.at).to.equal(START - HOUR);
  });

  it('is used up to a week old, and not once older', () => {
    const { url } = feedAnswering(json({ raised: 1 }));
    localStorage.setItem(keyOf(url), JSON.stringify({ at: START - 7 * DAY + MINUTE, json: { raised: 620 } }));
    expect(new Feed(url).json).to.deep.equal({ raised: 620 });
    localStorage.setItem(keyOf(url), JSON.stringify({ at: START - 7 * DAY, json: { raised: 620 } }));
    const feed = new Feed(url);
    expect(feed.json).to.equal(undefined);
    expect(feed.at).to.equal(undefined);
    expect(feed.stored).to.equal(false);
  });

  const corrupt = [
    ['not JSON', '{"at": 17'],
    ['null', 'null'],
    ['a string', '"campaign"'],
    ['without a time', JSON.stringify({ json: { raised: 620 } })],
    ['with a time that is not a number', JSON.stringify({ at: 'yesterday', json: { raised: 620 } })],
  ];
  for (const [name, entry] of corrupt) {
    it(`is simply not used when the entry is ${name}`, async () => {
      const { url } = feedAnswering(json({ raised: 700 }));
      localStorage.setItem(keyOf(url), entry);
      const feed = new Feed(url);
      expect(feed.json).to.equal(undefined);
      expect(feed.stored).to.equal(false);
      subscribe(feed);
      await answered(feed);
      expect(feed.json).to.deep.equal({ raised: 700 });
      expect(JSON.parse(localStorage.getItem(keyOf(url))!)).to.deep.equal({
        at: START,
        json: { raised: 700 },
      });
    });
  }

  it('is simply not used when storage throws on reading (private mode, disabled)', async () => {
    const { url } = feedAnswering(json({ raised: 700 }));
    localStorage.setItem(keyOf(url), JSON.stringify({ at: START - HOUR, json: { raised: 620 } }));
    sinon
      .stub(Storage.prototype, 'getItem')
      .throws(new DOMException('The operation is insecure.', 'SecurityError'));
    const feed = new Feed(url);
    expect(feed.json).to.equal(undefined);
    subscribe(feed);
    await answered(feed);
    expect(feed.json).to.deep.equal({ raised: 700 });
    expect(feed.failure).to.equal(undefined);
  });

  it('is simply not kept when storage is full, and the answer still reaches every subscriber', async () => {
    const { url } = feedAnswering(json({ raised: 700 }));
    const setItem = sinon
      .stub(Storage.prototype, 'setItem')
      .throws(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const feed = new Feed(url);
    const subscriber = subscribe(feed);
    await answered(feed);
    expect(setItem.called, 'tried to store it').to.equal(true);
    expect(feed.json).to.deep.equal({ raised: 700 });
    expect(feed.failure).to.equal(undefined);
    expect(subscriber.calls).to.be.above(0);
  });

  it('is simply not used when the page may not touch storage at all', async () => {
    const { url } = feedAnswering(json({ raised: 700 }));
    // As with cookies blocked in Chrome: reading window.localStorage itself throws.
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const feed = new Feed(url);
      subscribe(feed);
      await answered(feed);
      expect(feed.json).to.deep.equal({ raised: 700 });
      expect(feed.failure).to.equal(undefined);
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(window.localStorage).to.be.an.instanceOf(Storage);
  });
});

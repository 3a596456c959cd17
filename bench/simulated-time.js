// Loaded by the benchmark's live pages before the widget's script: simulated time, so that an hour
// of polling takes a second, with real requests to the real (local) feed server.
//
// The page's setTimeout, clearTimeout and Date are sinon's fake timers; nothing else is faked, so
// fetch, requestAnimationFrame and performance.now stay real. `bench.advance(ms)` moves the fake
// clock on from one pending timer to the next and, after each, waits in real time until every
// request it started has been answered and read: so a poll's request timeout never fires while
// the answer is on its way over the (real) network, and the next poll is planned when the widget
// really plans it. Whether the page is hidden is emulated (`bench.setHidden`): document.hidden and
// visibilityState are overridden on the document and a visibilitychange is dispatched, as the
// browser does when the tab goes to the background, in both engines alike.
import { useFakeTimers } from '/sinon-esm.js';

const realSetTimeout = setTimeout.bind(window);
const clock = useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });

// When each pending fake timer is due: sinon's clock can run to the next timer, but only one at a
// time; this finds the time, so that every timer due then fires together.
const due = new Map();
const fakeSetTimeout = window.setTimeout;
const fakeClearTimeout = window.clearTimeout;
window.setTimeout = (callback, delay = 0, ...args) => {
  const id = fakeSetTimeout(() => {
    due.delete(id);
    callback(...args);
  }, delay);
  due.set(id, clock.now + Math.max(Number(delay) || 0, 0));
  return id;
};
window.clearTimeout = (id) => {
  due.delete(id);
  fakeClearTimeout(id);
};

// Requests started and not yet read to the end (the widget reads every answer's body).
let inFlight = 0;
const realFetch = window.fetch.bind(window);
const readers = ['arrayBuffer', 'bytes', 'text', 'json', 'blob', 'formData'];
window.fetch = (...args) => {
  inFlight++;
  let done = () => {
    inFlight--;
    done = () => {};
  };
  return realFetch(...args).then(
    (response) => {
      for (const reader of readers.filter((reader) => reader in response)) {
        const read = response[reader].bind(response);
        response[reader] = () => read().finally(() => done());
      }
      return response;
    },
    (error) => {
      done();
      throw error;
    },
  );
};

// A task of its own, through a message channel: no setTimeout clamping when waits are chained.
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()();
const task = () =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/**
 * Waits until the requests in flight are answered and read, and what follows them has run; for
 * at most `patience` ms of real time (a stalled request is answered only by its timeout, later;
 * and an answer no one reads must not hang the benchmark).
 */
async function settle(patience = 30_000) {
  await task();
  const start = performance.now();
  while (inFlight > 0 && performance.now() - start < patience) await task();
  await task();
}

let hidden = false;
Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
Object.defineProperty(document, 'visibilityState', {
  configurable: true,
  get: () => (hidden ? 'hidden' : 'visible'),
});

window.bench = {
  /** The real setTimeout, for the page's own measurements. */
  realSetTimeout,
  /** Moves simulated time on by `ms`, firing the timers due on the way, each after the last settled. */
  async advance(ms, patience) {
    const end = clock.now + ms;
    for (;;) {
      await settle(patience);
      const next = Math.min(...due.values());
      if (next > end) break;
      clock.tick(Math.max(next - clock.now, 0));
    }
    clock.tick(end - clock.now);
  },
  /**
   * Fires the pending timers in turn (on a page whose only timers are polls, the next poll) until
   * every widget shows a summary other than before, and returns the real milliseconds from the
   * last of them until the next frame is drawn; `undefined` when none has changed them in 10 s.
   */
  async nextPoll() {
    const widgets = [...document.querySelectorAll('campaign-progress')];
    const summary = (el) => el.shadowRoot.querySelector('[part=summary]').textContent;
    const before = widgets.map(summary);
    const given = performance.now();
    let start;
    do {
      const next = Math.min(...due.values());
      if (next === Infinity || performance.now() - given > 10_000) return undefined;
      start = performance.now();
      clock.tick(Math.max(next - clock.now, 0));
      await settle();
    } while (!widgets.every((el, i) => summary(el) !== before[i]));
    await new Promise((resolve) => requestAnimationFrame(() => realSetTimeout(resolve)));
    return performance.now() - start;
  },
  /** Hides the page, or shows it again, as switching tabs does. */
  setHidden(value) {
    hidden = value;
    document.dispatchEvent(new Event('visibilitychange'));
  },
  settle,
};

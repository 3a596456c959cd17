// The live-feed rows of npm run bench, in one browser: feed requests counted by the feed server
// (scripts/feed-server.mjs, under /feed/ on the bench's own server), in simulated time where time
// matters (bench/simulated-time.js: sinon's fake timers in the page, real requests); the first
// painted total with and without the stored copy; a new total reaching 1,000 widgets after a poll.
import { MANY } from './pages.mjs';

const POLLS = 4;
const REFRESH = 15;
const HOUR = 3_600_000;

/**
 * Adds the live rows to the table. `load(path)` opens a page and resolves to `{ drawn }` once its
 * widgets are drawn; `row(name, what, values by build, note)` adds a row; `median` of a list.
 */
export async function measureLive({ tab, name, origin, buildNames, load, row, median, runs, liveRuns }) {
  let serial = 0;
  const campaign = (what) => `${name}-${what}-${++serial}`.toLowerCase();
  const feed = (id, query = '') => `/feed/totals.json?campaign=${id}${query}`;
  const requests = async (id) =>
    (await (await fetch(`${origin}/feed/_stats?campaign=${id}`)).json()).requests;
  const setTotals = (id, totals) =>
    fetch(`${origin}/feed/_set?campaign=${id}`, { method: 'POST', body: JSON.stringify(totals) });
  const pagePath = (build, count, src, { refresh = '', clock = true } = {}) =>
    `/page?count=${count}&mode=live&build=${build}&clock=${clock ? 1 : 0}&refresh=${refresh}` +
    `&src=${encodeURIComponent(src)}`;
  // A page in simulated time, once its script runs (its first request is on its way by then).
  const open = async (path) => {
    await tab.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 0 });
    await tab.waitForFunction("window.bench && customElements.get('campaign-progress')", { timeout: 0 });
  };
  const advance = (ms, patience) => tab.evaluate((...args) => window.bench.advance(...args), ms, patience);
  const perBuild = async (measure) => {
    const results = {};
    for (const build of buildNames) {
      results[build] = [];
      for (let run = 0; run < liveRuns; run++) results[build].push(await measure(build));
    }
    return results;
  };
  const medians = (results, key, format = String) =>
    Object.fromEntries(
      Object.entries(results).map(([build, list]) => {
        const values = list.map((result) => result[key]).filter((value) => value !== undefined);
        return [build, values.length ? format(median(values)) : 'n/a'];
      }),
    );
  const noteOf = (results, text) => {
    const build = buildNames[0];
    return text((key) => median(results[build].map((result) => result[key])));
  };
  const ms = (value) => `${value.toFixed(1)} ms`;

  // Requests per refresh, and a new total reaching every widget after a poll. The campaign's
  // `updated` is old, so that no widget's "Updated …" line changes meanwhile: the polls are then
  // the page's only timers. Each poll lands 15 to 16.5 s after the last answer (refresh=15 and its
  // tenth of jitter), so 66 simulated seconds hold exactly four refreshes: per refresh, a page
  // whose widgets each polled would count one request per widget.
  const totals = (step) => ({
    raised: 620 + 15 * step,
    goal: 1000,
    currency: 'USD',
    donors: 14 + step,
    updated: '2026-04-12T10:00:00Z',
  });
  const shown = {};
  for (const count of [1, 100, MANY]) {
    const results = await perBuild(async (build) => {
      const id = campaign(`refresh-${count}`);
      await setTotals(id, totals(0));
      await open(pagePath(build, count, feed(id), { refresh: REFRESH }));
      await tab.waitForFunction('window.benchDrawn !== undefined', { timeout: 0 });
      const loaded = await requests(id);
      await advance(POLLS * REFRESH * 1100);
      const perRefresh = ((await requests(id)) - loaded) / POLLS;
      const times = [];
      for (let step = 1; step <= 3; step++) {
        await setTotals(id, totals(step));
        const time = await tab.evaluate(() => window.bench.nextPoll());
        if (time !== undefined) times.push(time);
      }
      return { loaded, perRefresh, shown: times.length ? median(times) : undefined };
    });
    const widgets = `${count.toLocaleString('en')} widget${count > 1 ? 's' : ''}`;
    row(
      name,
      `feed requests per refresh: ${widgets} on one feed`,
      medians(results, 'perRefresh', (value) => value.toFixed(2)),
      noteOf(results, (m) => `refresh=${REFRESH}, ${POLLS} polls in simulated time; ${m('loaded')} on load`),
    );
    shown[widgets] = results;
  }
  for (const [widgets, results] of Object.entries(shown)) {
    row(
      name,
      `new total after a poll: ${widgets}, drawn`,
      medians(results, 'shown', ms),
      'from the poll to the next frame, request included',
    );
  }
  // Beside it, the same new total set by script on each of 1,000 widgets: the poll's own share is the difference.
  const bySetting = await perBuild(async (build) => {
    await load(`/page?count=${MANY}&mode=attributes&build=${build}`);
    const times = [];
    for (let step = 1; step <= 3; step++) {
      times.push(
        await tab.evaluate(
          async (raised) => {
            const widgets = [...document.querySelectorAll('campaign-progress')];
            const start = performance.now();
            for (const el of widgets) el.raised = raised;
            await Promise.all(widgets.map((el) => el.updateComplete));
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
            return performance.now() - start;
          },
          620 + 15 * step,
        ),
      );
    }
    return { shown: median(times) };
  });
  row(
    name,
    `new total set by script: ${MANY.toLocaleString('en')} widgets (raised), drawn`,
    medians(bySetting, 'shown', ms),
    'the same update without a feed',
  );

  // An hour with the page hidden (emulated: see bench/simulated-time.js), beside an hour shown.
  const hour = await perBuild(async (build) => {
    const hidden = campaign('hidden');
    await open(pagePath(build, 1, feed(hidden), { refresh: 60 }));
    await tab.evaluate(() => window.bench.settle());
    const before = await requests(hidden);
    await tab.evaluate((ms) => {
      window.bench.setHidden(true);
      return window.bench.advance(ms);
    }, HOUR);
    const whileHidden = (await requests(hidden)) - before;
    await tab.evaluate(() => {
      window.bench.setHidden(false);
      return window.bench.settle();
    });
    const onReturn = (await requests(hidden)) - before - whileHidden;
    const shownPage = campaign('shown');
    await open(pagePath(build, 1, feed(shownPage), { refresh: 60 }));
    await advance(HOUR);
    return { whileHidden, onReturn, shown: await requests(shownPage) };
  });
  row(
    name,
    'feed requests in a simulated hour, page hidden',
    medians(hour, 'whileHidden'),
    noteOf(hour, (m) => `refresh=60; then ${m('onReturn')} on return; page shown: ${m('shown')}`),
  );

  // Thirty minutes against a failing feed, from the page's first request.
  const failing = [
    ['answering 503', '&status=503', 60],
    ['answering 503', '&status=503', ''],
    // A stalled request ends at its 10 s timeout, in simulated time: wait 0.5 s of real time for it.
    ['not answering (timeouts)', '&stall=1', 60, 500],
    ['answering 200 (for comparison)', '', 60],
  ];
  for (const [how, query, refresh, patience] of failing) {
    const results = await perBuild(async (build) => {
      const id = campaign('failing');
      await open(pagePath(build, 1, feed(id, query), { refresh }));
      await advance(HOUR / 2, patience);
      return { requests: await requests(id) };
    });
    row(
      name,
      `feed requests in 30 simulated minutes, feed ${how}`,
      medians(results, 'requests'),
      refresh ? `refresh=${refresh}` : 'no refresh (load once)',
    );
  }

  // The first painted total of one widget: from attributes; from the feed on a first visit (no
  // stored copy, nothing in the HTTP cache: a campaign of its own each time) and on a return
  // visit (the same page again: the stored copy, and a 304); and from a feed 300 ms away.
  const paint = Object.fromEntries(
    ['attributes', 'first', 'stored', 'slow first', 'slow stored'].map((key) => [
      key,
      Object.fromEntries(buildNames.map((build) => [build, []])),
    ]),
  );
  for (let run = 0; run < runs; run++) {
    for (const build of buildNames) {
      paint.attributes[build].push((await load(`/page?count=1&mode=attributes&build=${build}`)).drawn);
      for (const [prefix, query] of [
        ['', ''],
        ['slow ', '&delay=300'],
      ]) {
        const path = pagePath(build, 1, feed(campaign('paint'), query), { clock: false });
        paint[`${prefix}first`][build].push((await load(path)).drawn);
        paint[`${prefix}stored`][build].push((await load(path)).drawn);
      }
    }
  }
  const paintRow = (what, key, note = '') =>
    row(
      name,
      `first painted total: 1 widget, ${what}`,
      Object.fromEntries(buildNames.map((build) => [build, ms(median(paint[key][build]))])),
      note,
    );
  const loads = `${runs} page loads`;
  paintRow('raised/goal attributes', 'attributes', loads);
  paintRow('feed, first visit', 'first', loads);
  paintRow('feed, return visit (stored copy)', 'stored', loads);
  paintRow('feed 300 ms away, first visit', 'slow first', loads);
  paintRow('feed 300 ms away, return visit (stored copy)', 'slow stored', loads);
}

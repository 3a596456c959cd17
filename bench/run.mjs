// npm run bench: how fast the built widget gets on screen and updates, and how many requests its
// live feed costs (bench/live.mjs), in headless Chromium and Firefox, served from 127.0.0.1. Prints
// medians over repeated page loads; asserts nothing.
//
//   BENCH_RUNS=15         page loads per row for the small pages (the 1,000-widget pages take a third)
//   BENCH_MANY_RUNS=5     page loads per row for the 1,000-widget pages
//   BENCH_DIST=…          the built file to measure (default dist/campaign-progress.js)
//   BENCH_CANDIDATE=…     a second built file with tiers, measured in the same run beside it (a change to try)
//   BENCH_BASELINE=…      a built file from before tiers, beside them too, e.g. an older commit's
//   BENCH_BROWSERS=…      Chromium,Firefox (default both)
//   BENCH_LIVE_RUNS=3     page loads per row for the live feed's request counts and polls
//   BENCH_PEER_RUNS=…     page loads per page in the peer table (default BENCH_MANY_RUNS); 0: no peers
//   BENCH_ONLY=peers      the peer table alone, for a change to the widget's cost on a page of many
//
// bench/profile.mjs breaks the 1,000-widget page down by trace event in Chromium; bench/compare.mjs
// puts built files side by side in one page, for changes worth a few per cent on a busy machine.
// The peer table (bench/peers.mjs) sets the widget beside other libraries' progress bars, fetched
// into a cache on first use (scripts/bench-peers.mjs).
import puppeteer from 'puppeteer-core';
import { peerBuilds } from '../scripts/bench-peers.mjs';
import { chromiumArgs, chromiumPath, firefoxPath } from '../scripts/browsers.mjs';
import { measureLive } from './live.mjs';
import { MANY, copyWidget, serve } from './pages.mjs';
import { measurePeers } from './peers.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const MANY_RUNS = Number(process.env.BENCH_MANY_RUNS ?? Math.max(3, Math.round(RUNS / 3)));
const LIVE_RUNS = Number(process.env.BENCH_LIVE_RUNS ?? 3);
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS ?? MANY_RUNS);
const PEERS_ONLY = process.env.BENCH_ONLY === 'peers';
const UPDATES = 1000;
const builds = { current: process.env.BENCH_DIST ?? 'dist/campaign-progress.js' };
if (process.env.BENCH_CANDIDATE) builds.candidate = process.env.BENCH_CANDIDATE;
if (process.env.BENCH_BASELINE) builds.baseline = process.env.BENCH_BASELINE;
const buildNames = Object.keys(builds);
// Builds that know tiers: all but the baseline.
const withTiers = buildNames.filter((build) => build !== 'baseline');
const peerFiles = PEER_RUNS > 0 ? await peerBuilds() : {};
const { origin, statics, counts, close } = await serve(builds, peerFiles);
const started = performance.now();

const browsers = {
  Chromium: () =>
    puppeteer.launch({
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    }),
  Firefox: () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
    }),
};
const only = process.env.BENCH_BROWSERS?.split(',');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;
const µs = (value) => `${(value * 1000).toFixed(0)} µs`;
const mb = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MB`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
// One row per measurement: browser, what, one column per build, a note.
const rows = [];
const row = (name, what, values, note = '') =>
  rows.push([name, what, ...buildNames.map((build) => values[build] ?? '—'), note]);
const peerTables = [];

for (const [name, launch] of Object.entries(browsers)) {
  if (only && !only.includes(name)) continue;
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    // The loaded page's two times; for the 1,000-widget pages (measure = true) in Chromium also the
    // main thread's CPU time (thread ticks, which other work on a busy machine barely moves), the
    // Performance domain's other counters (durations in ms) and the JS heap after a garbage
    // collection, each from a fresh start on about:blank.
    const cdp = name === 'Chromium' ? await tab.createCDPSession() : undefined;
    const load = async (path, measure = false) => {
      if (measure && cdp) {
        await tab.goto('about:blank');
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      }
      await tab.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 0 });
      await tab.waitForFunction('window.benchDrawn !== undefined', { timeout: 0 });
      const [done, drawn] = await tab.evaluate('[window.benchDone, window.benchDrawn]');
      if (!measure || !cdp) return { done, drawn };
      const metrics = Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [
          name,
          name.endsWith('Duration') ? value * 1000 : value,
        ]),
      );
      await cdp.send('Performance.disable');
      await cdp.send('HeapProfiler.collectGarbage');
      const { JSHeapUsedSize: heap } = await tab.metrics();
      return { done, drawn, cpu: metrics.TaskDuration, heap, metrics };
    };

    const peerTable = () =>
      measurePeers({
        tab,
        name,
        load,
        median,
        runs: PEER_RUNS,
        build: buildNames[0],
        peerNames: Object.keys(peerFiles),
        statics,
      });
    if (PEERS_ONLY) {
      peerTables.push(await peerTable());
      continue;
    }

    for (const [count, mode] of [
      [1, 'attributes'],
      [100, 'attributes'],
      [20, 'feed'],
    ]) {
      const times = {};
      let requests = 0;
      for (const build of buildNames) {
        times[build] = [];
        for (let run = 0; run < RUNS; run++) {
          counts.feedRequests = 0;
          times[build].push((await load(`/page?count=${count}&mode=${mode}&build=${build}`)).done);
          requests = Math.max(requests, counts.feedRequests);
        }
      }
      const what = `${count} widget${count > 1 ? 's' : ''} from ${mode === 'feed' ? 'one shared feed' : 'attributes'}`;
      row(
        name,
        `on screen: ${what}`,
        Object.fromEntries(buildNames.map((build) => [build, ms(median(times[build]))])),
        mode === 'feed' ? `${requests} feed request(s)` : '',
      );
    }

    // The cost of one re-render: a new raised amount, formatted and drawn.
    const perUpdate = {};
    for (const build of buildNames) {
      await load(`/page?count=1&mode=attributes&build=${build}`);
      perUpdate[build] = await tab.evaluate(async (updates) => {
        const el = document.querySelector('campaign-progress');
        const start = performance.now();
        for (let i = 0; i < updates; i++) {
          el.raised = 100 + i;
          await el.updateComplete;
        }
        return (performance.now() - start) / updates;
      }, UPDATES);
    }
    row(
      name,
      'update: a new raised amount, re-rendered',
      Object.fromEntries(buildNames.map((build) => [build, µs(perUpdate[build])])),
      `mean of ${UPDATES}`,
    );

    // One widget with the six tiers: a tier hovered until its gift is drawn on the thermometer,
    // and a new raised amount, each until style and layout are done (median of single updates).
    const hovered = {};
    const raised = {};
    let note = `median of ${UPDATES}`;
    for (const build of withTiers) {
      await load(`/page?count=1&mode=tiers&build=${build}`);
      const result = await tab.evaluate(async (updates) => {
        const el = document.querySelector('campaign-progress');
        const root = el.shadowRoot;
        const links = [...root.querySelectorAll('[part~=tier]')];
        const list = root.querySelector('[part=tiers] ul');
        if (links.length !== 6 || !list) return undefined;
        const preview = root.querySelector('[part=preview]');
        const fill = root.querySelector('[part=fill]');
        const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
        const timed = async (change, drawn) => {
          const start = performance.now();
          change();
          await el.updateComplete;
          drawn.getBoundingClientRect();
          return performance.now() - start;
        };
        const over = () => new PointerEvent('pointerover', { bubbles: true, composed: true });
        const hover = [];
        for (let i = 0; i < updates; i++) {
          const link = links[i % links.length];
          hover.push(await timed(() => link.dispatchEvent(over()), preview));
        }
        list.dispatchEvent(new PointerEvent('pointerleave'));
        await el.updateComplete;
        const raised = [];
        for (let i = 0; i < updates; i++) raised.push(await timed(() => (el.raised = 600 + (i % 50)), fill));
        return { hover: median(hover), raised: median(raised), isolated: crossOriginIsolated };
      }, UPDATES);
      hovered[build] = result ? µs(result.hover) : 'n/a';
      raised[build] = result ? µs(result.raised) : 'n/a';
      if (result && !result.isolated) note = `median of ${UPDATES}, coarse timer`;
    }
    row(name, 'update, six tiers: a tier hovered, its gift drawn', hovered, note);
    row(name, 'update, six tiers: a new raised amount, drawn', raised, note);

    // 1,000 widgets on one page beside the same markup as static HTML, taken from one widget's
    // rendered shadow tree. Loads alternate between the pages, so that drift hits them alike.
    const variants = [];
    for (const build of buildNames) {
      for (const mode of withTiers.includes(build) ? ['attributes', 'tiers'] : ['attributes']) {
        await load(`/page?count=1&mode=${mode}&build=${build}`);
        statics[`${build} ${mode}`] = await tab.evaluate(copyWidget);
        variants.push({
          build,
          mode,
          kind: 'widgets',
          path: `/page?count=${MANY}&mode=${mode}&build=${build}`,
        });
        variants.push({
          build,
          mode,
          kind: 'static',
          path: `/static?count=${MANY}&mode=${mode}&build=${build}`,
        });
      }
    }
    for (const variant of variants) Object.assign(variant, { drawn: [], cpu: [], heap: [] });
    for (let run = 0; run < MANY_RUNS; run++) {
      for (const variant of run % 2 ? [...variants].reverse() : variants) {
        const { drawn, cpu, heap } = await load(variant.path, true);
        variant.drawn.push(drawn);
        if (cpu !== undefined) variant.cpu.push(cpu);
        if (heap !== undefined) variant.heap.push(heap);
      }
    }
    const many = (mode, kind, key) =>
      Object.fromEntries(
        variants
          .filter((variant) => variant.mode === mode && variant.kind === kind && variant[key].length)
          .map((variant) => [variant.build, median(variant[key])]),
      );
    const loads = `${MANY_RUNS} page loads`;
    for (const [mode, label] of [
      ['attributes', `${MANY} widgets`],
      ['tiers', `${MANY} widgets with six tiers`],
    ]) {
      const [widgets, copies] = ['widgets', 'static'].map((kind) => many(mode, kind, 'drawn'));
      row(name, `drawn: ${label}`, map(widgets, ms), loads);
      row(name, `drawn: ${label}, same markup as static HTML`, map(copies, ms), loads);
      row(
        name,
        `drawn: ${label}, widgets / static`,
        map(widgets, (value, build) => ratio(value, copies[build])),
      );
      const [cpu, staticCpu] = ['widgets', 'static'].map((kind) => many(mode, kind, 'cpu'));
      const [heap, staticHeap] = ['widgets', 'static'].map((kind) => many(mode, kind, 'heap'));
      if (cdp) {
        row(name, `main-thread CPU: ${label}`, map(cpu, ms), 'thread time, until drawn');
        row(name, `main-thread CPU: ${label}, static HTML`, map(staticCpu, ms), 'thread time, until drawn');
        row(
          name,
          `main-thread CPU: ${label}, widgets / static`,
          map(cpu, (value, build) => ratio(value, staticCpu[build])),
        );
      }
      const heapOf = (values) => (cdp ? map(values, mb) : map(widgets, () => 'n/a'));
      row(name, `JS heap: ${label}`, heapOf(heap), cdp ? 'after a GC' : 'no heap figure over WebDriver BiDi');
      row(name, `JS heap: ${label}, static HTML`, heapOf(staticHeap), cdp ? 'after a GC' : '');
    }

    if (Object.keys(peerFiles).length) peerTables.push(await peerTable());

    await measureLive({ tab, name, origin, buildNames, load, row, median, runs: RUNS, liveRuns: LIVE_RUNS });
  } finally {
    await browser.close();
  }
}
close();

function map(values, format) {
  return Object.fromEntries(Object.entries(values).map(([build, value]) => [build, format(value, build)]));
}

if (rows.length) printRows();

function printRows() {
  console.log(
    `${Object.entries(builds)
      .map(([build, path]) => `${build}: ${path}`)
      .join(
        ', ',
      )}; ${RUNS} page loads per row, ${MANY_RUNS} for ${MANY} widgets (medians, from navigation start):`,
  );
  const header = ['', '', ...buildNames, ''];
  const table = buildNames.length > 1 ? [header, ...rows] : rows;
  const columns = 2 + buildNames.length;
  const width = Array.from({ length: columns }, (_, i) => Math.max(...table.map((cells) => cells[i].length)));
  for (const cells of table) {
    console.log(
      cells
        .map((cell, i) => (i < columns ? cell.padEnd(width[i]) : cell))
        .join('  ')
        .trimEnd(),
    );
  }
}
for (const { header, rows, verdict } of peerTables) {
  console.log(
    `\n${MANY} widgets from attributes beside peers, ${PEER_RUNS} page loads each in turn (medians, from navigation` +
      ' start; in Chromium thread time by the Performance domain). "Its static": the widget\'s own card, or for a' +
      ' peer the same figures, as static HTML:',
  );
  printTable([header, ...rows]);
  if (verdict) console.log(verdict);
}
console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);

/** Columns padded to their widest cell. */
function printTable(table) {
  const width = table[0].map((_, i) => Math.max(...table.map((cells) => cells[i].length)));
  for (const cells of table)
    console.log(
      cells
        .map((cell, i) => cell.padEnd(width[i]))
        .join('  ')
        .trimEnd(),
    );
}

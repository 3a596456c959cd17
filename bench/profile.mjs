// node bench/profile.mjs: where the time goes on a page of 1,000 widgets in Chromium, beside the
// same markup as static HTML. For each page, the medians over PROFILE_RUNS loads of: the time until
// drawn, the Performance domain's counters, and the main thread's time by trace event, in thread
// time (CPU time on that thread), which other work on a busy machine barely moves.
//
//   BENCH_DIST=… BENCH_BASELINE=…   as for run.mjs, or PROFILE_BUILDS=name=path,name=path,…
//   PROFILE_MODES=attributes,tiers   PROFILE_RUNS=3   PROFILE_SAVE=dir (keeps each trace)
//   PROFILE_PEERS=shoelace,material,webawesome   the peers' pages too (scripts/bench-peers.mjs), and
//                                                the figures as static HTML, beside the attributes mode
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { peerBuilds } from '../scripts/bench-peers.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.mjs';
import { MANY, copyWidget, serve } from './pages.mjs';

const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const COUNT = Number(process.env.PROFILE_COUNT ?? MANY);
const modes = (process.env.PROFILE_MODES ?? 'attributes,tiers').split(',');
const builds = process.env.PROFILE_BUILDS
  ? Object.fromEntries(process.env.PROFILE_BUILDS.split(',').map((pair) => pair.split('=')))
  : { current: process.env.BENCH_DIST ?? 'dist/campaign-progress.js' };
if (!process.env.PROFILE_BUILDS && process.env.BENCH_BASELINE) builds.baseline = process.env.BENCH_BASELINE;
const peerNames = process.env.PROFILE_PEERS?.split(',') ?? [];
const peerFiles = peerNames.length ? await peerBuilds() : {};
const { origin, statics, close } = await serve(builds, peerFiles);

// Trace events by kind, first match wins; each event counts its self time (its thread time less
// that of the events nested in it), so the kinds add up to the main thread's busy time.
const kinds = [
  ['GC', /GC|Scavenge|Sweep|Mark/],
  [
    'script: JS, upgrades, Lit renders',
    /^(v8\.|V8\.|EvaluateScript|FunctionCall|RunMicrotasks|AsyncTask|CustomElement|HTMLConstructor|TimerFire|FireAnimationFrame|TimerBase|EventDispatch)/,
  ],
  [
    'style recalc',
    /^(UpdateLayoutTree|Document::recalcStyle|Document::updateStyle|StyleEngine|Document::updateActiveStyle|ScheduleStyleRecalculation)/,
  ],
  ['layout tree build', /^Document::rebuildLayoutTree/],
  ['layout (with container style)', /^(Layout$|LocalFrameView::performLayout|InlineNode|Layout)/],
  ['pre-paint, paint', /^(PrePaint|Paint|Layerize|Blink\.|CullRect|UpdateLayer|Commit|PaintArtifact)/],
  ['HTML parse', /^(ParseHTML|TextResourceDecoder|HTMLPreloadScanner|HTMLDocumentParser)/],
];
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.gc',
  'blink',
  ...(process.env.PROFILE_CATEGORIES?.split(',') ?? []),
];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const columns = [];
try {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  const measure = async (path, save) => {
    await tab.goto('about:blank');
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.tracing.start({ categories });
    await tab.goto(`${origin}${path}`);
    await tab.waitForFunction('window.benchDrawn !== undefined', { timeout: 60_000 });
    const drawn = await tab.evaluate('window.benchDrawn');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString());
    await cdp.send('Performance.disable');
    if (save) writeFileSync(save, JSON.stringify(trace));
    const metric = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    // The page's main thread: where its HTML was parsed.
    const events = trace.traceEvents;
    const page = path.split('?')[0];
    const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes(`${page}?`));
    const main = events
      .filter((e) => e.pid === parse?.pid && e.tid === parse?.tid && e.ph === 'X')
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    for (const event of main) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
      const time = (event.tdur ?? event.dur ?? 0) / 1000;
      self.set(event, (self.get(event) ?? 0) + time);
      if (stack.length) self.set(stack.at(-1), (self.get(stack.at(-1)) ?? 0) - time);
      stack.push(event);
    }
    const sample = {
      'drawn (wall) ms': drawn,
      'main thread, busy ms': main
        .filter((e) => e.name === 'RunTask')
        .reduce((t, e) => t + (e.tdur ?? e.dur) / 1000, 0),
    };
    const byKind = Object.fromEntries([...kinds.map(([kind]) => [kind, 0]), ['other', 0]]);
    for (const [event, time] of self) {
      byKind[kinds.find(([, pattern]) => pattern.test(event.name))?.[0] ?? 'other'] += time;
    }
    for (const [kind, time] of Object.entries(byKind)) sample[`  ${kind} ms`] = time;
    Object.assign(sample, {
      RecalcStyleCount: metric.RecalcStyleCount,
      'RecalcStyleDuration ms': metric.RecalcStyleDuration * 1000,
      LayoutCount: metric.LayoutCount,
      'LayoutDuration ms': metric.LayoutDuration * 1000,
      'ScriptDuration ms': metric.ScriptDuration * 1000,
      'JSHeapUsedSize MB': metric.JSHeapUsedSize / 2 ** 20,
      Nodes: metric.Nodes,
    });
    return sample;
  };
  for (const mode of modes) {
    // The static copy is the first build's: the same visible markup for every column.
    const first = Object.keys(builds)[0];
    await tab.goto(`${origin}/page?count=1&mode=${mode}&build=${first}`);
    await tab.waitForFunction('window.benchDrawn !== undefined');
    const copy = await tab.evaluate(copyWidget);
    statics[`${first} ${mode}`] = copy;
    if (process.env.PROFILE_STATIC_STRIP) {
      statics[`${first} ${mode}`].css = copy.css.replaceAll(process.env.PROFILE_STATIC_STRIP, '');
    }
    const variants = [
      ...Object.keys(builds).map((build) => ({
        what: `${build} ${mode}`,
        path: `/page?count=${COUNT}&mode=${mode}&build=${build}`,
      })),
      { what: `static ${mode}`, path: `/static?count=${COUNT}&mode=${mode}&build=${first}` },
      ...(mode === 'attributes' && peerNames.length
        ? [
            ...peerNames
              .filter((peer) => peerFiles[peer])
              .map((peer) => ({ what: peer, path: `/peers?count=${COUNT}&peer=${peer}` })),
            { what: 'figures', path: `/figures?count=${COUNT}` },
          ]
        : []),
    ].map((variant) => ({ ...variant, samples: [] }));
    for (let run = 0; run < RUNS; run++) {
      for (const variant of variants) {
        const save =
          process.env.PROFILE_SAVE &&
          `${process.env.PROFILE_SAVE}/${variant.what.replace(' ', '-')}-${run}.json`;
        variant.samples.push(await measure(variant.path, save));
      }
    }
    for (const { what, samples } of variants) {
      columns.push({
        what,
        values: Object.fromEntries(
          Object.keys(samples[0]).map((key) => [key, median(samples.map((s) => s[key]))]),
        ),
      });
    }
  }
} finally {
  await browser.close();
  close();
}
const keys = Object.keys(columns[0].values);
const width = Math.max(...keys.map((key) => key.length));
const colWidth = Math.max(12, ...columns.map((c) => c.what.length + 1));
console.log(
  `Chromium, ${COUNT} widgets, medians of ${RUNS} loads; durations are main-thread thread time except "wall"`,
);
console.log(''.padEnd(width), ...columns.map((c) => c.what.padStart(colWidth)));
for (const key of keys) {
  console.log(
    key.padEnd(width),
    ...columns.map((c) =>
      (Number.isInteger(c.values[key]) ? String(c.values[key]) : (c.values[key]?.toFixed(1) ?? '—')).padStart(
        colWidth,
      ),
    ),
  );
}

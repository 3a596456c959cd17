// The peer rows of npm run bench, in one browser: a page of 1,000 widgets from attributes, as a
// campaign directory lists them, beside the same figures as static HTML and beside the lightest
// progress bars of three component libraries (scripts/bench-peers.mjs), each with the figures as
// the page's light-DOM text. The pages are loaded in turn, round after round (the order reversed
// every other round), so that a busy machine's drift hits them alike. In Chromium, the Performance
// domain's counters from navigation until drawn; Firefox has none over WebDriver BiDi, so there only
// the time until drawn. The widget twice: as the page's direct children, inline until defined (their
// change to blocks when defined rebuilds the page's layout tree around them), and with the page's own
// `campaign-progress:not(:defined) { display: block }`, as the peers' bars sit in block cards.
import { peers } from '../scripts/bench-peers.mjs';
import { MANY, copyWidget, nodesPerWidget } from './pages.mjs';

const FEW = MANY / 10;

/**
 * The peer table's rows for this browser. `load(path, true)` opens a page and resolves to
 * `{ drawn, metrics }` once drawn (`metrics`, Chromium's Performance counters, in Chromium only).
 */
export async function measurePeers({ tab, name, load, median, runs, build, peerNames, statics }) {
  // The widget's own card (one widget's rendered shadow tree and its styles) as static HTML: what
  // its markup costs without the element, beside the peers' plain cards below.
  await load(`/page?count=1&mode=attributes&build=${build}`);
  statics[`${build} attributes`] = await tab.evaluate(copyWidget);
  const pages = [
    { what: `campaign-progress (${build})`, path: `/page?count=${MANY}&mode=attributes&build=${build}` },
    {
      what: `campaign-progress (${build}), :not(:defined) a block`,
      path: `/page?count=${MANY}&mode=attributes&build=${build}&block=1`,
    },
    {
      what: `campaign-progress (${build})'s card as static HTML`,
      path: `/static?count=${MANY}&mode=attributes&build=${build}`,
    },
    ...peerNames.map((peer) => ({ what: peers[peer].title, path: `/peers?count=${MANY}&peer=${peer}` })),
    { what: 'the figures as static HTML', path: `/figures?count=${MANY}` },
  ].map((page) => ({ ...page, samples: [], fewer: [] }));
  for (let run = 0; run < runs; run++) {
    for (const page of run % 2 ? [...pages].reverse() : pages) {
      const { drawn, metrics } = await load(page.path, true);
      page.samples.push({ drawn, ...metrics });
      page.nodes ??= await tab.evaluate(nodesPerWidget);
      // The same page with a tenth of the widgets: its style recalculations must be as many, not
      // a tenth (one per widget would be a widget's own recalculation, as container queries cost).
      const { metrics: fewer } = await load(page.path.replace(`count=${MANY}`, `count=${FEW}`), true);
      if (fewer) page.fewer.push(fewer.RecalcStyleCount);
    }
  }
  const of = (page, key) => median(page.samples.map((sample) => sample[key]));
  const figures = pages.at(-1);
  const ratio = (page, key) => `${(of(page, key) / of(figures, key)).toFixed(2)}×`;
  const ms = (value) => `${value.toFixed(0)} ms`;
  const chromium = pages[0].samples[0].TaskDuration !== undefined;
  const header = chromium
    ? [
        'drawn',
        'drawn / static',
        'main thread',
        'main thread / static',
        'script',
        'layout',
        'style',
        'style recalcs',
        `style recalcs, ${FEW} widgets`,
        'nodes / widget',
      ]
    : ['drawn', 'drawn / static', 'nodes / widget'];
  const rows = pages.map((page) => [
    name,
    page.what,
    ms(of(page, 'drawn')),
    ratio(page, 'drawn'),
    ...(chromium
      ? [
          ms(of(page, 'TaskDuration')),
          ratio(page, 'TaskDuration'),
          ms(of(page, 'ScriptDuration')),
          ms(of(page, 'LayoutDuration')),
          ms(of(page, 'RecalcStyleDuration')),
          String(of(page, 'RecalcStyleCount')),
          String(median(page.fewer)),
        ]
      : []),
    page.nodes.toFixed(0),
  ]);
  return { header: ['', '', ...header], rows };
}

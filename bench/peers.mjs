// The peer rows of npm run bench, in one browser: a page of 1,000 widgets from attributes, as a
// campaign directory lists them, beside the same figures as static HTML and beside the lightest
// progress bars of three component libraries (scripts/bench-peers.mjs), each with the figures as
// the page's light-DOM text. The pages are loaded in turn, round after round (the order reversed
// every other round), so that a busy machine's drift hits them alike. In Chromium, the Performance
// domain's counters from navigation until drawn; Firefox has none over WebDriver BiDi, so there only
// the time until drawn. The widget three times: each in a card of the directory's, as the peers'
// bars are; as the page's direct children, inline until defined (1,000 inline elements of any kind
// turning into blocks rebuild the page's layout tree around them in Chromium); and bare with the
// page's own `campaign-progress:not(:defined) { display: block }`, the README's reserve rule. Each
// page is set beside its own static HTML: the widget's own card (its rendered shadow tree and
// styles, copied), or a peer's figures; and all beside the figures.
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
  // Each page beside its own static HTML, the measure: the widget beside its own card as
  // static HTML, each peer beside the same figures as static HTML (`of` names it).
  const ownCard = `campaign-progress (${build})'s card as static HTML`;
  const figuresPage = 'the figures as static HTML';
  const pages = [
    {
      what: `campaign-progress (${build}), each in a card`,
      path: `/page?count=${MANY}&mode=attributes&build=${build}&card=1`,
      of: ownCard,
    },
    {
      what: `campaign-progress (${build}), bare children of the page`,
      path: `/page?count=${MANY}&mode=attributes&build=${build}`,
      of: ownCard,
    },
    {
      what: `campaign-progress (${build}), bare, :not(:defined) a block`,
      path: `/page?count=${MANY}&mode=attributes&build=${build}&block=1`,
      of: ownCard,
    },
    { what: ownCard, path: `/static?count=${MANY}&mode=attributes&build=${build}`, of: ownCard },
    ...peerNames.map((peer) => ({
      what: peers[peer].title,
      path: `/peers?count=${MANY}&peer=${peer}`,
      of: figuresPage,
    })),
    { what: figuresPage, path: `/figures?count=${MANY}`, of: figuresPage },
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
  const named = (what) => pages.find((page) => page.what === what);
  const ratio = (page, key, to = named(page.of)) => (of(page, key) / of(to, key)).toFixed(2) + '×';
  const ms = (value) => `${value.toFixed(0)} ms`;
  const chromium = pages[0].samples[0].TaskDuration !== undefined;
  const header = [
    'drawn',
    'drawn / its static',
    ...(chromium ? ['main thread', 'main thread / its static'] : []),
    'drawn / the figures',
    ...(chromium ? ['script', 'layout', 'style', 'style recalcs', `style recalcs, ${FEW} widgets`] : []),
    'nodes / widget',
  ];
  const rows = pages.map((page) => [
    name,
    page.what,
    ms(of(page, 'drawn')),
    ratio(page, 'drawn'),
    ...(chromium ? [ms(of(page, 'TaskDuration')), ratio(page, 'TaskDuration')] : []),
    ratio(page, 'drawn', named(figuresPage)),
    ...(chromium
      ? [
          ms(of(page, 'ScriptDuration')),
          ms(of(page, 'LayoutDuration')),
          ms(of(page, 'RecalcStyleDuration')),
          String(of(page, 'RecalcStyleCount')),
          String(median(page.fewer)),
        ]
      : []),
    page.nodes.toFixed(0),
  ]);
  // The issue's test: the widget in a card, as the peers' bars are, costs no more over its own
  // static HTML than the lightest peer over its figures.
  const over = (page) => of(page, 'drawn') / of(named(page.of), 'drawn');
  const lightest = pages
    .filter((page) => page.of === figuresPage && page.what !== figuresPage)
    .sort((a, b) => over(a) - over(b))[0];
  const verdict = lightest
    ? `${name}: in a card, the widget costs ${over(pages[0]).toFixed(2)}× its own card as static HTML; ` +
      `the lightest peer, ${lightest.what}, ${over(lightest).toFixed(2)}× its figures ` +
      `(${over(pages[0]) <= over(lightest) ? 'no more' : 'MORE'})`
    : undefined;
  return { header: ['', '', ...header], rows, verdict };
}

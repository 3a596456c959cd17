// The benchmark's pages and the server that serves them from 127.0.0.1, shared by run.mjs and
// profile.mjs. `builds` maps a name to a built file's path; each page loads one of them. Live feeds
// come from the local feed server (scripts/feed-server.mjs) under /feed/, its campaigns frozen
// unless changed through its _set route or a URL's every=.
// BENCH_PAGE_HEAD=… is put in the widget pages' head, e.g. a page's own
// `<style>campaign-progress:not(:defined){display:block}</style>`, to measure its effect.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { peers } from '../scripts/bench-peers.mjs';
import { feedMiddleware } from '../scripts/feed-server.mjs';

export const MANY = 1000;

// The sample campaign's six impact tiers (../shared/SAMPLE-CAMPAIGN.md), as a blogger writes them.
export const tiers = [
  [45, 'covers one day of undercover investigations'],
  [240, 'covers six days of aftercare for a victim'],
  [455, 'covers seven days of legal advocacy'],
  [2540, 'covers one day of operations in a field office'],
  [4500, 'covers one rescue operation'],
  [18500, 'covers a national lawyer for a year'],
]
  .map(([amount, label]) => `<campaign-tier amount="${amount}">${label}</campaign-tier>`)
  .join('');

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

const widget = (i, mode, live) =>
  mode === 'live'
    ? `<campaign-progress src="${escapeAttribute(live.src)}"${live.refresh ? ` refresh="${live.refresh}"` : ''} heading="Appeal ${i}" donate-href="https://example.org/donate"></campaign-progress>`
    : mode === 'feed'
      ? `<campaign-progress src="/feed.json" goal="1000" heading="Appeal ${i}" donate-href="https://example.org/donate"></campaign-progress>`
      : mode === 'tiers'
        ? `<campaign-progress raised="620" goal="1000" heading="Appeal ${i}" donate-href="https://example.org/donate?amount={amount}">${tiers}</campaign-progress>`
        : `<campaign-progress raised="620" goal="1000" currency="USD" heading="Appeal ${i}" donate-href="https://example.org/donate"></campaign-progress>`;

// After the next frame: a task queued from requestAnimationFrame runs once that frame's style,
// layout and paint are done, in both engines. (The real setTimeout: under simulated time, the
// page's own is fake.)
const afterNextFrame =
  'new Promise((resolve) => requestAnimationFrame(() => (window.bench?.realSetTimeout ?? setTimeout)(resolve)))';

// The page records when every widget shows its figures (benchDone: in the DOM, before style and
// layout) and when they are drawn (benchDrawn: after the next frame), from the start of navigation.
// Live pages (mode=live&src=…&refresh=…) read a feed; with clock=1, in simulated time
// (bench/simulated-time.js, run before the widget's script). With block=1, the page makes the
// elements blocks before they are defined, as the README's rule reserving their room does (without
// its min-height, which is the widget's own height): undefined, they are inline.
const page = (
  count,
  mode,
  build,
  live,
  head = process.env.BENCH_PAGE_HEAD ?? '',
  carded = false,
) => `<!doctype html><html lang="en"><meta charset="utf-8">${head}<body>
${Array.from({ length: count }, (_, i) => (carded ? `<div class="card">${widget(i, mode, live)}</div>` : widget(i, mode, live))).join('\n')}
${live?.clock ? '<script type="module" src="/bench/simulated-time.js"></script>' : ''}
<script type="module" src="/dist/campaign-progress.js?build=${build}"></script>
<script type="module">
  const widgets = [...document.querySelectorAll('campaign-progress')];
  const shown = (el) => el.shadowRoot?.querySelector('[part=summary]')?.textContent;
  await customElements.whenDefined('campaign-progress');
  await new Promise((resolve) => {
    const check = () => (widgets.every(shown) ? resolve() : requestAnimationFrame(check));
    check();
  });
  window.benchDone = performance.now();
  await ${afterNextFrame};
  window.benchDrawn = performance.now();
</script></body></html>`;

// The same visible markup without the element: one widget's rendered shadow tree, copied into the
// light DOM once per widget, and its style sheet (:host made a class) once in the head.
const staticPage = ({ css, markup }, count) => `<!doctype html><html lang="en"><meta charset="utf-8">
<style>${css}</style><body>
${Array.from({ length: count }, (_, i) => `<div class="cp">${markup.replace('Appeal 0', `Appeal ${i}`)}</div>`).join('\n')}
<script type="module">
  window.benchDone = performance.now();
  await ${afterNextFrame};
  window.benchDrawn = performance.now();
</script></body></html>`;

// The figures a campaign directory lists, as the page's own light-DOM text around a peer's bar
// (peerPage) or around a plain one (figuresPage): what the widget shows from attributes.
const card = (i, bar) =>
  `<div class="card"><h2>Appeal ${i}</h2>${bar}<p>62%</p><p>$620 raised of $1,000 goal</p><a href="https://example.org/donate">Donate</a></div>`;

/** Run in a page: its DOM nodes (elements, text, comments, in shadow trees too) per `.card`, `.cp` or widget. */
export function nodesPerWidget() {
  const count = (node) =>
    1 +
    [...node.childNodes, ...(node.shadowRoot?.childNodes ?? [])].reduce(
      (sum, child) => sum + count(child),
      0,
    );
  const widgets = [...document.querySelectorAll('.card, .cp, campaign-progress')];
  return widgets.reduce((sum, widget) => sum + count(widget), 0) / widgets.length;
}

// A peer's page (scripts/bench-peers.mjs): its bar beside the figures, its one module file.
const peerPage = (
  { tag, markup },
  name,
  count,
) => `<!doctype html><html lang="en"><meta charset="utf-8"><body>
${Array.from({ length: count }, (_, i) => card(i, markup(62, `Appeal ${i}`))).join('\n')}
<script type="module" src="/peer/${name}.js"></script>
<script type="module">
  await customElements.whenDefined('${tag}');
  await Promise.all([...document.querySelectorAll('${tag}')].map((el) => el.updateComplete));
  window.benchDone = performance.now();
  await ${afterNextFrame};
  window.benchDrawn = performance.now();
</script></body></html>`;

// The figures as static HTML: the same cards with a plain bar, two divs, and no script.
const figuresPage = (count) => `<!doctype html><html lang="en"><meta charset="utf-8">
<style>.bar{height:1em;background:#f3f3f3}.bar>div{width:62%;height:100%;background:#c62828}</style><body>
${Array.from({ length: count }, (_, i) => card(i, '<div class="bar" role="progressbar" aria-valuenow="620" aria-valuemax="1000"><div></div></div>')).join('\n')}
<script type="module">
  window.benchDone = performance.now();
  await ${afterNextFrame};
  window.benchDrawn = performance.now();
</script></body></html>`;

/** Run in a page of one widget: its rendered shadow tree and its styles, for staticPage. */
export function copyWidget() {
  const el = document.querySelector('campaign-progress');
  const css = (el.constructor.elementStyles ?? [])
    .map(
      (sheet) =>
        sheet.cssText ?? [...(sheet.styleSheet ?? sheet).cssRules].map((rule) => rule.cssText).join('\n'),
    )
    .join('\n')
    .replace(/:host\(([^)]*)\)/g, '.cp$1')
    .replace(/:host/g, '.cp');
  return { css, markup: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '') };
}

/**
 * Serves /page?count&mode&build[&src&refresh&clock&block] (widgets), /static?count&mode&build (the copy,
 * once `statics[`${build} ${mode}`]` holds it), /peers?count&peer (a peer's bars, given the
 * peers' built files by name) and /figures?count (their figures as static HTML), /feed.json, the
 * feed server under /feed/, the builds' files and simulated time.
 */
export async function serve(builds, peerBuilds = {}) {
  const scripts = Object.fromEntries(
    Object.entries(builds).map(([build, path]) => [build, readFileSync(path)]),
  );
  const peerScripts = Object.fromEntries(
    Object.entries(peerBuilds).map(([name, path]) => [`/peer/${name}.js`, readFileSync(path)]),
  );
  const require = createRequire(import.meta.url);
  const modules = {
    '/sinon-esm.js': readFileSync(require.resolve('sinon/pkg/sinon-esm.js')),
    '/bench/simulated-time.js': readFileSync(new URL('simulated-time.js', import.meta.url)),
  };
  const feed = feedMiddleware({ every: 0 });
  const statics = {};
  const counts = { feedRequests: 0 };
  // Cross-origin isolated, so that performance.now() is fine enough for one update in both engines.
  const isolated = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cache-Control': 'no-store',
  };
  const server = createServer((request, response) =>
    feed(request, response, () => {
      const url = new URL(request.url, 'http://127.0.0.1');
      const build = url.searchParams.get('build');
      const count = Number(url.searchParams.get('count'));
      const mode = url.searchParams.get('mode');
      const live = {
        src: url.searchParams.get('src') ?? '',
        refresh: url.searchParams.get('refresh'),
        clock: url.searchParams.get('clock') === '1',
      };
      if (url.pathname === '/dist/campaign-progress.js' && scripts[build]) {
        response.writeHead(200, { 'Content-Type': 'text/javascript', ...isolated }).end(scripts[build]);
      } else if (url.pathname === '/feed.json') {
        counts.feedRequests++;
        response
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end('{"raised":620,"goal":1000,"donors":14}');
      } else if (url.pathname === '/page' && scripts[build]) {
        response
          .writeHead(200, { 'Content-Type': 'text/html', ...isolated })
          .end(
            page(
              count,
              mode,
              build,
              live,
              url.searchParams.get('block') === '1'
                ? '<style>campaign-progress:not(:defined){display:block}</style>'
                : undefined,
              url.searchParams.get('card') === '1',
            ),
          );
      } else if (modules[url.pathname]) {
        response
          .writeHead(200, { 'Content-Type': 'text/javascript', ...isolated })
          .end(modules[url.pathname]);
      } else if (peerScripts[url.pathname]) {
        response
          .writeHead(200, { 'Content-Type': 'text/javascript', ...isolated })
          .end(peerScripts[url.pathname]);
      } else if (url.pathname === '/peers' && peerBuilds[url.searchParams.get('peer')]) {
        const name = url.searchParams.get('peer');
        response
          .writeHead(200, { 'Content-Type': 'text/html', ...isolated })
          .end(peerPage(peers[name], name, count));
      } else if (url.pathname === '/figures') {
        response.writeHead(200, { 'Content-Type': 'text/html', ...isolated }).end(figuresPage(count));
      } else if (url.pathname === '/static' && statics[`${build} ${mode}`]) {
        const html = staticPage(statics[`${build} ${mode}`], count);
        response.writeHead(200, { 'Content-Type': 'text/html', ...isolated }).end(html);
      } else {
        response.writeHead(404).end();
      }
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    statics,
    counts,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

// npm run bench: how fast the built widget gets on screen and updates, in headless Chromium and
// Firefox, served from 127.0.0.1. Prints medians over repeated page loads; asserts nothing.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from '../scripts/browsers.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const script = readFileSync('dist/campaign-progress.js');
let feedRequests = 0;

const widget = (i, mode) =>
  mode === 'feed'
    ? `<campaign-progress src="/feed.json" goal="1000" heading="Appeal ${i}" donate-href="https://example.org/donate"></campaign-progress>`
    : `<campaign-progress raised="620" goal="1000" heading="Appeal ${i}" donate-href="https://example.org/donate"></campaign-progress>`;

// The page records when every widget shows its figures, measured from the start of navigation.
const page = (count, mode) => `<!doctype html><html lang="en"><meta charset="utf-8"><body>
${Array.from({ length: count }, (_, i) => widget(i, mode)).join('\n')}
<script type="module" src="/dist/campaign-progress.js"></script>
<script type="module">
  const widgets = [...document.querySelectorAll('campaign-progress')];
  const shown = (el) => el.shadowRoot?.querySelector('[part=summary]')?.textContent;
  await customElements.whenDefined('campaign-progress');
  await new Promise((resolve) => {
    const check = () => (widgets.every(shown) ? resolve() : requestAnimationFrame(check));
    check();
  });
  window.benchDone = performance.now();
</script></body></html>`;

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  if (url.pathname === '/dist/campaign-progress.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
  } else if (url.pathname === '/feed.json') {
    feedRequests++;
    response
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end('{"raised":620,"goal":1000,"donors":14}');
  } else if (url.pathname === '/page') {
    const html = page(Number(url.searchParams.get('count')), url.searchParams.get('mode'));
    response.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(html);
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;
const rows = [];

for (const [name, launch] of Object.entries(browsers)) {
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    for (const [count, mode] of [
      [1, 'attributes'],
      [100, 'attributes'],
      [20, 'feed'],
    ]) {
      const times = [];
      let requests = 0;
      for (let run = 0; run < RUNS; run++) {
        feedRequests = 0;
        await tab.goto(`${origin}/page?count=${count}&mode=${mode}`, { waitUntil: 'load' });
        await tab.waitForFunction('window.benchDone !== undefined', { timeout: 10_000 });
        times.push(await tab.evaluate('window.benchDone'));
        requests = Math.max(requests, feedRequests);
      }
      const what = `${count} widget${count > 1 ? 's' : ''} from ${mode === 'feed' ? 'one shared feed' : 'attributes'}`;
      rows.push([
        name,
        `on screen: ${what}`,
        ms(median(times)),
        mode === 'feed' ? `${requests} feed request(s)` : '',
      ]);
    }
    // The cost of one re-render: a new raised amount, formatted and drawn.
    const perUpdate = await tab.evaluate(async () => {
      const el = document.querySelector('campaign-progress');
      const updates = 1000;
      const start = performance.now();
      for (let i = 0; i < updates; i++) {
        el.raised = 100 + i;
        await el.updateComplete;
      }
      return (performance.now() - start) / updates;
    });
    rows.push([
      name,
      'update: a new raised amount, re-rendered',
      `${(perUpdate * 1000).toFixed(0)} µs`,
      'mean of 1000',
    ]);
  } finally {
    await browser.close();
  }
}
server.close();

console.log(`dist/campaign-progress.js, ${RUNS} page loads per row (medians, from navigation start):`);
const width = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((cell, i) => (i < 3 ? cell.padEnd(width[i]) : cell)).join('  '));

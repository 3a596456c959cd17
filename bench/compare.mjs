// node bench/compare.mjs: built files side by side in ONE page per browser, for candidates that
// differ by a few per cent on a busy machine. Each build is loaded under its own tag name; in turn,
// round after round, each puts COMPARE_COUNT widgets into the page and the time is taken until they
// are rendered with style and layout done (forced), and until the next frame is drawn; then the
// same visible markup as static HTML (the first build's copy). In Chromium the main thread's CPU
// time for each is read too (the Performance domain in thread ticks), which other work on the
// machine barely moves. Prints medians, and the median of each round's ratio to static.
//
//   COMPARE_BUILDS=name=path,name=path,…  (default: current=dist/campaign-progress.js)
//   COMPARE_MODES=attributes,tiers  COMPARE_ROUNDS=15  COMPARE_COUNT=1000  BENCH_BROWSERS=Chromium,Firefox
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from '../scripts/browsers.mjs';
import { tiers } from './pages.mjs';

const builds = Object.fromEntries(
  (process.env.COMPARE_BUILDS ?? 'current=dist/campaign-progress.js')
    .split(',')
    .map((pair) => pair.split('=')),
);
const modes = (process.env.COMPARE_MODES ?? 'attributes,tiers').split(',');
const rounds = Number(process.env.COMPARE_ROUNDS ?? 15);
const count = Number(process.env.COMPARE_COUNT ?? 1000);
const only = process.env.BENCH_BROWSERS?.split(',');
const names = Object.keys(builds);
const tagOf = (name) => `cp-${names.indexOf(name)}-${name.toLowerCase().replace(/[^a-z0-9]/g, '')}`;

const scripts = Object.fromEntries(
  names.map((name) => {
    const source = readFileSync(builds[name], 'utf8');
    const renamed = source.replace(
      /customElements\.(get|define)\((["'`])campaign-progress\2/g,
      `customElements.$1($2${tagOf(name)}$2`,
    );
    if (renamed === source)
      throw new Error(`${builds[name]}: no customElements.define('campaign-progress') to rename`);
    return [name, renamed];
  }),
);
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const name = url.pathname.slice('/build/'.length);
  if (scripts[name]) {
    response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(scripts[name]);
  } else if (url.pathname === '/compare') {
    response.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(
      `<!doctype html><html lang="en"><meta charset="utf-8"><style id="static"></style><body><div id="stage"></div>
${names.map((n) => `<script type="module" src="/build/${n}"></script>`).join('\n')}`,
    );
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// In the page: the variants of one mode, each a tag (or the static copy) and its markup.
async function prepare({ tags, mode, count, tiers }) {
  const stage = document.getElementById('stage');
  const widget = (tag, i) =>
    `<${tag} raised="620" goal="1000" heading="Appeal ${i}" donate-href="https://example.org/donate${mode === 'tiers' ? '?amount={amount}' : ''}">${mode === 'tiers' ? tiers : ''}</${tag}>`;
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  // The static copy: the first build's rendered shadow tree, and its styles with :host as a class.
  stage.innerHTML = widget(tags[0], 0);
  const first = stage.firstElementChild;
  await first.updateComplete;
  const css = first.constructor.elementStyles
    .map(
      (sheet) =>
        sheet.cssText ?? [...(sheet.styleSheet ?? sheet).cssRules].map((rule) => rule.cssText).join('\n'),
    )
    .join('\n')
    .replace(/:host\(([^)]*)\)/g, '.cp$1')
    .replace(/:host/g, '.cp');
  const markup = first.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  stage.innerHTML = '';
  window.variants = [
    ...tags.map((tag) => ({
      html: Array.from({ length: count }, (_, i) => widget(tag, i)).join(''),
      widgets: true,
    })),
    {
      html: Array.from(
        { length: count },
        (_, i) => `<div class="cp">${markup.replace('Appeal 0', `Appeal ${i}`)}</div>`,
      ).join(''),
      css,
    },
  ];
}

// In the page: one variant put in, timed until laid out and until drawn, then taken out again.
async function run(index) {
  const { html, css = '', widgets } = window.variants[index];
  const stage = document.getElementById('stage');
  const style = document.getElementById('static');
  style.textContent = css;
  stage.getBoundingClientRect();
  const start = performance.now();
  stage.innerHTML = html;
  if (widgets) await Promise.all([...stage.children].map((el) => el.updateComplete));
  const rendered = performance.now();
  stage.lastElementChild.getBoundingClientRect();
  const laidOut = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const drawn = performance.now();
  return { rendered: rendered - start, laidOut: laidOut - start, drawn: drawn - start };
}
async function clear() {
  document.getElementById('stage').innerHTML = '';
  document.getElementById('static').textContent = '';
  document.body.getBoundingClientRect();
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 20));
}

const browsers = {
  Chromium: () =>
    puppeteer.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [...chromiumArgs, '--js-flags=--expose-gc'],
      protocolTimeout: 0,
    }),
  Firefox: () =>
    puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, protocolTimeout: 0 }),
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `${count} widgets put into one page, ${rounds} rounds after a warm-up: medians, and the median of each round's ratio to static`,
);
for (const [browserName, launch] of Object.entries(browsers)) {
  if (only && !only.includes(browserName)) continue;
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    const cdp = browserName === 'Chromium' ? await tab.createCDPSession() : undefined;
    await cdp?.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpu = async () => {
      if (!cdp) return undefined;
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map(({ name, value }) => [name, value * 1000]));
    };
    await tab.goto(`${origin}/compare`);
    for (const mode of modes) {
      await tab.evaluate(prepare, { tags: names.map(tagOf), mode, count, tiers });
      const labels = [...names, 'static HTML'];
      const samples = labels.map(() => []);
      for (let round = 0; round <= rounds; round++) {
        const order = labels.map((_, i) => i);
        if (round % 2) order.reverse();
        for (const index of order) {
          const before = await cpu();
          const times = await tab.evaluate(run, index);
          const after = await cpu();
          await tab.evaluate(clear);
          if (after) {
            times.task = after.TaskDuration - before.TaskDuration;
            times.style = after.RecalcStyleDuration - before.RecalcStyleDuration;
            times.layout = after.LayoutDuration - before.LayoutDuration;
            times.script = after.ScriptDuration - before.ScriptDuration;
          }
          if (round > 0) samples[index].push(times);
        }
      }
      const statics = samples.at(-1);
      const keys = cdp ? ['rendered', 'drawn', 'task', 'style', 'layout'] : ['rendered', 'laidOut', 'drawn'];
      const names_ = {
        rendered: 'DOM built',
        laidOut: 'laid out',
        drawn: 'drawn',
        task: 'CPU',
        style: 'CPU style',
        layout: 'CPU layout',
      };
      labels.forEach((label, index) => {
        const cells = keys.map(
          (key) =>
            `${names_[key]} ${median(samples[index].map((s) => s[key]))
              .toFixed(1)
              .padStart(7)} ms`,
        );
        const ratio = (key) =>
          median(samples[index].map((s, round) => s[key] / statics[round][key])).toFixed(2);
        const least = (key) =>
          Math.min(...samples[index].map((s) => s[key]))
            .toFixed(1)
            .padStart(7);
        cells.push(`least: DOM built ${least('rendered')} ms`);
        if (cdp) cells.push(`CPU ${least('task')} ms`);
        cells.push(`drawn ${ratio('drawn')}×`);
        if (cdp) cells.push(`CPU ${ratio('task')}×`);
        console.log([browserName.padEnd(9), mode.padEnd(11), label.padEnd(12), ...cells].join('  '));
      });
    }
  } finally {
    await browser.close();
  }
}
server.close();

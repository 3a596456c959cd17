// Contact sheets of the widget in every look, for comparing designs: docs/screenshots/<set>-<width>-<layout>.png
// for widths 280 (a sidebar), 375 (a phone) and 700 (a post's column) and both layouts. Each sheet shows the
// widget side by side, a caption above each: light, dark, Arabic, loading, failing with and without stored
// figures, goal reached and a previewed gift.
//   node scripts/screenshots.mjs before|after
//
// The sheet's markup uses only the widget's public surface (attributes, <campaign-tier> children, its events,
// and the shadow root's [part~=tier] for the hover), so the same script takes the 'before' and 'after' sets of
// a redesign. Figures come from the dev server's own local feed (/feed/, scripts/feed-server.mjs), nothing from
// the internet; the page's clock is fixed, so no word changes with the day the shots are taken.
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './browsers.mjs';
import { startDevServer } from './dev-server.mjs';
import { withPalette } from './palette-png.mjs';
import { SAMPLE_TIERS } from './sample-campaign.mjs';

const set = process.argv[2];
if (!['before', 'after'].includes(set)) {
  console.error('usage: node scripts/screenshots.mjs before|after');
  process.exit(2);
}

const outDir = 'docs/screenshots';
const widths = [280, 375, 700];
const layouts = ['thermometer', 'bar'];
/** Sheets wider than this many columns wrap into a grid. */
const columnsFor = (width) => (width > 400 ? 4 : 8);

// The page's "now": twelve days before the deadline below, figures two hours old.
const now = Date.parse('2027-04-18T15:00:00Z');
const ends = '2027-04-30';
const hour = 3_600_000;
const storedAge = 5 * 24 * hour;

const heading = 'Make a Difference for Freedom';
const donateHref = 'https://example.org/donate?amount={amount}';
const tiers = SAMPLE_TIERS;
const arabicHeading = 'اصنع فرقًا من أجل الحرية';
const arabicTiers = [
  [45, 'يغطي يومًا من التحقيقات السرية'],
  [240, 'يغطي ستة أيام من رعاية ضحية بعد إنقاذها'],
  [455, 'يغطي سبعة أيام من الدفاع القانوني'],
  [2540, 'يغطي يومًا من العمل في مكتب ميداني'],
  [4500, 'يموّل عملية إنقاذ لضحايا الاتجار بالجنس أو العمل القسري'],
  [18500, 'يكفل لعام كامل محاميًا محليًا يدافع عن المظلومين'],
];
/** The amount whose tier is hovered in the previewed-gift look. */
const previewAmount = 240;

/** The local feed's campaigns (frozen: `every=0`), set before the shots. */
const campaigns = {
  'shots-ready': { raised: 620, goal: 1000, currency: 'USD', donors: 14, updated: iso(now - 2 * hour) },
  'shots-reached': { raised: 1240, goal: 1000, currency: 'USD', donors: 31, updated: iso(now - 2 * hour) },
};
/** What the failing feed said on a reader's visit five days earlier. */
const storedTotals = {
  raised: 455,
  goal: 1000,
  currency: 'USD',
  donors: 9,
  updated: iso(now - storedAge - hour),
};
const feed = (query) => `/feed/totals.json?${query}`;
const readyFeed = feed('campaign=shots-ready&every=0');
/**
 * A feed that answers a reader's first request, then fails. One per sheet: after a failed
 * revalidation the browser drops its cached answer, and the next page would be answered again.
 */
const storedFeed = (sheetName) =>
  feed(`campaign=shots-stored-${sheetName}&every=0&status=500&failAfterFirst=1`);

/**
 * The looks, in the sheet's order: a caption, the widget's attributes, its tiers, the event it settles
 * with (`update`, `error`, or none for a feed that never answers), and the page's colours around it.
 */
const looksFor = (sheetName) => [
  {
    id: 'light',
    caption: 'Light · $620 of $1,000, ready',
    attributes: { src: readyFeed },
    settles: 'update',
  },
  {
    id: 'dark',
    caption: 'Dark · theme="dark"',
    attributes: { src: readyFeed, theme: 'dark' },
    settles: 'update',
    dark: true,
  },
  {
    id: 'arabic',
    caption: 'Arabic · locale="ar"',
    attributes: { src: readyFeed, locale: 'ar', heading: arabicHeading },
    tiers: arabicTiers,
    settles: 'update',
  },
  {
    id: 'loading',
    caption: 'Loading · the feed never answers',
    attributes: { src: feed('campaign=shots-stall&stall=1'), timeout: '600000' },
  },
  {
    id: 'failing',
    caption: 'Failing · feed 500, no figures',
    attributes: { src: feed('campaign=shots-failing&status=500') },
    settles: 'error',
  },
  {
    id: 'stored',
    caption: 'Failing · figures kept from 5 days ago',
    attributes: { src: storedFeed(sheetName) },
    settles: 'error',
  },
  {
    id: 'reached',
    caption: 'Goal reached · $1,240 of $1,000',
    attributes: { src: feed('campaign=shots-reached&every=0') },
    settles: 'update',
  },
  {
    id: 'preview',
    caption: `Previewed gift · $${previewAmount} tier hovered`,
    attributes: { src: readyFeed },
    settles: 'update',
  },
];

const { base, close } = await startDevServer();
try {
  for (const [name, totals] of Object.entries(campaigns)) await setCampaign(name, totals);
  for (const width of widths)
    for (const layout of layouts) await setCampaign(`shots-stored-${width}-${layout}`, storedTotals);
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, '--hide-scrollbars', '--lang=en-US'],
  });
  try {
    mkdirSync(outDir, { recursive: true });
    let total = 0;
    for (const width of widths)
      for (const layout of layouts) {
        const file = `${outDir}/${set}-${width}-${layout}.png`;
        const png = withPalette(await sheet(browser, width, layout));
        writeFileSync(file, png);
        total += png.length;
        console.log(`${file}: ${Math.round(png.length / 1024)} KB`);
      }
    console.log(`${widths.length * layouts.length} sheets, ${Math.round(total / 1024)} KB in all`);
  } finally {
    await browser.close();
  }
} finally {
  close();
}

/** A page on the dev server, its clock at `at`, its motion reduced, its time zone UTC. */
async function openPage(browser, at) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(fixClock, at);
  await page.emulateTimezone('UTC');
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
  return page;
}

/**
 * Runs in the page before its scripts: `Date` starts at `at` and runs on from there, whatever the
 * machine's clock says.
 */
function fixClock(at) {
  const RealDate = Date;
  const start = performance.now();
  const current = () => at + (performance.now() - start);
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length ? args : [current()], newTarget),
    apply: () => new RealDate(current()).toString(),
    get: (target, key, receiver) => (key === 'now' ? current : Reflect.get(target, key, receiver)),
  });
}

/**
 * A reader's earlier visit, five days before the shots, while the stored feed still answered: the widget
 * keeps what it was told (and the browser its cached answer), so on the sheets the feed fails on a widget
 * that has figures to show.
 */
async function visitStoredFeed(browser, sheetName) {
  const page = await openPage(browser, now - storedAge);
  await page.goto(`${base}/test/fixtures/empty-post.html`);
  const settled = await page.evaluate(
    async (markup) => {
      document.body.innerHTML = markup;
      const answered = new Promise((resolve) => {
        document.addEventListener('campaign-progress-update', () => resolve(true));
        setTimeout(() => resolve(false), 10_000);
      });
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/src/define.ts';
      document.head.append(script);
      return answered;
    },
    widgetMarkup({ id: 'earlier', attributes: { src: storedFeed(sheetName) } }, 'thermometer'),
  );
  if (!settled)
    console.warn(
      `${sheetName}: the earlier visit got no figures: the failing-with-figures look may have none`,
    );
  await page.close();
}

/** One sheet: every look at `width` in `layout`, as a PNG at twice the size. */
async function sheet(browser, width, layout) {
  const sheetName = `${width}-${layout}`;
  const looks = looksFor(sheetName);
  await visitStoredFeed(browser, sheetName);
  const page = await openPage(browser, now);
  await page.setViewport({ width: 1200, height: 1000, deviceScaleFactor: 2 });
  await page.goto(`${base}/test/fixtures/empty-post.html`);
  const unsettled = await page.evaluate(
    async (markup, style, expected) => {
      const settled = new Map();
      for (const type of ['update', 'error'])
        document.addEventListener(`campaign-progress-${type}`, (event) => {
          if (!settled.has(event.target.id)) settled.set(event.target.id, type);
        });
      document.head.insertAdjacentHTML('beforeend', `<style>${style}</style>`);
      document.body.innerHTML = markup;
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/src/define.ts';
      document.head.append(script);
      await customElements.whenDefined('campaign-progress');
      const waitingFor = () => expected.filter(([id, type]) => settled.get(id) !== type);
      for (let waited = 0; waitingFor().length && waited < 10_000; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      for (const widget of document.querySelectorAll('campaign-progress')) await widget.updateComplete;
      await document.fonts.ready;
      return waitingFor().map(([id, type]) => `${id} (no ${type} event)`);
    },
    sheetMarkup(looks, layout),
    sheetStyle(width),
    looks.filter((look) => look.settles).map((look) => [look.id, look.settles]),
  );
  if (unsettled.length) console.warn(`${sheetName}: still waiting for ${unsettled.join(', ')}`);

  // The whole sheet inside the viewport, so that the hover below needs no scrolling.
  const sheetBox = async () => (await page.$('.sheet')).boundingBox();
  let box = await sheetBox();
  await page.setViewport({
    width: Math.ceil(box.width),
    height: Math.ceil(box.height),
    deviceScaleFactor: 2,
  });
  await hoverPreviewTier(page, sheetName);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  console.log(`${sheetName}: ${await page.$$eval('campaign-progress', measure)}`);
  box = await sheetBox();
  const png = await page.screenshot({ type: 'png', clip: box });
  await page.close();
  return Buffer.from(png);
}

/**
 * Each widget's height and where its donate button starts, in CSS pixels: what the sheet shows,
 * in numbers to compare.
 */
function measure(widgets) {
  return widgets
    .map((widget) => {
      const { top, height } = widget.getBoundingClientRect();
      const donate = widget.shadowRoot?.querySelector('[part~=donate]')?.getBoundingClientRect();
      return `${widget.id} ${Math.round(height)}${donate ? ` (donate at ${Math.round(donate.top - top)})` : ''}`;
    })
    .join(', ');
}

/**
 * Hovers the previewed look's tier for the preview amount, found through the shadow root's
 * `[part~=tier]`: by its link's amount, else its text. A tier kept in a closed disclosure is shown
 * first; with no such tier, the first tier on show is hovered and the caption says which.
 */
async function hoverPreviewTier(page, sheetName) {
  const found = await page.evaluateHandle(async (amount) => {
    const widget = document.getElementById('preview');
    const caption = document.getElementById('preview-caption');
    const shadow = widget.shadowRoot;
    // A closed disclosure's content keeps its boxes (content-visibility: hidden) but is not on show.
    const shown = (element) =>
      element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0;
    const link = (tier) =>
      (tier.closest('a[href]') ?? tier.querySelector('a[href]') ?? tier).getAttribute('href');
    const find = () => {
      const tiers = [...shadow.querySelectorAll('[part~=tier]')];
      const amountPattern = new RegExp(`[?&]amount=${amount}(&|$)`);
      const digits = (text) => text.replace(/[^\d]/g, '');
      return (
        tiers.find((tier) => amountPattern.test(link(tier) ?? '')) ??
        tiers.find((tier) => digits(tier.textContent).startsWith(`${amount}`)) ??
        [...shadow.querySelectorAll('a[href]')].find((a) => amountPattern.test(a.getAttribute('href')))
      );
    };
    let tier = find();
    if (tier && !shown(tier)) {
      for (const details of shadow.querySelectorAll('details:not([open])')) details.open = true;
      for (const button of shadow.querySelectorAll('[aria-expanded=false]')) button.click();
      await widget.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      tier = find();
      if (tier && shown(tier)) caption.textContent += ', list opened';
    }
    if (tier && shown(tier)) return tier;
    const first = [...shadow.querySelectorAll('[part~=tier]')].find(shown);
    if (first) {
      const hoveredAmount = /[?&]amount=(\d+)/.exec(link(first) ?? '')?.[1];
      caption.textContent = hoveredAmount
        ? `Previewed gift · $${Number(hoveredAmount).toLocaleString('en-US')} tier hovered`
        : `Previewed gift · “${first.textContent.trim().replace(/\s+/g, ' ')}” hovered`;
    }
    return first ?? null;
  }, previewAmount);
  const tier = found.asElement();
  if (!tier) {
    console.warn(`${sheetName}: no tier to hover; the previewed-gift look shows no preview`);
    return;
  }
  await tier.hover();
}

function sheetMarkup(looks, layout) {
  const figures = looks.map(
    (look) => `<figure class="look${look.dark ? ' dark' : ''}">
      <figcaption id="${look.id}-caption">${escapeHtml(look.caption)}</figcaption>
      ${widgetMarkup(look, layout)}
    </figure>`,
  );
  return `<main class="sheet">${figures.join('')}</main>`;
}

function widgetMarkup({ id, attributes, tiers: lookTiers = tiers }, layout) {
  const all = { id, heading, ends, layout, 'donate-href': donateHref, ...attributes };
  const written = Object.entries(all)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
  const children = lookTiers.map(
    ([amount, label]) => `<campaign-tier amount="${amount}">${escapeHtml(label)}</campaign-tier>`,
  );
  return `<campaign-progress ${written}>${children.join('')}</campaign-progress>`;
}

function sheetStyle(width) {
  const padding = 12;
  return `
    html, body { margin: 0; background: #e4e4e9; }
    body { font: 16px/1.5 system-ui, sans-serif; color: #202124; }
    .sheet {
      display: grid;
      grid-template-columns: repeat(${columnsFor(width)}, ${width + 2 * padding}px);
      gap: 16px;
      align-items: start;
      width: max-content;
      padding: 16px;
    }
    .look { margin: 0; padding: ${padding}px; background: #fff; }
    .look.dark { background: #121212; color: #e8eaed; }
    figcaption {
      margin-block-end: 8px;
      font: 600 13px/1.3 system-ui, sans-serif;
      color: #5f6368;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .dark figcaption { color: #bdc1c6; }
  `;
}

function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

async function setCampaign(name, totals) {
  const response = await fetch(`${base}/feed/_set?campaign=${name}`, {
    method: 'POST',
    body: JSON.stringify(totals),
  });
  if (!response.ok) throw new Error(`the local feed refused campaign ${name}: ${response.status}`);
}

function iso(time) {
  return new Date(time).toISOString();
}

#!/usr/bin/env node
// `npx campaign-progress picture …`: the widget as a picture (PNG, SVG and its alt text) for the
// places scripts never run: e-mail, RSS, Medium, Substack. The figures and words are worked out
// here, in Node, by the widget's own modules (dist/lib); a headless Chromium, found on the system,
// only measures the text and rasterises the SVG. puppeteer-core drives it: an optional peer
// dependency, so that the widget's page-only users never download it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const LIB = new URL('../dist/lib/', import.meta.url);
const USAGE = `Usage: campaign-progress picture --src totals.json|URL [options]

Writes progress.png (1200 px wide: 600 CSS px at 2x), progress.svg and progress.txt (the alt text).

  --src FILE|URL         the totals feed (or --raised N for a total of your own)
  --goal N --currency USD --offline N --locale ar --heading TEXT --heading-level N
  --ends DATE --donate-href URL --donate-label TEXT --tiers-heading TEXT --messages JSON
  --layout bar|thermometer --theme light|dark --amount-unit minor
  --raised-path P --goal-path P --donors-path P --donations-path P --currency-path P
  --tiers FILE           a JSON list of {"amount": 45, "label": "covers one day of …"}
  --tier "45=covers …"   one tier (repeat it)
  --fill-color C --track-color C --accent-color C --on-accent-color C
  --success-color C --mark-color C --font FAMILIES
  --now ISO-DATE         the time the picture is made at (a fixed one gives the same picture)
  --out DIR              where to write (default: the current directory)

Needs Chromium or Chrome (CHROME_PATH, or the usual places) and puppeteer-core:
  npx -p campaign-progress -p puppeteer-core campaign-progress picture --src totals.json`;

const STRINGS = [
  'src',
  'raised',
  'goal',
  'currency',
  'offline',
  'locale',
  'heading',
  'heading-level',
  'ends',
  'donate-href',
  'donate-label',
  'tiers-heading',
  'messages',
  'layout',
  'theme',
  'amount-unit',
  'raised-path',
  'goal-path',
  'donors-path',
  'donations-path',
  'currency-path',
  'tiers',
  'fill-color',
  'track-color',
  'accent-color',
  'on-accent-color',
  'success-color',
  'mark-color',
  'font',
  'now',
  'out',
];

/** A mistake in what the user gave: said as it is, without a stack. */
class UsageError extends Error {}

/** @param {string} message @returns {never} */
function fail(message) {
  throw new UsageError(message);
}

/** The command line read into its options, or a `UsageError`. */
export function readOptions(args) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(STRINGS.map((name) => [name, { type: 'string' }])),
        tier: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return { values, positionals };
  } catch (error) {
    fail(error.message);
  }
}

/** The bytes at `src`: a file, or an http(s) URL answered within `timeout` ms. */
async function readSource(src, timeout) {
  if (/^https?:\/\//i.test(src)) {
    let response;
    try {
      response = await fetch(src, { signal: AbortSignal.timeout(timeout) });
    } catch (error) {
      fail(`could not reach ${src}: ${error.cause?.message ?? error.message}`);
    }
    if (!response.ok) fail(`${src} answered ${response.status} ${response.statusText}`.trim());
    return new Uint8Array(await response.arrayBuffer());
  }
  try {
    return await readFile(src);
  } catch (error) {
    fail(error.code === 'ENOENT' ? `no such file: ${src}` : `cannot read ${src}: ${error.message}`);
  }
}

/** The widget's own modules, unbundled. */
async function lib(name) {
  return import(new URL(name, LIB).href);
}

/** A code `Intl` knows as a currency, or a `UsageError` naming `where`. */
function checkCurrency(code, where) {
  if (code && !Intl.supportedValuesOf('currency').includes(code.toUpperCase()))
    fail(`unknown currency "${code}" in ${where}: use an ISO 4217 code like USD, EUR or GBP`);
}

/** The widget's view of the options at `now`, worked out as the widget does, or a `UsageError`. */
export async function viewFor(values, now) {
  const [{ readJson }, { readTotals }, { checkSettings }, { viewOf }] = await Promise.all(
    ['json.js', 'totals.js', 'settings.js', 'view.js'].map(lib),
  );
  if (!values.src && values.raised == null) fail('give --src totals.json (a file or a URL), or --raised');
  checkCurrency(values.currency, '--currency');
  const settings = checkSettings(
    {
      locale: values.locale,
      donateHref: values['donate-href'],
      headingLevel: values['heading-level'],
      ends: values.ends,
      layout: values.layout,
      amountUnit: values['amount-unit'],
      // No page to be relative to: a donate link must be whole (https://…).
    },
    undefined,
    'about:blank',
  );
  let totals;
  if (values.src) {
    const json = readJson(await readSource(values.src, settings.timeout));
    if (!json.ok) fail(`${values.src}: ${json.message}`);
    const read = readTotals(json.value, {
      raised: values['raised-path'],
      goal: values['goal-path'],
      donors: values['donors-path'],
      donations: values['donations-path'],
      currency: values['currency-path'],
    });
    if (!read.ok) fail(`${values.src}: ${read.message}`);
    for (const warning of read.warnings) console.warn(`warning: ${values.src}: ${warning}`);
    totals = read.totals;
    checkCurrency(totals.currency, values.src);
  }
  const tiers = await tiersFrom(values, readJson);
  const view = viewOf(
    {
      src: values.src,
      raised: values.raised,
      goal: values.goal,
      currency: values.currency,
      offline: values.offline,
      heading: values.heading,
      donateLabel: values['donate-label'],
      tiersHeading: values['tiers-heading'],
      messages: values.messages,
    },
    settings,
    tiers,
    { totals, loading: false, at: now },
    now,
  );
  if (view.problems.length) fail(view.problems.map(asOptions).join('\n'));
  if (!view.progress) fail('nothing to draw: the figures are incomplete');
  for (const note of view.notes) console.warn(`note: ${asOptions(note)}`);
  return view;
}

/** The widget's message about an attribute, about the option of the same name: "--goal must be…". */
function asOptions(message) {
  return message.replace(/\bthe ([a-z-]+) attribute/g, '--$1');
}

/** The tiers of `--tiers FILE` and each `--tier "45=label"`, as `<campaign-tier>` children give them. */
async function tiersFrom(values, readJson) {
  const tiers = [];
  if (values.tiers) {
    const json = readJson(await readSource(values.tiers, 10_000));
    if (!json.ok) fail(`${values.tiers}: ${json.message}`);
    if (!Array.isArray(json.value)) fail(`${values.tiers} must be a JSON list of {"amount", "label"}`);
    tiers.push(...json.value);
  }
  for (const tier of values.tier ?? []) {
    const at = tier.indexOf('=');
    if (at < 1) fail(`--tier "${tier}" must be written amount=label, like "45=covers one day of …"`);
    tiers.push({ amount: tier.slice(0, at).trim(), label: tier.slice(at + 1).trim() });
  }
  return tiers;
}

/** The picture's colours and font from the options: the page's --campaign-progress-* values. */
export function pictureOptions(values) {
  if (values.theme && !/^(light|dark)$/.test(values.theme)) fail('--theme must be "light" or "dark"');
  const colors = Object.fromEntries(
    [
      ['fill', 'fill-color'],
      ['track', 'track-color'],
      ['accent', 'accent-color'],
      ['onAccent', 'on-accent-color'],
      ['success', 'success-color'],
      ['mark', 'mark-color'],
    ]
      .filter(([, option]) => values[option])
      .map(([key, option]) => [key, values[option]]),
  );
  return { theme: values.theme ?? 'light', colors, ...(values.font ? { font: values.font } : {}) };
}

/** Chromium or Chrome: CHROME_PATH, else the usual places. */
function findBrowser() {
  const { CHROME_PATH } = process.env;
  if (CHROME_PATH) {
    if (!existsSync(CHROME_PATH)) fail(`CHROME_PATH is set to ${CHROME_PATH}, which does not exist`);
    return CHROME_PATH;
  }
  const found = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ].find((path) => existsSync(path));
  return (
    found ??
    fail(
      'no Chromium or Chrome found: install one, or set CHROME_PATH to it (Debian: apt-get install chromium)',
    )
  );
}

async function puppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch {
    fail(
      'the picture command needs puppeteer-core beside campaign-progress; run it as\n' +
        '  npx -p campaign-progress -p puppeteer-core campaign-progress picture …',
    );
  }
}

// The page the picture is drawn in, and the modules it loads, from an address that never reaches
// a network: Chromium will not load modules from file: pages.
const ORIGIN = 'https://campaign-progress.invalid/';

/** The PNG (bytes), the SVG and the alt text of `view`, made in a headless Chromium. */
export async function render(view, options) {
  const { launch } = await puppeteer();
  const browser = await launch({
    executablePath: findBrowser(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      const path = request.url().startsWith(ORIGIN) ? request.url().slice(ORIGIN.length) : undefined;
      if (path === '')
        return request.respond({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8">' });
      if (!path?.startsWith('lib/') || path.includes('..')) return request.abort();
      try {
        const body = await readFile(new URL(path.slice(4), LIB));
        request.respond({ contentType: 'text/javascript', body });
      } catch {
        request.respond({ status: 404, body: '' });
      }
    });
    await page.goto(ORIGIN);
    const made = await page.evaluate(
      async (view, options) => {
        const { pictureOf } = await import('/lib/picture/browser.js');
        const picture = await pictureOf(view, options);
        const bytes = new Uint8Array(await picture.png.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return {
          png: btoa(binary),
          svg: picture.svg,
          alt: picture.alt,
          width: picture.width,
          height: picture.height,
        };
      },
      view,
      options,
    );
    return { ...made, png: Buffer.from(made.png, 'base64') };
  } finally {
    await browser.close();
  }
}

/** Writes the three files into `dir` whole or not at all: each to a temporary name, then renamed. */
export async function writeAll(dir, files) {
  await mkdir(dir, { recursive: true });
  const temporary = files.map(([name]) => join(dir, `.${name}.${process.pid}.tmp`));
  try {
    await Promise.all(files.map(([, contents], i) => writeFile(temporary[i], contents)));
    await Promise.all(files.map(([name], i) => rename(temporary[i], join(dir, name))));
  } catch (error) {
    await Promise.all(temporary.map((path) => rm(path, { force: true })));
    throw error;
  }
}

async function picture(values) {
  const started = performance.now();
  const now = values.now ? Date.parse(values.now) : Date.now();
  if (Number.isNaN(now)) fail(`--now must be a date like 2026-12-07T12:00Z, not "${values.now}"`);
  const view = await viewFor(values, now);
  const made = await render(view, pictureOptions(values));
  const dir = resolve(values.out ?? '.');
  await writeAll(dir, [
    ['progress.png', made.png],
    ['progress.svg', made.svg],
    ['progress.txt', `${made.alt}\n`],
  ]);
  console.log(
    `wrote progress.png (${made.png.length} B, ${made.width * 2}×${made.height * 2} px), progress.svg and progress.txt in ${dir} (${Math.round(performance.now() - started)} ms)`,
  );
}

async function main() {
  const { values, positionals } = readOptions(process.argv.slice(2));
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return;
  }
  if (positionals[0] !== 'picture' || positionals.length > 1)
    fail(`unknown command "${positionals.join(' ')}": the command is "picture"\n\n${USAGE}`);
  await picture(values);
}

main().catch((error) => {
  console.error(`campaign-progress: ${error instanceof UsageError ? error.message : error.stack}`);
  process.exitCode = 1;
});

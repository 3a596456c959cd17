// Measures the room the widget takes, for the README's reserve rule and the builder's: the README's snippet
// (a heading, a feed, a donate link) and the same with a deadline and the six sample tiers, at 280, 375 and
// 700 px, in both layouts, in the six built-in languages, loading, ready, failing and over the goal, in a
// sans-serif and a serif page font at 16 px, in Chromium and Firefox. Prints, per width, the heights' range
// and where the donate button starts, in pixels and in em.
//   npm run build && node scripts/measure-room.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from './browsers.mjs';

const widths = [280, 375, 600, 700];
const layouts = ['thermometer', 'bar'];
const fonts = { sans: 'system-ui, sans-serif', serif: 'Georgia, serif' };
const states = {
  loading: 'src="/feed/never.json"',
  ready: 'src="/feed/ready.json"',
  failing: 'src="/feed/failing.json"',
  reached: 'src="/feed/reached.json"',
};
// The sample tiers, as a blogger writing in each language would word them (the gallery's words).
const tiers = {
  en: [
    'covers one day of undercover investigations',
    'covers six days of aftercare for a victim',
    'covers seven days of legal advocacy',
    'covers one day of operations in a field office',
    'covers one rescue operation for victims of sex trafficking or forced-labour slavery',
    'covers a national lawyer advocating for the oppressed, for a year',
  ],
  es: [
    'cubre un día de investigaciones encubiertas',
    'cubre seis días de atención para una sobreviviente',
    'cubre siete días de defensa legal',
    'cubre un día de operaciones en una oficina de campo',
    'financia un operativo de rescate de víctimas de explotación sexual o trabajo forzoso',
    'sostiene durante un año a un abogado local que defiende a los más vulnerables',
  ],
  fr: [
    'couvre une journée d’enquête sous couverture',
    'couvre six jours d’accompagnement d’une victime',
    'couvre sept jours de défense juridique',
    'couvre une journée d’activité d’un bureau de terrain',
    'finance une opération de sauvetage de victimes d’exploitation sexuelle ou de travail forcé',
    'finance pendant un an un avocat local au service des plus vulnérables',
  ],
  de: [
    'finanziert einen Tag verdeckter Ermittlungen',
    'finanziert sechs Tage Betreuung für ein Opfer',
    'finanziert sieben Tage Rechtsbeistand',
    'finanziert einen Einsatztag eines Regionalbüros',
    'finanziert einen Rettungseinsatz für Opfer von Zwangsprostitution oder Zwangsarbeit',
    'finanziert ein Jahr lang einen Anwalt vor Ort, der für Unterdrückte eintritt',
  ],
  'pt-BR': [
    'cobre um dia de investigações sigilosas',
    'cobre seis dias de acolhimento a uma vítima',
    'cobre sete dias de defesa jurídica',
    'cobre um dia de operações em um escritório de campo',
    'financia uma operação de resgate de vítimas de exploração sexual ou trabalho escravo',
    'mantém por um ano um advogado local na defesa dos oprimidos',
  ],
  ar: [
    'يغطي يومًا من التحقيقات السرية',
    'يغطي ستة أيام من رعاية ضحية بعد إنقاذها',
    'يغطي سبعة أيام من الدفاع القانوني',
    'يغطي يومًا من العمل في مكتب ميداني',
    'يموّل عملية إنقاذ لضحايا الاتجار بالجنس أو العمل القسري',
    'يكفل لعام كامل محاميًا محليًا يدافع عن المظلومين',
  ],
};
const amounts = [45, 240, 455, 2540, 4500, 18500];
const day = 86_400_000;
const ends = new Date(Date.now() + 30.5 * day).toISOString().slice(0, 10);
const hoursAgo = new Date(Date.now() - 2 * 3_600_000).toISOString();

const feeds = {
  '/feed/ready.json': { raised: 620, goal: 1000, currency: 'USD', donors: 14, updated: hoursAgo },
  '/feed/reached.json': { raised: 1240, goal: 1000, currency: 'USD', donors: 31, updated: hoursAgo },
};

/** The README's snippet in `locale`, with the deadline and tiers when `withTiers`. */
function widget(locale, layout, state, withTiers) {
  const children = withTiers
    ? tiers[locale]
        .map((label, i) => `<campaign-tier amount="${amounts[i]}">${label}</campaign-tier>`)
        .join('')
    : '';
  const deadline = withTiers ? ` ends="${ends}"` : '';
  return `<div class="column"><campaign-progress ${states[state]} currency="USD" locale="${locale}" layout="${layout}"${deadline} heading="Make a Difference for Freedom" donate-href="https://example.org/donate?amount={amount}">${children}<a href="https://example.org/donate">Donate to my appeal</a></campaign-progress></div>`;
}

const server = createServer((request, response) => {
  const { pathname, searchParams } = new URL(request.url, 'http://localhost');
  if (pathname === '/feed/never.json') return; // never answers: the widget stays loading
  if (pathname === '/feed/failing.json') {
    response.writeHead(500, { 'Content-Type': 'application/json' });
    return response.end('{}');
  }
  if (feeds[pathname]) {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    return response.end(JSON.stringify(feeds[pathname]));
  }
  if (pathname === '/campaign-progress.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    return response.end(readFileSync('dist/campaign-progress.js'));
  }
  const width = Number(searchParams.get('width'));
  const withTiers = searchParams.get('tiers') === '1';
  const font = fonts[searchParams.get('font')];
  const markup = Object.keys(tiers)
    .flatMap((locale) =>
      layouts.flatMap((layout) =>
        Object.keys(states).map((state) => widget(locale, layout, state, withTiers)),
      ),
    )
    .join('');
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="en"><meta charset="utf-8">
    <style>body { margin: 0; font: 16px/1.5 ${font}; } .column { width: ${width}px; margin-block-end: 1em; }</style>
    ${markup}<script type="module" src="/campaign-progress.js"></script>`);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const engines = {
  Chromium: () => puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true }),
  Firefox: () => puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true }),
};
/** rows[tiers][width] = { heights: [], donate: [] } */
const rows = { 0: {}, 1: {} };
const all = [];
try {
  for (const [engine, launch] of Object.entries(engines)) {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      for (const withTiers of [0, 1])
        for (const width of widths)
          for (const font of Object.keys(fonts)) {
            // The viewport as wide as the column, as on a phone: the builder's steps are media queries.
            await page.setViewport({ width: width + 40, height: 900 });
            await page.goto(`${base}/?width=${width}&tiers=${withTiers}&font=${font}`);
            await page.waitForFunction(
              () =>
                [...document.querySelectorAll('campaign-progress')].every((el) =>
                  el.shadowRoot?.querySelector('[part=status]'),
                ) &&
                [...document.querySelectorAll('campaign-progress[src*=failing]')].every(
                  (el) => el.shadowRoot.querySelector('[part=status]').textContent,
                ),
              { timeout: 15_000 },
            );
            await new Promise((resolve) => setTimeout(resolve, 300));
            const measured = await page.$$eval('campaign-progress', (all) =>
              all.map((el) => {
                const box = el.getBoundingClientRect();
                const donate = el.shadowRoot.querySelector('[part~=donate]').getBoundingClientRect();
                return [box.height, donate.top - box.top, el.getAttribute('src'), el.locale, el.layout];
              }),
            );
            const row = (rows[withTiers][width] ??= { heights: [], donate: [], tallest: [] });
            for (const [height, donate, src, locale, layout] of measured) {
              row.heights.push(height);
              row.donate.push(donate);
              row.tallest.push([height, `${engine} ${font} ${locale} ${layout} ${src}`]);
              all.push({ engine, font, width, tiers: withTiers, locale, layout, src, height, donate });
            }
          }
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}

// Every measure, for a closer look: MEASURE_JSON=file.json
if (process.env.MEASURE_JSON) writeFileSync(process.env.MEASURE_JSON, JSON.stringify(all, null, 1));

const em = (px) => `${(px / 16).toFixed(1)}em`;
for (const withTiers of [0, 1]) {
  console.log(withTiers ? '\nWith a deadline and the six tiers:' : 'The README snippet (no tiers):');
  console.log('width | height (px) | height (em) | donate starts at (px)');
  for (const width of widths) {
    const { heights, donate, tallest } = rows[withTiers][width];
    const low = Math.min(...heights);
    const high = Math.max(...heights);
    const top = tallest.sort((a, b) => b[0] - a[0])[0][1];
    console.log(
      `${width} | ${Math.round(low)}–${Math.round(high)} | ${em(low)}–${em(high)} | ${Math.round(Math.min(...donate))}–${Math.round(Math.max(...donate))}   (tallest: ${top})`,
    );
  }
}

// Regenerates docs/widget.png, the small picture on the README's first screen: the widget alone, as the
// README's snippet draws it with two tiers, in a 380 px column, in headless Chromium. Figures come from
// attributes (no feed, no deadline), so the picture does not change with the day it is taken. Taken at
// twice the size for sharp screens, then reduced to a palette of 256 colours to stay small.
//   node scripts/screenshot-widget.mjs
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from './dev-server.mjs';
import { withPalette } from './palette-png.mjs';

const out = 'docs/widget.png';

const widget = [
  '<div><campaign-progress raised="620" goal="1000" currency="USD" heading="Make a Difference for Freedom" donate-href="https://example.org/donate?amount={amount}">',
  '<ul><li>$240 <campaign-tier amount="240">covers six days of aftercare for a victim</campaign-tier></li>',
  '<li>$4,500 <campaign-tier amount="4500">covers one rescue operation</campaign-tier></li></ul>',
  '<a href="https://example.org/donate">Donate to the campaign</a></campaign-progress></div>',
].join('');

const { base, close } = await startDevServer();
try {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
      '--hide-scrollbars',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 420, height: 1000, deviceScaleFactor: 2 });
    // The fill drawn where it ends, not halfway through its animation.
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${base}/test/fixtures/empty-post.html`);
    await page.evaluate(async (markup) => {
      document.body.style.cssText =
        'margin: 0; padding: 10px; width: 380px; font: 16px/1.5 system-ui, sans-serif';
      document.body.innerHTML = markup;
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/src/define.ts';
      document.head.append(script);
      await customElements.whenDefined('campaign-progress');
    }, widget);
    const element = await page.waitForFunction(() => {
      const el = document.querySelector('campaign-progress');
      return el?.shadowRoot?.querySelector('[part=summary]')?.textContent ? el : null;
    });
    await page.evaluate(() => document.fonts.ready);
    const png = await element.asElement().screenshot({ type: 'png' });
    const small = withPalette(Buffer.from(png));
    writeFileSync(out, small);
    console.log(`screenshot: ${out}, ${small.length} B (${png.length} B before the palette)`);
  } finally {
    await browser.close();
  }
} finally {
  close();
}

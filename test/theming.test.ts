/**
 * Theming: the public custom properties, set on :root or on the element, and the theme attribute's
 * palettes, each with WCAG AA contrast. The auto theme under a dark system setting is in
 * test/dark-system.test.ts, run by browsers started with one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { backgroundOf, contrast, finishTransitions, parseColor, part, textContrast } from './helpers.js';

// The seed appeal's six tiers (shared/SAMPLE-CAMPAIGN.md), in the post's order.
const SIX = [
  { amount: 45, label: 'covers one day of undercover investigations' },
  { amount: 240, label: 'covers six days of aftercare for a victim' },
  { amount: 455, label: 'covers seven days of legal advocacy' },
  { amount: 2540, label: 'covers one day of operations in a field office' },
  { amount: 4500, label: 'covers one rescue operation' },
  { amount: 18500, label: 'covers a national lawyer for a year' },
];

/** A widget at $620 of $1,000 with the six tiers, in `theme`, on a page (or wrapper) `parentNode`. */
const widget = (options: { theme?: string; layout?: string; parentNode?: HTMLElement } = {}) =>
  fixture<CampaignProgress>(
    html`<campaign-progress
      raised="620"
      goal="1000"
      theme=${options.theme ?? nothing}
      layout=${options.layout ?? nothing}
      heading="Make a Difference for Freedom"
      ends="2999-12-31"
      donate-href="https://example.org/donate?amount={amount}"
      >${SIX.map(({ amount, label }) => html`<campaign-tier amount=${amount}>${label}</campaign-tier>`)}
    </campaign-progress>`,
    { parentNode: options.parentNode },
  );

/** A part's computed style. */
const style = (el: CampaignProgress, name: string, pseudo?: string) =>
  getComputedStyle(part(el, name), pseudo);

/** Every property a theme may set, with a value that differs from its default. */
const THEME: Record<string, string> = {
  '--campaign-progress-fill-color': 'rgb(0, 100, 0)',
  '--campaign-progress-track-color': 'rgb(230, 240, 230)',
  '--campaign-progress-mark-color': 'rgb(60, 60, 120)',
  '--campaign-progress-accent-color': 'rgb(20, 60, 140)',
  '--campaign-progress-on-accent-color': 'rgb(255, 250, 240)',
  '--campaign-progress-preview-color': 'rgb(200, 120, 0)',
  '--campaign-progress-height': '20em',
  '--campaign-progress-font': 'Georgia, serif',
  '--campaign-progress-radius': '3px',
  '--campaign-progress-spacing': '10px',
};

/** A colour as drawn, opaque, as `rgb(…)`. */
const drawn = ([red, green, blue]: number[]) =>
  `rgb(${[red, green, blue].map((channel) => Math.round(channel)).join(', ')})`;

/** Where each property shows, read from the parts' computed styles. */
async function themed(el: CampaignProgress) {
  // A previewed gift, for the preview colour.
  el.shadowRoot!.querySelector<HTMLElement>('[part~=tier]')!.focus();
  await el.updateComplete;
  finishTransitions(el);
  const fontSize = parseFloat(style(el, 'base').fontSize);
  return {
    fill: [style(el, 'fill').backgroundColor, style(el, 'bulb').backgroundColor],
    // The default track is translucent, a tint of the text colour over the surface: read as drawn.
    track: drawn(backgroundOf(part(el, 'track'))),
    mark: style(el, 'mark').backgroundColor,
    accent: style(el, 'donate').backgroundColor,
    onAccent: style(el, 'donate').color,
    // Stripes of the preview colour.
    preview: style(el, 'preview').backgroundImage.includes(PREVIEW_COLOR),
    height: `${Math.round((parseFloat(style(el, 'thermometer').minHeight) / fontSize) * 100) / 100}em`,
    font: style(el, 'base').fontFamily,
    radius: style(el, 'base').borderTopLeftRadius,
    spacing: [style(el, 'base').paddingTop, style(el, 'donate').marginTop],
  };
}

const PREVIEW_COLOR = 'rgb(200, 120, 0)';

/** What `themed` reads when every property is set to its value in `THEME`. */
const THEMED = {
  fill: ['rgb(0, 100, 0)', 'rgb(0, 100, 0)'],
  track: 'rgb(230, 240, 230)',
  mark: 'rgb(60, 60, 120)',
  accent: 'rgb(20, 60, 140)',
  onAccent: 'rgb(255, 250, 240)',
  preview: true,
  height: '20em',
  font: 'Georgia, serif',
  radius: '3px',
  // Pieces one above the other are set 0.6 of the spacing apart.
  spacing: ['10px', '6px'],
};

const root = document.documentElement.style;
afterEach(() => {
  for (const name of Object.keys(THEME)) root.removeProperty(name);
});

describe('theming: custom properties', () => {
  it('keeps its defaults when none is set, and the page’s font', async () => {
    const page = document.createElement('div');
    page.style.setProperty('font', '16px monospace');
    const el = await widget({ parentNode: page });
    const { preview, ...rest } = await themed(el);
    expect(preview, 'not the theme’s stripes').to.equal(false);
    expect(rest).to.deep.equal({
      fill: ['rgb(198, 40, 40)', 'rgb(198, 40, 40)'],
      // 12% of the black text over the white page.
      track: 'rgb(224, 224, 224)',
      mark: 'rgb(255, 255, 255)',
      accent: 'rgb(183, 28, 28)',
      onAccent: 'rgb(255, 255, 255)',
      height: '8em',
      font: 'monospace',
      radius: '12px',
      spacing: ['20px', '12px'],
    });
    expect(style(el, 'preview').backgroundImage).to.contain('rgb(198, 40, 40)');
  });

  it('takes every one set on :root', async () => {
    for (const [name, value] of Object.entries(THEME)) root.setProperty(name, value);
    const el = await widget();
    expect(await themed(el)).to.deep.equal(THEMED);
  });

  it('takes every one set on the element, over the page’s', async () => {
    for (const name of Object.keys(THEME)) root.setProperty(name, 'rgb(1, 2, 3)');
    const el = await widget();
    for (const [name, value] of Object.entries(THEME)) el.style.setProperty(name, value);
    expect(await themed(el)).to.deep.equal(THEMED);
  });

  it('rounds the boxes inside a third less than the widget, and spaces its pieces by the spacing', async () => {
    const el = await widget();
    el.style.setProperty('--campaign-progress-radius', '12px');
    el.style.setProperty('--campaign-progress-spacing', '30px');
    for (const name of ['impact', 'tier', 'donate']) {
      expect(style(el, name).borderTopLeftRadius, name).to.equal('8px');
    }
    expect(style(el, 'base').paddingTop).to.equal('30px');
    expect(style(el, 'donate').marginTop).to.equal('18px');
    const columns = getComputedStyle(part(el, 'tiers').parentElement!);
    expect([columns.columnGap, columns.rowGap]).to.deep.equal(['30px', '18px']);
  });

  it('draws the fill in the success colour at the goal, which a theme may set', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1240" goal="1000"></campaign-progress>`,
    );
    finishTransitions(el);
    expect(style(el, 'fill').backgroundColor).to.equal('rgb(46, 125, 50)');
    expect(style(el, 'status').color).to.equal('rgb(46, 125, 50)');
    el.style.setProperty('--campaign-progress-success-color', 'rgb(0, 90, 160)');
    expect(style(el, 'fill').backgroundColor).to.equal('rgb(0, 90, 160)');
    expect(style(el, 'status').color).to.equal('rgb(0, 90, 160)');
  });
});

/**
 * Checks WCAG AA contrast in `el` as drawn: text 4.5:1; the fill against the empty track, and the
 * outline of a tier's amount not yet funded, 3:1.
 */
function expectAA(el: CampaignProgress) {
  const texts = [
    'heading',
    'percent',
    'raised',
    'summary',
    'to-go',
    'deadline',
    'tiers-heading',
    'tier-amount',
    'tier-label',
    'donate',
  ].map((name) => part(el, name));
  const root = el.shadowRoot!;
  const impact = [...part(el, 'impact').querySelectorAll('p:not(.reserve)')].filter(
    (line) => line.textContent,
  );
  // "funded" beside a tier, small and muted; the disclosure of the other tiers.
  const more = [root.querySelector('[part~=reached] .reached')!, root.querySelector('summary')!];
  for (const text of [...texts, ...impact, ...more]) {
    expect(textContrast(text), text.getAttribute('part') ?? text.textContent!).to.be.at.least(4.5);
  }
  const fill = parseColor(style(el, 'fill').backgroundColor);
  // The track may be a translucent tint: what is drawn is it over the surface.
  expect(contrast(fill, backgroundOf(part(el, 'track'))), 'fill on the empty tube').to.be.at.least(3);
  const notReached = root.querySelector('[part=tier] [part=tier-amount]')!;
  const amount = getComputedStyle(notReached);
  expect(textContrast(notReached), 'a tier’s amount not yet funded').to.be.at.least(4.5);
  expect(
    contrast(parseColor(amount.borderTopColor), backgroundOf(notReached)),
    'the outline of a tier’s amount',
  ).to.be.at.least(3);
}

/** A page in the colours of a dark blog. */
function darkPage() {
  const page = document.createElement('div');
  page.style.setProperty('background', 'rgb(23, 24, 26)');
  page.style.setProperty('color', 'rgb(232, 230, 227)');
  return page;
}

describe('theming: the theme attribute', () => {
  it('without one, takes the page’s text colour and lets its background show through', async () => {
    const page = darkPage();
    const el = await widget({ parentNode: page });
    expect(style(el, 'base').color).to.equal('rgb(232, 230, 227)');
    expect(parseColor(style(el, 'base').backgroundColor)[3]).to.equal(0);
    expect(backgroundOf(part(el, 'summary'))).to.deep.equal([23, 24, 26, 1]);
    expect(el.hasAttribute('theme')).to.equal(false);
  });

  it('is reflected from the property, so that a theme set from script shows', async () => {
    const el = await widget();
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(style(el, 'base').backgroundColor).to.equal('rgb(32, 33, 36)');
  });

  it('light: a white surface and dark text, even on a dark page', async () => {
    const el = await widget({ theme: 'light', parentNode: darkPage() });
    expect(style(el, 'base').backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(el, 'base').color).to.equal('rgb(32, 33, 36)');
    expect(style(el, 'fill').backgroundColor).to.equal('rgb(198, 40, 40)');
  });

  it('dark: a dark surface, light text and a fill light enough to show on it, even on a light page', async () => {
    const el = await widget({ theme: 'dark' });
    expect(style(el, 'base').backgroundColor).to.equal('rgb(32, 33, 36)');
    expect(style(el, 'base').color).to.equal('rgb(232, 234, 237)');
    expect(style(el, 'fill').backgroundColor).to.equal('rgb(242, 139, 130)');
    // A tint of the light text over the dark surface.
    expect(drawn(backgroundOf(part(el, 'track')))).to.equal('rgb(56, 57, 60)');
  });

  it('dark: a theme’s own colours still win over the dark ones', async () => {
    const el = await widget({ theme: 'dark' });
    el.style.setProperty('--campaign-progress-fill-color', 'rgb(0, 200, 120)');
    expect(style(el, 'fill').backgroundColor).to.equal('rgb(0, 200, 120)');
  });

  it('auto: follows the reader’s system setting, light here', async () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
    const el = await widget({ theme: 'auto', parentNode: darkPage() });
    expect(style(el, 'base').backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(el, 'fill').backgroundColor).to.equal('rgb(198, 40, 40)');
  });

  it('without one, takes the dark palette when the page declares a dark colour scheme', async () => {
    const page = darkPage();
    page.style.setProperty('color-scheme', 'dark');
    const el = await widget({ parentNode: page });
    expect(style(el, 'fill').backgroundColor).to.equal('rgb(242, 139, 130)');
    expect(parseColor(style(el, 'base').backgroundColor)[3]).to.equal(0);
  });
});

describe('theming: WCAG AA contrast', () => {
  for (const layout of ['thermometer', 'bar']) {
    it(`on a white page with no theme (${layout})`, async () => {
      expectAA(await widget({ layout }));
    });

    it(`in the light theme on a dark page (${layout})`, async () => {
      expectAA(await widget({ theme: 'light', layout, parentNode: darkPage() }));
    });

    it(`in the dark theme on a light page (${layout})`, async () => {
      expectAA(await widget({ theme: 'dark', layout }));
    });

    it(`on a dark page that declares its colour scheme, with no theme (${layout})`, async () => {
      const page = darkPage();
      page.style.setProperty('color-scheme', 'dark');
      expectAA(await widget({ layout, parentNode: page }));
    });
  }
});

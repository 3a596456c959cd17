/**
 * The demo's gallery (demo/gallery.html), published as a blogger would publish it: the built file
 * from another origin in place of the sources, under the blog pages' strict Content-Security-Policy
 * (web-test-runner.config.mjs). Every widget in it renders, in the state its caption names, and the
 * page's console stays clean but for the feed that fails on purpose.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WAIT_MS, expectNoLeakedValues, part, visibleText } from './helpers.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { languageFor, wordsFor } from '../src/messages.js';

type GalleryWindow = Window &
  typeof globalThis & {
    pageProblems: string[];
    consoleMessages: { level: 'error' | 'warn'; text: string }[];
  };

const ERROR_FEED = '/feed/totals.json?campaign=gallery-error&status=503';
const STALE_FEED = '/feed/totals.json?campaign=gallery-stale&body=html&failAfterFirst=1';

let frame: HTMLIFrameElement;
let gallery: GalleryWindow;
const widget = (id: string) => gallery.document.getElementById(id) as CampaignProgress;
const widgets = () => [...gallery.document.querySelectorAll('campaign-progress')] as CampaignProgress[];
const status = (id: string) => part(widget(id), 'status').textContent;

/** Loads (or reloads) the gallery and waits until every feed but the stalled one has answered. */
async function open(load: () => void) {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  load();
  await loaded;
  gallery = frame.contentWindow as GalleryWindow;
  await waitUntil(
    () => gallery.customElements.get('campaign-progress'),
    'the built file never defined the element',
    { timeout: WAIT_MS },
  );
  await waitUntil(
    () =>
      widgets().every(
        (el) =>
          el.src?.includes('stall=1') ||
          (el.shadowRoot?.querySelector('[part=status]') &&
            status(el.id) !== wordsFor(languageFor(el.locale ?? 'en'))('loading')),
      ),
    'the feeds never settled',
    { timeout: WAIT_MS },
  );
  await Promise.all(widgets().map((el) => el.updateComplete));
}

before(async function () {
  // Two dozen widgets, six feeds, a page of grids: on a machine busy with other suites, slow to lay out.
  this.timeout(15_000);
  frame = document.createElement('iframe');
  frame.style.setProperty('width', '1400px');
  frame.style.setProperty('height', '3000px');
  document.body.append(frame);
  await open(() => (frame.src = '/demo/gallery.html?built'));
});

after(() => frame.remove());

describe('the demo gallery, with the built file', () => {
  it('runs the built file from the other origin, not the sources', () => {
    const scripts = gallery.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.endsWith('.js') || url.pathname.endsWith('.ts'));
    expect(scripts.some((url) => url.pathname === '/dist/campaign-progress.js')).to.equal(true);
    expect(scripts.filter((url) => url.pathname.startsWith('/src/'))).to.deep.equal([]);
  });

  it('loads with no console errors, CSP refusals or uncaught errors; only the failing feed warns', () => {
    expect(gallery.pageProblems).to.deep.equal([]);
    expect(gallery.consoleMessages.filter(({ level }) => level === 'error')).to.deep.equal([]);
    const warnings = new Set(gallery.consoleMessages.map(({ text }) => text));
    expect([...warnings]).to.deep.equal([
      `campaign-progress: ${gallery.location.origin}${ERROR_FEED}: the feed answered 503 Service Unavailable`,
    ]);
  });

  it('fetches nothing from beyond this server', () => {
    const elsewhere = gallery.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => !['localhost', '127.0.0.1'].includes(url.hostname));
    expect(elsewhere).to.deep.equal([]);
  });

  it('renders every widget: none blank, none spilling out of its card, nothing leaked', () => {
    const all = widgets();
    expect(all.length).to.be.at.least(20);
    for (const el of all) {
      const box = part(el, 'base').getBoundingClientRect();
      const card = el.closest('figure')!.getBoundingClientRect();
      expect(box.width, el.id).to.be.greaterThan(150);
      expect(box.height, el.id).to.be.greaterThan(100);
      expect(box.right, el.id).to.be.at.most(card.right);
      expect(box.left, el.id).to.be.at.least(card.left);
      expect(visibleText(el), el.id).to.contain(el.getAttribute('heading'));
      expect(part(el, 'donate').textContent, el.id).not.to.equal('');
      expectNoLeakedValues(el);
    }
  });

  it('shows the sample campaign in each language its caption names', () => {
    for (const [id, locale] of [
      ['lang-es', 'es-MX'],
      ['lang-fr', 'fr'],
      ['lang-de', 'de'],
      ['lang-pt', 'pt-BR'],
      ['lang-ar', 'ar'],
      ['lang-en', 'en'],
    ]) {
      const el = widget(id);
      const words = wordsFor(languageFor(locale));
      expect(part(el, 'donate').textContent, id).to.equal(words('donate'));
      expect(part(el, 'tiers').textContent, id).to.contain(words('tiers'));
      expect(el.shadowRoot!.querySelectorAll('[part~=tier]'), id).to.have.length(6);
    }
    expect(part(widget('lang-ar'), 'base').getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(part(widget('lang-ar'), 'tiers')).direction).to.equal('rtl');
  });

  it('draws both layouts at the widths their captions give', () => {
    for (const [id, width] of [
      ['thermometer-200', 200],
      ['thermometer-320', 320],
      ['bar-200', 200],
      ['bar-320', 320],
    ] as const) {
      expect(widget(id).getBoundingClientRect().width, id).to.be.closeTo(width, 0.5);
    }
    for (const id of ['bar-200', 'bar-320', 'bar-wide', 'theme-site-bar']) {
      const bar = part(widget(id), 'thermometer').getBoundingClientRect();
      expect(bar.width, id).to.be.greaterThan(bar.height * 4);
    }
    for (const id of ['thermometer-200', 'thermometer-320', 'thermometer-wide']) {
      const tube = part(widget(id), 'thermometer').getBoundingClientRect();
      expect(tube.height, id).to.be.greaterThan(tube.width * 2);
    }
    expect(widget('thermometer-wide').getBoundingClientRect().width).to.be.greaterThan(1000);
  });

  it('themes the brand card on the element and the site card from its wrapper', () => {
    for (const id of ['theme-brand', 'theme-site']) {
      const fill = getComputedStyle(part(widget(id), 'fill')).backgroundColor;
      expect(fill, id).not.to.equal(getComputedStyle(part(widget('theme-default'), 'fill')).backgroundColor);
    }
  });

  it('shows every state its caption names', () => {
    const english = wordsFor(languageFor('en'));
    expect(status('state-loading')).to.equal(english('loading'));
    // With a donate link, the failure offers giving all the same.
    expect(status('state-error')).to.equal(english('unavailableGive'));
    expect(part(widget('state-ready'), 'summary').textContent).to.match(/^\$[\d,]+ raised of \$1,000 goal$/);
    expect(part(widget('state-ready'), 'updated').textContent).to.match(/^Updated /);
    expect(status('state-reached')).to.equal(english('goalReached'));
    expect(part(widget('state-ended'), 'deadline').textContent).to.equal(english('ended'));
    const own = widget('state-own-words');
    expect(part(own, 'summary').textContent).to.equal('$620 given towards our $1,000 target');
    expect(part(own, 'donors').textContent).to.equal('14 readers have given');
    expect(part(own, 'donate').textContent).to.equal('Give now');
    expect(part(own, 'tiers').textContent).to.contain('Where your money goes');
  });

  it('shows every state at 280 px, in both layouts: light, dark and Arabic', () => {
    const english = wordsFor(languageFor('en'));
    const arabic = wordsFor(languageFor('ar'));
    for (const layout of ['thermometer', 'bar']) {
      const at = (state: string) => widget(`at280-${state}-${layout}`);
      const cards = widgets().filter((el) => el.id.endsWith(`-${layout}`) && el.id.startsWith('at280-'));
      expect(cards.map((el) => el.id.split('-')[1])).to.deep.equal([
        'ready',
        'loading',
        'failing',
        'kept',
        'reached',
        'ended',
        'preview',
        'dark',
        'arabic',
      ]);
      for (const el of cards) {
        expect(el.getBoundingClientRect().width, el.id).to.be.closeTo(280, 0.5);
        expect(el.layout ?? 'thermometer', el.id).to.equal(layout);
        expect(el.shadowRoot!.querySelectorAll('[part~=tier]').length, el.id).to.equal(6);
      }
      expect(part(at('ready'), 'summary').textContent, layout).to.equal('$620 raised of $1,000 goal');
      expect(part(at('ready'), 'to-go').textContent, layout).to.equal('$380 to go');
      expect(status(at('loading').id), layout).to.equal(english('loading'));
      expect(part(at('loading'), 'summary').classList.contains('skeleton'), layout).to.equal(true);
      expect(status(at('failing').id), layout).to.equal(english('unavailableGive'));
      expect(part(at('kept'), 'summary').textContent, layout).to.equal('$620 raised of $1,000 goal');
      expect(part(at('kept'), 'updated').textContent, layout).to.match(/^Figures from /);
      expect(status(at('reached').id), layout).to.equal(english('goalReached'));
      expect(part(at('ended'), 'deadline').textContent, layout).to.equal(english('ended'));
      expect(part(at('preview'), 'gift').textContent, layout).to.equal('$45 would take us to 66%');
      expect(getComputedStyle(part(at('dark'), 'base')).colorScheme, layout).to.equal('dark');
      expect(part(at('arabic'), 'base').getAttribute('dir'), layout).to.equal('rtl');
      expect(part(at('arabic'), 'donate').textContent, layout).to.equal(arabic('donate'));
    }
  });

  it('shows the stale card’s stored figures with "Last updated" once its feed fails, on a reload', async function () {
    this.timeout(15_000);
    const summary = part(widget('state-stale'), 'summary').textContent;
    expect(summary).to.match(/raised of \$1,000 goal$/);
    await open(() => gallery.location.reload());
    const stale = widget('state-stale');
    await waitUntil(
      () => part(stale, 'updated').textContent?.startsWith('Last updated'),
      'the stale card never said "Last updated"',
      { timeout: WAIT_MS },
    );
    expect(part(stale, 'summary').textContent).to.equal(summary);
    expect(gallery.consoleMessages.map(({ text }) => text)).to.include(
      `campaign-progress: ${gallery.location.origin}${STALE_FEED}: the feed is not valid JSON: the file is a web page (text/html)`,
    );
    expect(gallery.pageProblems).to.deep.equal([]);
  });
});

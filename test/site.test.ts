/**
 * The static site `npm run build:site` writes into site/ (scripts/build-site.mjs), served here as any
 * static host would serve it: plain files, no feed server. Its pages are all there, link only
 * relatively, and run the built file beside them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WAIT_MS, visibleText } from './helpers.js';
import type { CampaignProgress } from '../src/campaign-progress.js';

const PAGES = ['index.html', 'variations.html', 'gallery.html', 'builder.html'];
const SITE = `${location.origin}/site/`;
// The test server writes its own reload script into every page it serves: not the site's.
const TEST_SERVER = '/__web-dev-server';

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** A page of the site in a frame, once the built file has defined the element. */
async function openPage(page: string): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.setProperty('width', '1200px');
  frame.style.setProperty('height', '1200px');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${SITE}${page}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const view = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => view.customElements.get('campaign-progress'), `${page} never defined the element`, {
    timeout: WAIT_MS,
  });
  return view;
}

describe('the static site', function () {
  this.timeout(15_000);

  for (const page of PAGES) {
    it(`has ${page}, with only relative links, its scripts and stylesheets beside it`, async () => {
      const response = await fetch(`${SITE}${page}`);
      expect(response.ok, `site/${page} is missing: run npm run build:site`).to.equal(true);
      const html = new DOMParser().parseFromString(await response.text(), 'text/html');
      html.querySelectorAll(`script[src^="${TEST_SERVER}"]`).forEach((script) => script.remove());
      const links = [...html.querySelectorAll('[src], [href]')].map(
        (element) => element.getAttribute('src') ?? element.getAttribute('href')!,
      );
      expect(links.filter((url) => url.startsWith('/'))).to.deep.equal([]);
      const resources = [...html.querySelectorAll('script[src], link[href]')].map(
        (element) => element.getAttribute('src') ?? element.getAttribute('href')!,
      );
      expect(resources).to.include('./campaign-progress.js');
      for (const url of resources) {
        expect(url, page).to.match(/^\.\//);
        expect((await fetch(new URL(url, `${SITE}${page}`))).ok, url).to.equal(true);
      }
      for (const url of links.filter((link) => link.startsWith('./') && link.endsWith('.html')))
        expect(PAGES, `${page} links to ${url}`).to.include(url.slice(2));
    });
  }

  it('runs the snippet builder on the built file, with its compiled script', async () => {
    const builder = await openPage('builder.html');
    const widget = builder.document.getElementById('preview-widget') as CampaignProgress;
    await waitUntil(() => widget?.shadowRoot?.querySelector('[part~=donate]'), 'the preview never rendered', {
      timeout: WAIT_MS,
    });
    await widget.updateComplete;
    expect(visibleText(widget)).to.contain('$620 raised of $1,000 goal');
    const scripts = builder.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\.[jt]s$/.test(path) && !path.startsWith(TEST_SERVER));
    expect(scripts.sort()).to.deep.equal(['/site/builder/builder.js', '/site/campaign-progress.js']);
    expect((builder.document.getElementById('snippet-output') as HTMLTextAreaElement).value).to.match(
      /^<div><script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/campaign-progress@1\//,
    );
  });

  it('shows the post’s campaign from a static totals.json, with no feed server', async () => {
    const post = await openPage('index.html');
    const widget = post.document.querySelector('campaign-progress') as CampaignProgress;
    expect(widget.getAttribute('src')).to.equal('./totals.json');
    await waitUntil(
      () => visibleText(widget).includes('$620 raised of $1,000 goal'),
      'the totals never showed',
      {
        timeout: WAIT_MS,
      },
    );
    expect(visibleText(widget)).to.contain('14 donors');
  });
});

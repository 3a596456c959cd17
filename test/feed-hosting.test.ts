/**
 * Feeds as real hosts serve them: a static host's caching headers, another site's origin. These
 * tests use the network for real: web-test-runner.config.mjs serves /test/static-host/.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { feedFor, type Feed } from '../src/feed.js';
import { captureWarnings, nextEvent, part } from './helpers.js';
import { address, stubNetwork } from './network.js';

const DAY = 24 * 60 * 60 * 1000;
let files = 0;

/** A file on the stand-in static host (same origin), and a way to edit it. */
function hostedFile() {
  const path = `/test/static-host/${Date.now()}-${++files}-${Math.random().toString(36).slice(2)}.json`;
  return {
    path,
    async edit(body: unknown, lastModified: Date) {
      // Not a POST to the file's own URL: that would make the browser drop its cached copy.
      const response = await fetch(`${path}?edit`, {
        method: 'POST',
        body: JSON.stringify({ body: JSON.stringify(body), lastModified }),
      });
      expect(response.status).to.equal(204);
    },
    async requests(): Promise<{ method: string; status: number; origin: string | null }[]> {
      return (await fetch(`${path}?requests`)).json();
    },
  };
}

/** Opens a fresh page, as a reader does, with a widget on `src`; resolves once its feed settled. */
async function pageView(src: string) {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/page-view.html';
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => page.customElements.get('campaign-progress'), 'the page never defined the element', {
    timeout: 10_000,
  });
  const el = page.document.createElement('campaign-progress');
  el.setAttribute('src', src);
  el.setAttribute('goal', '1000');
  const settled = new Promise((resolve) => {
    el.addEventListener('campaign-progress-update', resolve);
    el.addEventListener('campaign-progress-error', resolve);
  });
  page.document.body.append(el);
  await settled;
  await el.updateComplete;
  // The page stays open, as a reader's would while reading.
  openPages.push(frame);
  return part(el, 'summary').textContent;
}

const openPages: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of openPages.splice(0)) frame.remove();
});

describe('a feed on a static host that sends Last-Modified and no Cache-Control', function () {
  // Three pages load, one after the other.
  this.timeout(20_000);

  it('shows the edited total on the next page view, and costs a 304 when nothing changed', async () => {
    const feed = hostedFile();
    await feed.edit({ raised: 620 }, new Date(Date.now() - DAY));
    expect(await pageView(feed.path)).to.equal('$620 raised of $1,000 goal');

    // The blogger edits the file: the host now serves it with a newer Last-Modified.
    await feed.edit({ raised: 910 }, new Date(Date.now() - 60_000));
    expect(await pageView(feed.path)).to.equal('$910 raised of $1,000 goal');
    expect(await pageView(feed.path)).to.equal('$910 raised of $1,000 goal');

    // Each view asked the host; the last, with nothing changed since, cost a 304.
    expect((await feed.requests()).map(({ method, status }) => [method, status])).to.deep.equal([
      ['GET', 200],
      ['GET', 200],
      ['GET', 304],
    ]);
  });
});

/** The page's feed for `url`, once its first request has settled. */
function loaded(url: string): Promise<Feed> {
  const feed = feedFor(url);
  return new Promise((resolve) => {
    const leave = feed.subscribe(
      () => {
        if (feed.loading) return;
        leave();
        resolve(feed);
      },
      { refresh: 0, timeout: 10_000 },
    );
  });
}

describe('a feed on another site', () => {
  // The test server is 127.0.0.1; the same server by another name is another origin, another site.
  const otherSite = `http://localhost:${location.port}`;

  it('is read with a simple request: no header that would need a CORS preflight', async () => {
    const feed = hostedFile();
    await feed.edit({ raised: 620 }, new Date(Date.now() - DAY));
    const { json, failure } = await loaded(otherSite + feed.path);
    expect(failure).to.equal(undefined);
    expect(json).to.deep.equal({ raised: 620 });
    // The host refuses preflights: had one been needed, the feed would have failed.
    expect((await feed.requests()).map(({ method, origin }) => [method, origin])).to.deep.equal([
      ['GET', location.origin],
    ]);
  });

  const CORS_MESSAGE =
    'the feed could not be reached: the other site may not allow cross-origin reads (CORS); see "Hosting" in the README';

  it('that does not allow cross-origin reads fails with a message that says CORS may be why', async () => {
    // The test server sends no Access-Control-Allow-Origin for its own files: reading one from
    // another origin fails at the network level, as on a host that does not allow CORS.
    const src = `${otherSite}/test/fixtures/totals.json`;
    const error = nextEvent('campaign-progress-error');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
      );
      await error;
      await el.updateComplete;
    });
    expect((await error).detail).to.deep.equal({ reason: 'network', message: CORS_MESSAGE, src });
    expect(warnings).to.deep.equal([`campaign-progress: ${address(src)}: ${CORS_MESSAGE}`]);
    expect(part(el, 'status').textContent).to.equal('Totals unavailable');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('points at a README section that explains what such a server must send', async () => {
    const readme = await (await fetch('/README.md')).text();
    const hosting = readme.split(/^## /m).find((section) => section.startsWith('Hosting\n'));
    expect(hosting).to.contain('Access-Control-Allow-Origin');
  });

  it('is the only failure that mentions CORS: on the page’s own site the network was the trouble', async () => {
    const network = stubNetwork();
    const { failure } = await loaded(network.route('network-error'));
    network.restore();
    expect(failure).to.deep.equal({ reason: 'network', message: 'the feed could not be reached' });
  });
});

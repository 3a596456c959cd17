/**
 * Feeds as real hosts serve them: a static host's caching headers, another site's origin. These
 * tests use the network for real: web-test-runner.config.mjs serves /test/static-host/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { loadTotals } from '../src/feed.js';
import { part } from './helpers.js';

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
  await waitUntil(() => page.customElements.get('campaign-progress'), 'the page never defined the element');
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

describe('a feed on a static host that sends Last-Modified and no Cache-Control', () => {
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

describe('a feed on another site', () => {
  // The test server is 127.0.0.1; the same server by another name is another origin, another site.
  const otherSite = `http://localhost:${location.port}`;

  it('is read with a simple request: no header that would need a CORS preflight', async () => {
    const feed = hostedFile();
    await feed.edit({ raised: 620 }, new Date(Date.now() - DAY));
    const result = await loadTotals(otherSite + feed.path, { signal: new AbortController().signal });
    expect(result).to.deep.include({ ok: true, totals: { raised: 620 } });
    // The host refuses preflights: had one been needed, the feed would have failed.
    expect((await feed.requests()).map(({ method, origin }) => [method, origin])).to.deep.equal([
      ['GET', location.origin],
    ]);
  });
});

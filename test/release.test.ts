/**
 * The package as published: the files `npm run release:check` packed with `npm pack` and installed
 * into a blank project. The one-file build is loaded the way the README's pinned tag loads it, from a
 * stand-in for jsDelivr (another origin, jsDelivr's paths) with its integrity checked by the browser;
 * the Vite app built on the unbundled build shows the widget with one Lit.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CampaignProgress } from '../src/campaign-progress.js';

type Post = Window & typeof globalThis & { pageProblems: string[] };
type App = Window &
  typeof globalThis & {
    litHtmlVersions?: string[];
    litElementVersions?: string[];
    reactiveElementVersions?: string[];
  };

const readme = await (await fetch('/README.md')).text();
const pinnedTag =
  /<script [^>]*src="https:\/\/cdn\.jsdelivr\.net\/npm\/campaign-progress@\d+\.\d+\.\d+\/[^"]*"[^>]*><\/script>/.exec(
    readme,
  )![0];
const pinned = new DOMParser().parseFromString(pinnedTag, 'text/html').querySelector('script')!;
// The test server stands in for jsDelivr on another origin than the page's.
const cdn = `http://localhost:${location.port}`;
const pinnedSrc = pinned.src.replace('https://cdn.jsdelivr.net', cdn);
const WIDGET =
  '<campaign-progress raised="620" goal="1000" currency="USD" donate-href="https://example.org/donate"><a href="https://example.org/donate">Donate</a></campaign-progress>';

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function open<T extends Window>(src: string): Promise<T> {
  const frame = document.createElement('iframe');
  frame.style.setProperty('width', '600px');
  frame.style.setProperty('height', '800px');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as T;
}

/** The README's pinned tag in a blank post, with `integrity` in place of its own; resolves on load or error. */
async function pastePinnedTag(post: Post, integrity = pinned.integrity): Promise<'load' | 'error'> {
  post.document.body.innerHTML = WIDGET;
  const script = post.document.createElement('script');
  for (const { name, value } of pinned.attributes) script.setAttribute(name, value);
  script.src = pinnedSrc;
  script.integrity = integrity;
  const settled = new Promise<'load' | 'error'>((resolve) => {
    script.addEventListener('load', () => resolve('load'), { once: true });
    script.addEventListener('error', () => resolve('error'), { once: true });
  });
  post.document.head.append(script);
  return settled;
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('the packed one-file build, from jsDelivr’s path', function () {
  this.timeout(15_000);

  it('is pinned in the README at this version, with the packed file’s integrity hash', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(pinnedSrc).to.equal(`${cdn}/npm/campaign-progress@${version}/dist/campaign-progress.js`);
    expect(pinned.crossOrigin).to.equal('anonymous');
    expect(pinned.type).to.equal('module');
    const response = await fetch(pinnedSrc);
    expect(response.ok, await response.clone().text()).to.equal(true);
    expect(response.headers.get('Content-Type')).to.match(/^text\/javascript/);
    expect(await sha384(pinnedSrc)).to.equal(pinned.integrity);
  });

  it('renders in a blank post once the browser has checked its integrity', async () => {
    const post = await open<Post>('/test/fixtures/empty-post.html');
    expect(await pastePinnedTag(post)).to.equal('load');
    const el = post.document.querySelector('campaign-progress') as CampaignProgress;
    await waitUntil(
      () => el.shadowRoot?.querySelector('[part=summary]')?.textContent,
      'it never showed figures',
      {
        timeout: 10_000,
      },
    );
    expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('$620');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=donate]')!.href).to.equal(
      'https://example.org/donate',
    );
    expect(post.pageProblems).to.deep.equal([]);
  });

  it('is refused when its integrity hash is not the file’s, leaving the fallback link', async () => {
    const post = await open<Post>('/test/fixtures/empty-post.html');
    const wrong = await sha384('/package.json');
    expect(await pastePinnedTag(post, wrong)).to.equal('error');
    expect(post.customElements.get('campaign-progress')).to.equal(undefined);
    expect(post.document.querySelector('campaign-progress a')!.getClientRects().length).to.equal(1);
  });
});

describe('a Vite app built on the packed package', function () {
  this.timeout(15_000);

  it('renders the widget inside the app’s own Lit element, with one Lit on the page', async () => {
    const app = await open<App>('/release-app/');
    const root = app.document.querySelector('app-root')!;
    await waitUntil(
      () => root.shadowRoot?.querySelector('campaign-progress')?.shadowRoot?.querySelector('[part=summary]'),
      'the app never showed the widget',
      { timeout: 10_000 },
    );
    const el = root.shadowRoot!.querySelector('campaign-progress') as CampaignProgress;
    expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('$620');
    // Each copy of Lit's packages adds its version to these lists.
    expect(app.litHtmlVersions).to.have.length(1);
    expect(app.litElementVersions).to.have.length(1);
    expect(app.reactiveElementVersions).to.have.length(1);
  });
});

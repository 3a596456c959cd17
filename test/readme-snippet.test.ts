/**
 * The README's snippet, followed literally: pasted into a post, with the README's rule reserving
 * its room, and the built file loaded from another origin as the README says.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { part } from './helpers.js';

type Post = Window & typeof globalThis & { pageProblems: string[] };

const readme = await (await fetch('/README.md')).text();
const snippet = /```html\n([^]*?)```/.exec(readme)![1];
const element = /<campaign-progress[^]*<\/campaign-progress>/.exec(snippet)![0];
const reserve = /campaign-progress:not\(:defined\) \{[^}]*\}/.exec(readme)![0];
const scriptSrc = /<script type="module" src="([^"]*)"><\/script>/.exec(snippet)![1];
// The test server stands in for jsDelivr (another origin, the same paths, the packed package's files)
// and for the blogger's site.
const cdn = `http://localhost:${location.port}`;
const jsDelivr = 'https://cdn.jsdelivr.net';

const openPosts: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of openPosts.splice(0)) frame.remove();
});

/** An empty post in a 600 px column, its root font size as the theme sets it, its text at 16 px. */
async function emptyPost(rootFontSize = '100%'): Promise<Post> {
  const frame = document.createElement('iframe');
  frame.style.setProperty('width', '600px');
  frame.style.setProperty('height', '800px');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/empty-post.html';
  document.body.append(frame);
  openPosts.push(frame);
  await loaded;
  const post = frame.contentWindow as Post;
  post.document.documentElement.style.setProperty('font-size', rootFontSize);
  post.document.body.style.setProperty('font-size', '16px');
  return post;
}

/** Loads the built file into `post` with `type`, as the README's script tag does. */
function loadScript(post: Post, type: 'module' | 'classic') {
  const script = post.document.createElement('script');
  if (type === 'module') script.type = 'module';
  script.src = scriptSrc.replace(jsDelivr, cdn);
  post.document.head.append(script);
}

describe('the README’s snippet', function () {
  // A page loads, then the built file from another origin.
  this.timeout(15_000);

  it('has each tag on one line, so that an editor turning line breaks into <br> cannot shred it', () => {
    expect(snippet).not.to.match(/<[^>]*\n[^>]*>/);
    expect(snippet).to.contain('<script type="module"');
  });

  it('loads the one-file build from jsDelivr, at the latest release of this major version', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(scriptSrc).to.equal(
      `${jsDelivr}/npm/campaign-progress@${version.split('.')[0]}/dist/campaign-progress.js`,
    );
    const served = await fetch(scriptSrc.replace(jsDelivr, cdn));
    expect(served.ok, await served.clone().text()).to.equal(true);
  });

  it('puts totals.json where its words say', () => {
    const src = /\ssrc="([^"]*)"/.exec(element)![1];
    const words = readme.slice(readme.indexOf(snippet) + snippet.length).split('```json')[0];
    expect(src).to.equal('/totals.json');
    expect(words).to.contain('at the root of your site');
    expect(words).to.contain(`\`${src}\``);
  });

  for (const rootFontSize of ['100%', '62.5%']) {
    it(`reserves the widget’s room before the script runs, at a root font size of ${rootFontSize}`, async () => {
      const post = await emptyPost(rootFontSize);
      const sheet = new post.CSSStyleSheet();
      sheet.replaceSync(reserve);
      post.document.adoptedStyleSheets = [sheet];
      post.document.body.innerHTML = element.replace(
        'src="/totals.json"',
        'src="/test/fixtures/totals.json"',
      );
      const el = post.document.querySelector('campaign-progress') as CampaignProgress;
      const fallback = el.querySelector('a')!;
      const reserved = el.getBoundingClientRect().height;
      expect(fallback.getClientRects().length, 'the fallback link before the script').to.equal(1);

      loadScript(post, 'module');
      await waitUntil(
        () => el.shadowRoot?.querySelector('[part=summary]')?.textContent,
        'it never showed figures',
        { timeout: 10_000 },
      );
      expect(el.getBoundingClientRect().height).to.be.closeTo(reserved, 2);
      expect(fallback.getClientRects().length, 'the fallback link once the widget runs').to.equal(0);
      expect((part(el, 'donate') as HTMLAnchorElement).href).to.equal('https://example.org/donate');
      expect(post.pageProblems).to.deep.equal([]);
    });
  }

  it('leaves the fallback link to readers when the script is not a module, as the README warns', async () => {
    const post = await emptyPost();
    post.document.body.innerHTML = element;
    const errored = new Promise((resolve) => post.addEventListener('error', resolve, { once: true }));
    loadScript(post, 'classic');
    await errored;
    expect(post.customElements.get('campaign-progress')).to.equal(undefined);
    const fallback = post.document.querySelector('campaign-progress a')!;
    expect(fallback.getClientRects().length).to.equal(1);
    expect(fallback.textContent).to.equal('Donate to my appeal');
  });
});

describe('content inside the element', () => {
  it('is not shown once the widget runs: its shadow root has no slot', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000" donate-href="https://example.org/donate"
        ><a href="https://example.org/donate">Donate to my appeal</a></campaign-progress
      >`,
    );
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(1);
    await expect(el).shadowDom.to.be.accessible();
  });
});

/**
 * The snippet builder (demo/builder.html), used as a blogger uses it: published with the built file
 * from another origin under a blog's strict Content-Security-Policy (`?built`, see
 * web-test-runner.config.mjs), filled in field by field, its snippet pasted into a blank post.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WAIT_MS, part, visibleText } from './helpers.js';
import type { CampaignProgress } from '../src/campaign-progress.js';

type BuilderWindow = Window &
  typeof globalThis & {
    pageProblems: string[];
    axe?: typeof import('axe-core');
  };

const cdn = `http://localhost:${location.port}`;
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens a page in a frame of `width` and waits for it to load. */
async function openFrame(src: string, width = 1200): Promise<BuilderWindow> {
  const frame = document.createElement('iframe');
  frame.style.setProperty('width', `${width}px`);
  frame.style.setProperty('height', '1600px');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as BuilderWindow;
}

/** The builder, published, with `hash` as its address's fragment; ready once its preview has rendered. */
async function openBuilder(hash = ''): Promise<BuilderWindow> {
  const builder = await openFrame(`/demo/builder.html?built${hash}`);
  await waitUntil(
    () => builder.customElements.get('campaign-progress'),
    'the built file never defined the element',
    {
      timeout: WAIT_MS,
    },
  );
  await waitUntil(() => preview(builder)?.shadowRoot?.querySelector('[part~=base]'), 'no preview', {
    timeout: WAIT_MS,
  });
  await preview(builder).updateComplete;
  return builder;
}

const preview = (builder: BuilderWindow) =>
  builder.document.getElementById('preview-widget') as CampaignProgress;
const field = (builder: BuilderWindow, id: string) => builder.document.getElementById(id) as HTMLInputElement;
const output = (builder: BuilderWindow, id: string) =>
  (builder.document.getElementById(id) as HTMLTextAreaElement).value;

/** Types `value` into a field, as a blogger's keyboard would: one input event. */
function type(builder: BuilderWindow, id: string, value: string) {
  const input = field(builder, id);
  input.value = value;
  input.dispatchEvent(new builder.Event('input', { bubbles: true }));
}

/** Picks a radio button or an option, as a click or a keyboard does: one change event. */
function choose(builder: BuilderWindow, id: string, value?: string) {
  const input = field(builder, id);
  if (value === undefined) input.checked = true;
  else input.value = value;
  input.dispatchEvent(new builder.Event('input', { bubbles: true }));
  input.dispatchEvent(new builder.Event('change', { bubbles: true }));
}

/** The preview once it has taken the latest attributes. */
async function settled(builder: BuilderWindow) {
  await new Promise((resolve) => builder.requestAnimationFrame(resolve));
  await preview(builder).updateComplete;
  return preview(builder);
}

describe('the snippet builder', function () {
  // Each test loads the builder and the built file; some paste the snippet into a second page.
  this.timeout(15_000);

  it('loads with the built file, under the strict policy, fetching nothing beyond this server', async () => {
    const builder = await openBuilder();
    expect(builder.pageProblems).to.deep.equal([]);
    const urls = builder.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(urls.some((url) => url.pathname === '/dist/campaign-progress.js')).to.equal(true);
    // The builder's own script may share a pure helper with the widget, but the widget is the built one.
    expect(urls.filter((url) => /^\/src\/(define|campaign-progress)\./.test(url.pathname))).to.deep.equal([]);
    expect(urls.filter((url) => !['localhost', '127.0.0.1'].includes(url.hostname))).to.deep.equal([]);
  });

  it('shows the real widget with the goal and heading as they are typed', async () => {
    const builder = await openBuilder();
    type(builder, 'goal', '2,500');
    type(builder, 'heading', 'Books for the library');
    type(builder, 'raised', '1250');
    const el = await settled(builder);
    expect(visibleText(el)).to.contain('Books for the library');
    expect(visibleText(el)).to.contain('$1,250 raised of $2,500 goal');
    expect(output(builder, 'snippet-output')).to.contain('goal="2500"');
  });

  it('copies a one-line snippet that renders, pasted into a blank post, with its donate button and tiers', async () => {
    const builder = await openBuilder();
    let copied: string | undefined;
    Object.defineProperty(builder.navigator.clipboard, 'writeText', {
      value: async (text: string) => void (copied = text),
    });
    field(builder, 'copy-snippet').click();
    const status = builder.document.getElementById('copy-status')!;
    await waitUntil(() => status.textContent === 'Copied the snippet.', 'no “Copied” in the live region', {
      timeout: WAIT_MS,
    });
    expect(status.getAttribute('role')).to.equal('status');
    const text = output(builder, 'snippet-output');
    expect(copied).to.equal(text);
    expect(text).not.to.match(/\n/);

    const post = await openFrame('/test/fixtures/empty-post.html', 600);
    const scriptTag = /<script type="module" src="([^"]+)"><\/script>/.exec(text)!;
    expect(scriptTag[1]).to.equal(
      'https://cdn.jsdelivr.net/npm/campaign-progress@1/dist/campaign-progress.js',
    );
    // The jsDelivr address, served here from the stand-in CDN; markup set by innerHTML runs no script.
    post.document.body.innerHTML = text;
    const script = post.document.createElement('script');
    script.type = 'module';
    script.src = `${cdn}/dist/campaign-progress.js`;
    post.document.head.append(script);
    const el = post.document.querySelector('campaign-progress') as CampaignProgress;
    expect(el.parentElement!.localName).to.equal('div');
    await waitUntil(
      () => el.shadowRoot?.querySelector('[part~=donate]'),
      'the pasted widget never rendered',
      {
        timeout: WAIT_MS,
      },
    );
    await el.updateComplete;
    expect(part(el, 'donate').getAttribute('href')).to.equal('https://example.org/donate');
    expect(el.shadowRoot!.querySelectorAll('[part~=tier]')).to.have.length(3);
    expect(visibleText(el)).to.contain('$620 raised of $1,000 goal');
    expect(post.pageProblems).to.deep.equal([]);
  });

  it('selects the text for the keyboard when the clipboard refuses, and says so', async () => {
    const builder = await openBuilder();
    Object.defineProperty(builder.navigator.clipboard, 'writeText', {
      value: async () => {
        throw new DOMException('denied', 'NotAllowedError');
      },
    });
    field(builder, 'copy-css').click();
    const status = builder.document.getElementById('copy-status')!;
    await waitUntil(() => status.textContent!.includes('selected'), 'no word of the selection', {
      timeout: WAIT_MS,
    });
    const css = builder.document.getElementById('css-output') as HTMLTextAreaElement;
    expect(builder.document.activeElement?.id).to.equal('css-output');
    expect([css.selectionStart, css.selectionEnd]).to.deep.equal([0, css.value.length]);
  });

  it('flags an invalid donate link, goal, currency and tier beside each field, and copies none of it', async () => {
    const builder = await openBuilder();
    type(builder, 'donateHref', 'javascript:alert(1)');
    type(builder, 'goal', '-5');
    type(builder, 'currency', 'XYZ');
    type(builder, 'tier-0-amount', 'forty-five');
    for (const [id, words] of [
      ['donateHref', 'https://'],
      ['goal', 'negative'],
      ['currency', 'XYZ'],
      ['tier-0-amount', 'number'],
    ]) {
      const input = field(builder, id);
      const problem = builder.document.getElementById(`${id}-problem`)!;
      expect(input.getAttribute('aria-invalid'), id).to.equal('true');
      expect(input.getAttribute('aria-describedby'), id).to.contain(problem.id);
      expect(problem.textContent, id).to.contain(words);
      expect(problem.getClientRects().length, id).to.equal(1);
    }
    expect(field(builder, 'copy-snippet').disabled).to.equal(true);
    const blocked = builder.document.getElementById('blocked')!;
    expect(blocked.hidden).to.equal(false);
    expect(blocked.textContent).to.contain('4 fields need fixing');
    expect(output(builder, 'snippet-output')).not.to.contain('<campaign-progress');

    type(builder, 'donateHref', 'mailto:give@example.org');
    type(builder, 'goal', '1000');
    type(builder, 'currency', 'eur');
    type(builder, 'tier-0-amount', '45');
    expect(field(builder, 'donateHref').hasAttribute('aria-invalid')).to.equal(false);
    expect(field(builder, 'copy-snippet').disabled).to.equal(false);
    expect(output(builder, 'snippet-output')).to.contain('donate-href="mailto:give@example.org"');
    expect(output(builder, 'snippet-output')).to.contain('currency="EUR"');
  });

  it('keeps its state in the address: the bookmarked address restores the form', async () => {
    const builder = await openBuilder();
    type(builder, 'heading', 'Mes « livres » & <amis>');
    choose(builder, 'locale', 'fr');
    choose(builder, 'layout-bar');
    choose(builder, 'theme', 'dark');
    type(builder, 'tier-1-label', 'achète dix livres');
    const { hash } = builder.location;
    expect(hash).to.contain('heading=');
    const snippet = output(builder, 'snippet-output');

    const again = await openBuilder(hash);
    expect(field(again, 'heading').value).to.equal('Mes « livres » & <amis>');
    expect(field(again, 'locale').value).to.equal('fr');
    expect(field(again, 'layout-bar').checked).to.equal(true);
    expect(field(again, 'tier-1-label').value).to.equal('achète dix livres');
    expect(output(again, 'snippet-output')).to.equal(snippet);
    const el = await settled(again);
    expect(el.getAttribute('layout')).to.equal('bar');
    expect(part(el, 'donate').textContent).to.equal('Faire un don');
  });

  it('fills in a platform’s address and paths, and previews its feed once the address is real', async () => {
    const builder = await openBuilder();
    choose(builder, 'source-preset');
    choose(builder, 'preset', 'every-org');
    expect(field(builder, 'goal').value, 'the platform’s goal').to.equal('');
    expect(field(builder, 'currency').value, 'the blogger’s currency, for the fallback list too').to.equal(
      'USD',
    );
    expect(field(builder, 'goalPath').value).to.equal('goalAmount');
    expect(field(builder, 'donorsPath').value).to.equal('supporters');
    expect(field(builder, 'amountUnit').checked).to.equal(true);
    expect(field(builder, 'src').value).to.contain('YOUR_FUNDRAISER');
    expect(builder.document.getElementById('src-problem')!.textContent).to.contain('YOUR_');
    expect(field(builder, 'copy-snippet').disabled).to.equal(true);

    type(builder, 'src', `${location.origin}/feed/platforms/every-org.json`);
    expect(field(builder, 'copy-snippet').disabled).to.equal(false);
    const snippet = output(builder, 'snippet-output');
    expect(snippet).to.contain('goal-path="goalAmount" donors-path="supporters"');
    expect(snippet).to.contain('amount-unit="minor"');
    expect(snippet).not.to.match(/ goal=/);
    expect(snippet).to.contain('currency="USD"');
    expect(snippet, 'the fallback list’s amounts in the currency').to.contain('<li>$45 <campaign-tier');
    await waitUntil(
      () => visibleText(preview(builder)).includes('$1,824.50 raised of $5,000 goal'),
      'the preview never read the platform’s feed',
      { timeout: WAIT_MS },
    );

    // Turning back to a total typed into the post brings back the goal the preset set aside.
    choose(builder, 'source-post');
    expect(field(builder, 'goal').value).to.equal('1000');
    expect(field(builder, 'copy-snippet').disabled).to.equal(false);
  });

  it('keeps a totals.json: another $50 adds to raised and donors, dated now, ready to download', async () => {
    const builder = await openBuilder();
    choose(builder, 'source-file');
    expect(builder.document.getElementById('totals-output-section')!.hidden).to.equal(false);
    expect(output(builder, 'snippet-output')).to.contain('src="/totals.json"');
    const before = Date.now();
    field(builder, 'gift').value = '50';
    field(builder, 'add-gift').click();
    const totals = JSON.parse(output(builder, 'totals-output'));
    expect(totals).to.include({ raised: 670, goal: 1000, currency: 'USD', donors: 15 });
    expect(Date.parse(totals.updated)).to.be.within(before - 1000, Date.now() + 1000);
    const download = builder.document.getElementById('download-totals') as HTMLAnchorElement;
    expect(download.download).to.equal('totals.json');
    expect(await (await fetch(download.href)).text()).to.equal(output(builder, 'totals-output'));
    const status = builder.document.getElementById('copy-status')!;
    await waitUntil(
      () => status.textContent === 'Added $50: 670 raised, 15 donors.',
      'the gift was not announced',
      {
        timeout: WAIT_MS,
      },
    );
    expect(visibleText(await settled(builder))).to.contain('$670 raised of $1,000 goal');
  });

  it('adds, reorders and removes tiers with buttons, focus following the tier', async () => {
    const builder = await openBuilder();
    const down = builder.document.querySelector<HTMLButtonElement>('button[aria-label="Move down tier 1"]')!;
    expect(down.localName).to.equal('button');
    down.focus();
    down.click();
    const labels = () =>
      [...builder.document.querySelectorAll<HTMLInputElement>('[id$=-label]')].map((i) => i.value);
    expect(labels()[1]).to.equal('covers one day of undercover investigations');
    expect(builder.document.activeElement!.getAttribute('aria-label')).to.equal('Move down tier 2');
    builder.document.querySelector<HTMLButtonElement>('button[aria-label="Remove tier 1"]')!.click();
    expect(labels()).to.have.length(2);
    field(builder, 'add-tier').click();
    expect(builder.document.activeElement!.id).to.equal('tier-2-amount');
    type(builder, 'tier-2-amount', '1,000');
    type(builder, 'tier-2-label', 'buys a van');
    expect(output(builder, 'snippet-output')).to.match(
      /amount="45">covers one day[^]*amount="455"[^]*amount="1000">buys a van</,
    );
    const el = await settled(builder);
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[part~=tier]').length === 3,
      'the preview’s tiers',
      {
        timeout: WAIT_MS,
      },
    );
  });

  it('passes an axe audit', async function () {
    // Half a megabyte of axe-core to load into the page, then a page-wide audit.
    this.timeout(30_000);
    const builder = await openBuilder();
    choose(builder, 'source-file');
    type(builder, 'goal', '-1');
    await new Promise((resolve, reject) => {
      const script = builder.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      builder.document.head.append(script);
    });
    const results = await builder.axe!.run(builder.document);
    expect(
      results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`),
    ).to.deep.equal([]);
  });
});

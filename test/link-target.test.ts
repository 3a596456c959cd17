/**
 * Where the donate and tier links open: in the page itself, or, inside a frame (a site builder's
 * embed box), in a new tab, since a donate page shown inside a box a few hundred pixels tall, or
 * refusing to be framed at all, leaves the reader no way to give. `link-target` lets a page choose.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { captureWarnings, pause, recordEvents, until, within } from './helpers.js';

/** The widget's donate link and tier links. */
const links = (el: CampaignProgress) => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=donate], [part~=tier]'),
];

/** A widget with a tier, linking to example.org, with `attributes` set. */
async function widget(attributes: Record<string, string> = {}) {
  const el = await fixture<CampaignProgress>(
    html`<campaign-progress raised="620" goal="1000" donate-href="https://example.org/donate?amount={amount}"
      ><campaign-tier amount="45"
        >covers one day of undercover investigations</campaign-tier
      ></campaign-progress
    >`,
  );
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  expect(links(el)).to.have.length(2);
  return el;
}

describe('link-target: on the page itself', () => {
  it('opens links where links open by default: no target', async () => {
    expect(window.top).to.equal(window);
    const el = await widget();
    for (const link of links(el)) {
      expect(link.hasAttribute('target')).to.equal(false);
      expect(link.hasAttribute('rel')).to.equal(false);
    }
    await expect(el).shadowDom.to.be.accessible();
  });

  it('opens them as link-target="_top" says', async () => {
    const el = await widget({ 'link-target': '_top' });
    for (const link of links(el)) {
      expect(link.getAttribute('target')).to.equal('_top');
      expect(link.hasAttribute('rel')).to.equal(false);
    }
  });

  it('opens them in a new tab with link-target="_blank", never giving that tab this page', async () => {
    const el = await widget({ 'link-target': '_blank' });
    for (const link of links(el)) {
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener');
    }
  });

  it('refuses another value, saying which are used, and keeps the default', async () => {
    const errors = recordEvents('campaign-progress-error');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await widget({ 'link-target': 'new' });
      await pause(0);
    });
    errors.stop();
    const message = 'the link-target attribute must be "_self", "_blank" or "_top"';
    expect(errors.events.map((event) => [event.detail.reason, event.detail.message])).to.deep.equal([
      ['attribute', message],
    ]);
    expect(warnings).to.deep.equal([`campaign-progress: ${message}`]);
    for (const link of links(el)) expect(link.hasAttribute('target')).to.equal(false);
  });
});

describe('link-target: in a sandboxed embed box on another origin', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('opens the donate page in a new tab, not in the box', async function () {
    // A frame of its own loads the built file.
    this.timeout(20_000);
    const donatePage = `/test/static-host/donate-${Date.now()}-${Math.random().toString(36).slice(2)}.json`;
    const hosted = await fetch(`${donatePage}?edit`, {
      method: 'POST',
      body: JSON.stringify({ body: '{}', lastModified: new Date() }),
    });
    expect(hosted.status).to.equal(204);
    const visits = async () =>
      ((await (await fetch(`${donatePage}?requests`, { cache: 'no-store' })).json()) as unknown[]).length;

    // Wix's "Embed HTML" box, roughly: another origin, a sandbox that allows scripts and popups.
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-popups');
    frame.style.cssText = 'width: 400px; height: 350px; border: 0';
    // A page that reports the visit to that file, then closes its tab.
    const donate = `${location.origin}/test/fixtures/donate-page.html?visit=${encodeURIComponent(`${location.origin}${donatePage}`)}`;
    frame.src = `http://localhost:${location.port}/test/fixtures/embed-box.html?donate=${encodeURIComponent(donate)}`;
    const told = new Promise<{ target: string; rel: string; rect: Omit<DOMRect, 'toJSON'> }>((resolve) =>
      addEventListener('message', function listen(event) {
        if (event.source !== frame!.contentWindow) return;
        removeEventListener('message', listen);
        resolve(event.data);
      }),
    );
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const link = await within(told, 'word from the widget in the box');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener');

    let navigations = 0;
    frame.addEventListener('load', () => navigations++);
    const box = frame.getBoundingClientRect();
    // A reader's click, with the user activation a new tab needs.
    await sendMouse({
      type: 'click',
      position: [
        Math.round(box.left + link.rect.left + link.rect.width / 2),
        Math.round(box.top + link.rect.top + link.rect.height / 2),
      ],
    });
    await until(async () => (await visits()) > 0, 'a visit to the donate page');
    // Had the box itself gone to the donate page, it would have loaded again by now.
    await pause(300);
    expect(navigations, 'the box’s own navigations').to.equal(0);
  });
});

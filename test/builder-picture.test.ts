/**
 * The snippet builder's picture (demo/builder.html): the Download picture button makes progress.png
 * in the blogger's browser from the same settings as the snippet, and the snippet can carry the
 * picture inside the element for feed readers, e-mail copies and readers without JavaScript.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WAIT_MS } from './helpers.js';
import type { CampaignProgress } from '../src/campaign-progress.js';

type BuilderWindow = Window & typeof globalThis;

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/**
 * The builder from its sources, ready once its preview has rendered. (Published under the tests'
 * strict policy, `default-src 'self'`, a page may not show `data:` images, which the picture is
 * rasterised from: the builder's own site sets no such policy.)
 */
async function openBuilder(hash = ''): Promise<BuilderWindow> {
  const frame = document.createElement('iframe');
  frame.style.setProperty('width', '1200px');
  frame.style.setProperty('height', '1600px');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/builder.html${hash}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const builder = frame.contentWindow as BuilderWindow;
  const preview = () => builder.document.getElementById('preview-widget') as CampaignProgress | null;
  await waitUntil(() => preview()?.shadowRoot?.querySelector('[part~=base]'), 'no preview', {
    timeout: WAIT_MS,
  });
  await preview()!.updateComplete;
  return builder;
}

const byId = <T extends HTMLElement>(builder: BuilderWindow, id: string) =>
  builder.document.getElementById(id) as T;

describe('the builder’s picture', function () {
  // The builder loads from its sources, and the picture is drawn twice its size.
  this.timeout(20_000);

  it('Download picture makes progress.png, 1200 px wide, from the form’s settings', async () => {
    const builder = await openBuilder();
    const link = byId<HTMLAnchorElement>(builder, 'picture-download');
    // The download itself is the browser's business: the test keeps the file the button hands it.
    link.addEventListener('click', (event) => event.preventDefault());
    byId<HTMLButtonElement>(builder, 'download-picture').click();
    const status = byId(builder, 'copy-status');
    await waitUntil(() => /progress\.png/.test(status.textContent!), 'no word of the picture', {
      timeout: 10_000,
    });
    expect(status.textContent).to.match(/^Made progress\.png \(\d+ KB, 1200 px wide\)\.$/);
    expect(link.download).to.equal('progress.png');
    const png = await (await builder.fetch(link.href)).blob();
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(1200);
    expect(png.size).to.be.below(60_000);
  });

  it('puts the picture in the snippet, with its alt text and size, when asked', async () => {
    const builder = await openBuilder();
    const snippet = () => byId<HTMLTextAreaElement>(builder, 'snippet-output').value;
    expect(snippet()).not.to.include('<img');
    const checkbox = byId<HTMLInputElement>(builder, 'picture');
    checkbox.click();
    await waitUntil(() => snippet().includes('<img'), 'no picture in the snippet', { timeout: WAIT_MS });
    const alt = 'Make a Difference for Freedom: $620 raised of $1,000 goal';
    expect(byId(builder, 'picture-alt').textContent).to.equal(alt);
    const element = new DOMParser()
      .parseFromString(snippet(), 'text/html')
      .querySelector('campaign-progress')!;
    // The first thing inside the element: what a feed reader or a mail client shows first.
    const image = element.firstElementChild as HTMLImageElement;
    expect(image.outerHTML).to.match(
      new RegExp(`^<img src="progress.png" alt="${alt.replaceAll('$', '\\$')}" width="600" height="\\d+">$`),
    );
    expect(Number(image.getAttribute('height'))).to.be.within(300, 900);
    // Still the donate link and the tiers for the widget to read.
    expect(element.querySelectorAll('campaign-tier').length).to.equal(3);
    expect(element.querySelector('a')!.href).to.equal('https://example.org/donate');
    // On the blog it takes no room before the widget comes, and shows where scripts never run.
    expect(byId<HTMLTextAreaElement>(builder, 'css-output').value).to.include(
      'campaign-progress:not(:defined) > img { display: none; } @media (scripting: none)',
    );

    const address = byId<HTMLInputElement>(builder, 'pictureSrc');
    address.value = 'https://blog.example/uploads/progress.png';
    address.dispatchEvent(new builder.Event('input', { bubbles: true }));
    expect(snippet()).to.include('<img src="https://blog.example/uploads/progress.png"');
    // Kept in the address, for the blogger who comes back to edit.
    expect(builder.location.hash).to.include('picture=fallback');
  });
});

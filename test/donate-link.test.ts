/**
 * The donate link as bloggers write it: with or without a scheme, relative, or by e-mail.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { withScheme } from '../src/safe-url.js';
import { checkSettings } from '../src/settings.js';
import { captureWarnings, recordEvents } from './helpers.js';
import { delay } from './network.js';

const base = 'https://blog.example/2026/04/appeal.html';

/** A widget with `href` as its donate link, the console warnings and error events it gave. */
async function withLink(href: string) {
  const errors = recordEvents('campaign-progress-error');
  let el!: CampaignProgress;
  const warnings = await captureWarnings(async () => {
    el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1" goal="2" donate-href=${href}></campaign-progress>`,
    );
    el.heading = 'A render more';
    await el.updateComplete;
    await delay(0);
  });
  errors.stop();
  const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=donate]');
  return { el, link, warnings, errors: errors.events.map((event) => event.detail.message) };
}

describe('a donate link without a scheme', () => {
  for (const [written, meant] of [
    ['example.org/donate', 'https://example.org/donate'],
    ['www.example.org/donate', 'https://www.example.org/donate'],
    ['example.org', 'https://example.org'],
    [' give.example.org/now?c=ijm#form ', 'https://give.example.org/now?c=ijm#form'],
    ['example.org:8443/donate', 'https://example.org:8443/donate'],
  ]) {
    it(`reads ${JSON.stringify(written)}, which starts with a domain name, as ${meant}`, () => {
      expect(withScheme(written)).to.equal(meant);
    });
  }

  for (const relative of ['/donate', './give', '../give', 'donate.html', 'give.php?c=1', 'give', '#donate']) {
    it(`leaves the relative link ${JSON.stringify(relative)} as it is`, () => {
      expect(withScheme(relative)).to.equal(relative);
      expect(checkSettings({ donateHref: relative }, undefined, base)).to.deep.include({
        donateUrl: new URL(relative, base).href,
        notes: [],
        problems: [],
      });
    });
  }

  it('leaves links with a scheme as they are', () => {
    for (const url of [
      'https://example.org/donate',
      'http://example.org',
      'javascript:alert(1)',
      '//cdn.example/x',
    ])
      expect(withScheme(url)).to.equal(url);
  });

  it('goes to the site it names, saying so once in the console and firing no error', async () => {
    const { link, warnings, errors, el } = await withLink('example.org/donate');
    expect(link!.href).to.equal('https://example.org/donate');
    expect(warnings).to.deep.equal([
      'campaign-progress: reading the donate-href "example.org/donate" as "https://example.org/donate"',
    ]);
    expect(errors).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps a true relative path on the page’s own site, silently', async () => {
    const { link, warnings } = await withLink('donate.html');
    expect(link!.href).to.equal(new URL('donate.html', location.href).href);
    expect(warnings).to.deep.equal([]);
  });
});

describe('a mailto: donate link', () => {
  it('is used as it is, for pledges by e-mail, with nothing said', async () => {
    const href = 'mailto:pledge@example.org?subject=My%20pledge';
    const { el, link, warnings, errors } = await withLink(href);
    expect(link!.href).to.equal(href);
    expect(link!.textContent).to.equal('Donate');
    expect([...warnings, ...errors]).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
  });

  for (const href of ['javascript:alert(1)', 'data:text/html,x', 'tel:+15551234', 'file:///etc/passwd']) {
    it(`leaves ${href.slice(0, 12)}… refused, saying which links are used`, async () => {
      const { link, errors } = await withLink(href);
      expect(link).to.equal(null);
      expect(errors).to.deep.equal([`refusing the donate-href "${href}": not http:, https: or mailto:`]);
    });
  }
});

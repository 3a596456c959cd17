/**
 * The donate link as bloggers write it: with or without a scheme, relative, by e-mail, or only as
 * the plain link inside the element.
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

/** Collects console.info lines while `run` runs. */
async function captureInfo(run: () => unknown): Promise<string[]> {
  const lines: string[] = [];
  const info = console.info;
  console.info = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    await run();
  } finally {
    console.info = info;
  }
  return lines;
}

const NO_LINK = 'campaign-progress: no donate link: set donate-href, or put a link inside the element';

describe('without a donate-href: the link inside the element', () => {
  const donate = (el: CampaignProgress) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=donate]');
  const tierLinks = (el: CampaignProgress) =>
    [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=tier]')].map((tier) => tier.href);

  it('is the donate link: its address, and its text as the label', async () => {
    let el!: CampaignProgress;
    const said = await captureInfo(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1000"
          ><a href="https://example.org/donate"> Donate to my appeal </a></campaign-progress
        >`,
      );
    });
    expect(donate(el)!.href).to.equal('https://example.org/donate');
    expect(donate(el)!.textContent!.trim()).to.equal('Donate to my appeal');
    // The page's own words: in the page's language, not the widget's.
    expect(donate(el)!.hasAttribute('lang')).to.equal(false);
    expect(said).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps a donate-label over the link’s text, and “Donate” for a link with no text', async () => {
    const labelled = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1" goal="2" donate-label="Give now"
        ><a href="https://example.org/donate">Donate to my appeal</a></campaign-progress
      >`,
    );
    expect(donate(labelled)!.textContent!.trim()).to.equal('Give now');
    const bare = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1" goal="2"
        ><a href="https://example.org/donate"> </a
      ></campaign-progress>`,
    );
    expect(donate(bare)!.textContent!.trim()).to.equal('Donate');
  });

  it('builds every tier’s link from it, {amount} and all, so that Tab reaches each tier', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000"
        ><ul>
          <li><campaign-tier amount="45">covers one day of undercover investigations</campaign-tier></li>
          <li><campaign-tier amount="240">covers six days of aftercare for a victim</campaign-tier></li>
        </ul>
        <a href="https://example.org/donate?amount={amount}">Donate</a></campaign-progress
      >`,
    );
    expect(donate(el)!.href).to.equal('https://example.org/donate');
    expect(tierLinks(el)).to.deep.equal([
      'https://example.org/donate?amount=45',
      'https://example.org/donate?amount=240',
    ]);
    for (const tier of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=tier]'))
      expect(tier.tabIndex).to.equal(0);
  });

  it('goes to a link with no scheme’s site, saying so', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="1" goal="2"
          ><a href="example.org/donate">Donate</a></campaign-progress
        >`,
      );
    });
    expect(donate(el)!.href).to.equal('https://example.org/donate');
    expect(warnings).to.deep.equal([
      'campaign-progress: reading the link inside the element "example.org/donate" as "https://example.org/donate"',
    ]);
  });

  it('refuses a javascript: link, saying so', async () => {
    const errors = recordEvents('campaign-progress-error');
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="1" goal="2"
          ><a href="javascript:alert(1)">Donate</a></campaign-progress
        >`,
      );
      await delay(0);
    });
    errors.stop();
    expect(donate(el)).to.equal(null);
    expect(errors.events.map((event) => event.detail.message)).to.deep.equal([
      'refusing the link inside the element "javascript:alert(1)": not http:, https: or mailto:',
    ]);
  });

  it('comes second to a donate-href', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1" goal="2" donate-href="https://example.org/give"
        ><a href="https://example.org/donate">Donate to my appeal</a></campaign-progress
      >`,
    );
    expect(donate(el)!.href).to.equal('https://example.org/give');
    expect(donate(el)!.textContent!.trim()).to.equal('Donate');
  });

  it('follows the link as the page adds or edits it', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1" goal="2"></campaign-progress>`,
    );
    const link = document.createElement('a');
    link.href = 'https://example.org/donate';
    link.textContent = 'Donate to my appeal';
    el.append(link);
    await delay(0);
    await el.updateComplete;
    expect(donate(el)!.href).to.equal('https://example.org/donate');
    link.setAttribute('href', 'https://example.org/give');
    await delay(0);
    await el.updateComplete;
    expect(donate(el)!.href).to.equal('https://example.org/give');
  });

  it('with neither, says so in the console once', async () => {
    let el!: CampaignProgress;
    const said = await captureInfo(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1000"></campaign-progress>`,
      );
      el.heading = 'A render more';
      await el.updateComplete;
      el.raised = 640;
      await el.updateComplete;
    });
    expect(donate(el)).to.equal(null);
    expect(said).to.deep.equal([NO_LINK]);
  });
});

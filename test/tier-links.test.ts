import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { captureWarnings, part } from './helpers.js';
import { delay } from './network.js';

// The seed appeal's six tiers (shared/SAMPLE-CAMPAIGN.md), in the post's order.
const SIX = [
  { amount: 45, label: 'covers one day of undercover investigations' },
  { amount: 240, label: 'covers six days of aftercare for a victim' },
  { amount: 455, label: 'covers seven days of legal advocacy' },
  { amount: 2540, label: 'covers one day of operations in a field office' },
  { amount: 4500, label: 'covers one rescue operation' },
  { amount: 18500, label: 'covers a national lawyer for a year' },
];

/** `<campaign-tier>` children for `tiers`, in the order given. */
const children = (tiers: readonly { amount: number | string; label: string }[]) =>
  tiers.map(({ amount, label }) => html`<campaign-tier amount=${amount}>${label}</campaign-tier>`);

/** A widget at $620 of $1,000 with `tiers`, linking to `href`. */
const widget = (href: string, tiers = SIX, locale = 'en-US') =>
  fixture<CampaignProgress>(
    html`<campaign-progress raised="620" goal="1000" locale=${locale} donate-href=${href}>
      ${children(tiers)}
    </campaign-progress>`,
  );

/** The tiers in the widget's list, in the order shown. */
const tierParts = (el: CampaignProgress) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=tier]')];

/** Where each tier's link goes. */
const tierHrefs = (el: CampaignProgress) => tierParts(el).map((tier) => (tier as HTMLAnchorElement).href);

/** A tier's words, white space folded. */
const spoken = (node: Element) => node.textContent!.replace(/[ \t\n\r\f]+/g, ' ').trim();

describe('tier links: where they go', () => {
  it('makes every tier a link', async () => {
    const el = await widget('https://example.org/donate?amount={amount}');
    const tiers = tierParts(el);
    expect(tiers).to.have.length(6);
    expect(tiers.every((tier) => tier instanceof HTMLAnchorElement && tier.hasAttribute('href'))).to.equal(
      true,
    );
  });

  it('puts each tier’s amount in place of {amount}, as a plain number', async () => {
    const el = await widget('https://example.org/donate?amount={amount}&c=ijm', [
      { amount: 2540, label: 'runs a field office for a day' },
      { amount: 45, label: 'covers a day of investigations' },
      { amount: 12.5, label: 'buys a book' },
    ]);
    expect(tierHrefs(el)).to.deep.equal([
      'https://example.org/donate?amount=12.5&c=ijm',
      'https://example.org/donate?amount=45&c=ijm',
      'https://example.org/donate?amount=2540&c=ijm',
    ]);
  });

  it('asks for the amount it shows: a ¥12.5 tier shows "¥13" and links amount=13', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="620"
        goal="1000"
        currency="JPY"
        locale="en-US"
        donate-href="https://example.org/donate?amount={amount}"
        ><campaign-tier amount="12.5">buys a notebook</campaign-tier
        ><campaign-tier amount="2.4">buys a pencil</campaign-tier></campaign-progress
      >`,
    );
    expect(tierParts(el).map((tier) => tier.querySelector('[part=tier-amount]')!.textContent)).to.deep.equal([
      '¥2',
      '¥13',
    ]);
    expect(tierHrefs(el)).to.deep.equal([
      'https://example.org/donate?amount=2',
      'https://example.org/donate?amount=13',
    ]);
  });

  it('writes the plain number whatever the reader’s language', async () => {
    const el = await widget(
      'https://example.org/donate?amount={amount}',
      [
        { amount: 12.5, label: 'buys a book' },
        { amount: 2540, label: 'runs a field office for a day' },
      ],
      'de-DE',
    );
    expect(tierHrefs(el)).to.deep.equal([
      'https://example.org/donate?amount=12.5',
      'https://example.org/donate?amount=2540',
    ]);
  });

  it('fills a placeholder in the path, and a percent-encoded one, too', async () => {
    const el = await widget('https://example.org/give/{amount}?again=%7Bamount%7D', [SIX[0]]);
    expect(tierHrefs(el)).to.deep.equal(['https://example.org/give/45?again=45']);
  });

  it('links every tier to the donate URL itself when it has no {amount}', async () => {
    const el = await widget('https://example.org/donate?c=ijm');
    expect(new Set(tierHrefs(el))).to.deep.equal(new Set(['https://example.org/donate?c=ijm']));
    expect(tierHrefs(el)).to.have.length(6);
  });

  it('resolves a relative donate-href against the page, as the donate link does', async () => {
    const el = await widget('/give?amount={amount}', [SIX[0]]);
    expect(tierHrefs(el)).to.deep.equal([new URL('/give?amount=45', location.href).href]);
  });

  it('updates the links when donate-href changes', async () => {
    const el = await widget('https://example.org/donate?amount={amount}', [SIX[0]]);
    el.donateHref = 'https://example.net/give?sum={amount}';
    await el.updateComplete;
    expect(tierHrefs(el)).to.deep.equal(['https://example.net/give?sum=45']);
  });
});

describe('tier links: the main donate link never shows the placeholder', () => {
  for (const [template, main] of [
    ['?amount={amount}&c=1', '?c=1'],
    ['?c=1&amount={amount}', '?c=1'],
    ['?c=1&amount={amount}&ref=blog', '?c=1&ref=blog'],
    ['?amount={amount}', ''],
    ['?amount={amount}#give', '#give'],
    ['?amount=%7Bamount%7D&c=1', '?c=1'],
    ['?c=1&amount=%7Bamount%7D', '?c=1'],
    ['?c=1&amount=%7bamount%7d', '?c=1'],
  ]) {
    it(`drops the pair from …/donate${template}, giving …/donate${main}`, async () => {
      const el = await widget(`https://example.org/donate${template}`, [SIX[0]]);
      const donate = part(el, 'donate') as HTMLAnchorElement;
      expect(donate.href).to.equal(`https://example.org/donate${main}`);
      expect(donate.getAttribute('href')).not.to.match(/\{amount\}|%7Bamount%7D|amount=(&|#|$)/i);
      expect(donate.textContent).to.equal('Donate');
      expect(tierHrefs(el)).to.deep.equal([
        `https://example.org/donate${template.replace(/\{amount\}|%7Bamount%7D/i, '45')}`,
      ]);
    });
  }
});

describe('tier links: URL safety', () => {
  for (const href of [
    'javascript:alert({amount})',
    'javascript:alert(1)//?amount={amount}',
    'data:text/html,<script>alert("{amount}")</script>',
  ]) {
    it(`links nothing for ${href.slice(0, 20)}…: the tiers are shown as text`, async () => {
      let el!: CampaignProgress;
      const warnings = await captureWarnings(async () => {
        el = await widget(href);
        await delay(0);
      });
      expect(el.shadowRoot!.querySelectorAll(':any-link').length, 'links').to.equal(0);
      expect(tierParts(el).length).to.equal(6);
      expect(tierParts(el).some((tier) => tier.matches(':any-link'))).to.equal(false);
      expect(spoken(tierParts(el)[3])).to.contain('$2,540');
      expect(spoken(tierParts(el)[3])).to.contain('covers one day of operations in a field office');
      expect(warnings.filter((line) => line.includes('donate-href'))).to.have.length(1);
      await expect(el).shadowDom.to.be.accessible();
    });
  }
});

describe('tier links: keyboard and screen readers', () => {
  /** A widget after a button, so that Tab moves from the page into the widget. */
  async function afterButton() {
    const page = await fixture<HTMLElement>(
      html`<div>
        <button>Before the widget</button>
        <campaign-progress
          raised="620"
          goal="1000"
          locale="en-US"
          donate-href="https://example.org/donate?amount={amount}"
          >${children(SIX.slice(0, 3))}</campaign-progress
        >
      </div>`,
    );
    const el = page.querySelector('campaign-progress')!;
    page.querySelector('button')!.focus();
    return el;
  }

  it('reaches the donate link with Tab, then every tier, in order, the rest once opened', async () => {
    const el = await afterButton();
    const reached: string[] = [];
    const tab = async (times: number) => {
      for (let step = 0; step < times; step++) {
        await sendKeys({ press: 'Tab' });
        const focused = el.shadowRoot!.activeElement as HTMLAnchorElement | null;
        const name = focused ? (focused.getAttribute('part') ?? focused.localName) : 'outside the widget';
        reached.push(focused?.href ? `${name} ${focused.href}` : name);
      }
    };
    await tab(3);
    await sendKeys({ press: 'Enter' });
    await tab(2);
    // In the order they are drawn: the donate button under the figures, then the tiers.
    expect(reached).to.deep.equal([
      'donate https://example.org/donate',
      'tier reached https://example.org/donate?amount=45',
      'summary',
      'tier reached https://example.org/donate?amount=240',
      'tier reached https://example.org/donate?amount=455',
    ]);
    for (const tier of tierParts(el)) expect(tier.tabIndex).to.be.at.least(0);
  });

  it('shows a clear focus ring on the tier the keyboard is on, and none on the others', async () => {
    const el = await afterButton();
    // Past the donate button, which comes first.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const [focused, other] = tierParts(el);
    expect(el.shadowRoot!.activeElement === focused, 'the first tier has focus').to.equal(true);
    expect(focused.matches(':focus-visible')).to.equal(true);
    const ring = getComputedStyle(focused);
    expect(ring.outlineStyle).not.to.equal('none');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(ring.outlineColor).not.to.equal(getComputedStyle(part(el, 'base')).backgroundColor);
    expect(getComputedStyle(other).outlineStyle).to.equal('none');
  });

  it('takes focus from script too', async () => {
    const el = await widget('https://example.org/donate?amount={amount}');
    const link = el.shadowRoot!.querySelector<HTMLElement>('a[part~=tier]')!;
    link.focus();
    expect(el.shadowRoot!.activeElement === link, 'the tier has focus').to.equal(true);
  });

  it('names each link by what it does: "Give", the amount, the label and "funded" once reached', async () => {
    const el = await widget('https://example.org/donate?amount={amount}');
    el.shadowRoot!.querySelector('details')!.open = true;
    const tiers = tierParts(el);
    for (const tier of tiers) {
      expect(tier.getAttribute('role')).to.equal(null);
      // Every word on the link is in its name, in order, so that a reader who says what they see
      // (voice control) reaches it.
      const seen = tier.innerText.replace(/\s+/g, ' ').trim();
      expect(tier.getAttribute('aria-label'), seen).to.contain(seen);
    }
    expect(tiers[0].getAttribute('aria-label')).to.equal(
      'Give $45 covers one day of undercover investigations funded',
    );
    expect(tiers[3].getAttribute('aria-label')).to.equal(
      'Give $2,540 covers one day of operations in a field office',
    );
    expect(tiers[5].getAttribute('aria-label')).to.equal('Give $18,500 covers a national lawyer for a year');
  });

  it('puts the tier links in named lists: the first, then the rest behind "5 more ways to give"', async () => {
    const el = await widget('https://example.org/donate?amount={amount}');
    const lists = [...el.shadowRoot!.querySelectorAll('ul')];
    expect(lists.map((list) => list.querySelectorAll(':scope > li').length)).to.deep.equal([1, 5]);
    for (const list of lists) {
      const name = el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!);
      expect(name?.textContent).to.equal('What your gift does');
    }
    const more = el.shadowRoot!.querySelector('details')!;
    expect(more.contains(lists[1])).to.equal(true);
    expect(more.querySelector('summary')!.textContent).to.equal('5 more ways to give');
  });

  it('passes an accessibility audit', async () => {
    const el = await widget('https://example.org/donate?amount={amount}');
    await expect(el).shadowDom.to.be.accessible();
  });
});

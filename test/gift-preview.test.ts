import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { drawnFill, finishTransitions, part } from './helpers.js';
import { stubNetwork, type Network } from './network.js';

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
});

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

/**
 * A widget at $620 of $1,000 with `tiers`, each a link to donate, the disclosure of the tiers past
 * the first opened, as a reader previewing them would have.
 */
async function widget(tiers = SIX, options?: { parentNode?: HTMLElement }) {
  const el = await fixture<CampaignProgress>(
    html`<campaign-progress raised="620" goal="1000" donate-href="https://example.org/donate?amount={amount}">
      ${children(tiers)}
    </campaign-progress>`,
    options,
  );
  el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
  await nextFrame();
  return el;
}

/** The tier whose callout shows `amount`. */
function tier(el: CampaignProgress, amount: string): HTMLElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=tier]')].find(
    (candidate) => candidate.querySelector('[part=tier-amount]')!.textContent === amount,
  );
  if (!found) throw new Error(`no tier of ${amount}`);
  // A tier past the first ones is behind the disclosure: open it, as a reader would.
  found.closest('details')?.setAttribute('open', '');
  return found;
}

/** The previewed segment's share of the tube as drawn on screen, from 0 to 1. */
function drawnPreview(el: CampaignProgress): number {
  finishTransitions(el);
  return part(el, 'preview').getBoundingClientRect().height / part(el, 'track').clientHeight;
}

/** Whether the preview segment can be seen at all. */
const previewShown = (el: CampaignProgress) =>
  getComputedStyle(part(el, 'preview')).opacity === '1' && drawnPreview(el) > 0;

/** The impact line as shown (hidden stand-ins that only hold room are not read). */
const impact = (el: CampaignProgress) =>
  part(el, 'impact')
    .innerText.replace(/[ \t\n\r\f]+/g, ' ')
    .trim();

/** The gift previewed, as said in the impact line's place: '' with none. */
const gift = (el: CampaignProgress) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part=gift]')?.innerText.trim() ?? '';

/** The text of the element that describes `link` to a screen reader. */
function description(el: CampaignProgress, link: Element): string {
  const ids = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

const pointer = (type: string) =>
  new PointerEvent(type, { bubbles: type !== 'pointerleave', composed: true });

const SENTENCES = "What you've given so far covers seven days of legal advocacy.";

describe('gift preview: focusing a tier', () => {
  it('draws the gift as a second segment of the tube, up to where it would take the total', async () => {
    const el = await widget();
    expect(previewShown(el), 'nothing previewed yet').to.equal(false);
    tier(el, '$240').focus();
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'preview')).opacity).to.equal('1');
    expect(drawnPreview(el)).to.be.closeTo(0.86, 0.01);
    expect(drawnFill(el), 'the total itself is unchanged').to.be.closeTo(0.62, 0.01);
  });

  it('says in words how far the gift would take the total, in place of what the gifts so far cover', async () => {
    const el = await widget();
    expect([impact(el), gift(el)]).to.deep.equal([SENTENCES, '']);
    tier(el, '$240').focus();
    await el.updateComplete;
    // What one gift would do steps in for what the gifts so far do; what is left to go stays.
    expect([impact(el), gift(el)]).to.deep.equal(['$240 would take us to 86%', '$240 would take us to 86%']);
    expect(part(el, 'to-go').innerText).to.equal('$380 to go');
    tier(el, '$240').blur();
    await el.updateComplete;
    expect([impact(el), gift(el)]).to.deep.equal([SENTENCES, '']);
  });

  it('rounds the total to the currency before its percentage: 12.349 on $987.65 of $1,000 is 100%', async () => {
    // A number, from script: as text, "12.349" could be German thousands, and is refused.
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="987.65"
        goal="1000"
        donate-href="https://example.org/donate?amount={amount}"
        .tiers=${[{ amount: 12.349, label: 'closes the gap' }]}
      ></campaign-progress>`,
    );
    tier(el, '$12.35').focus();
    await el.updateComplete;
    // $987.65 + $12.35, as shown, is $1,000: the goal, not 99% of it.
    expect(gift(el)).to.equal('$12.35 would take us to 100%');
  });

  it('describes each tier link by where its gift would take the total', async () => {
    const el = await widget();
    expect(description(el, tier(el, '$240'))).to.equal('$240 would take us to 86%');
    expect(description(el, tier(el, '$45'))).to.equal('$45 would take us to 66%');
    expect(description(el, tier(el, '$2,540'))).to.equal('$2,540 would take us to 316%');
  });

  it('looks different from the fill, so the gift reads as the reader’s own', async () => {
    const el = await widget();
    tier(el, '$240').focus();
    await el.updateComplete;
    const preview = getComputedStyle(part(el, 'preview'));
    const fill = getComputedStyle(part(el, 'fill'));
    expect(`${preview.backgroundImage} ${preview.backgroundColor}`).not.to.equal(
      `${fill.backgroundImage} ${fill.backgroundColor}`,
    );
  });

  it('moves with focus from one tier to the next', async () => {
    const el = await widget();
    tier(el, '$45').focus();
    await el.updateComplete;
    tier(el, '$455').focus();
    await el.updateComplete;
    expect(gift(el)).to.equal('$455 would take us to 107%');
    expect(drawnPreview(el)).to.be.closeTo(1, 0.01);
  });

  it('passes an accessibility audit while a gift is previewed', async () => {
    const el = await widget();
    tier(el, '$240').focus();
    await el.updateComplete;
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('gift preview: hovering a tier', () => {
  afterEach(() => resetMouse());

  it('previews the gift of the tier under the pointer', async () => {
    const el = await widget();
    tier(el, '$240').querySelector('[part=tier-amount]')!.dispatchEvent(pointer('pointerover'));
    await el.updateComplete;
    expect(previewShown(el)).to.equal(true);
    expect(drawnPreview(el)).to.be.closeTo(0.86, 0.01);
    expect(gift(el)).to.equal('$240 would take us to 86%');
  });

  it('follows a real mouse onto a tier and off the list', async () => {
    const el = await widget();
    const box = tier(el, '$45').getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)],
    });
    await el.updateComplete;
    expect(gift(el)).to.equal('$45 would take us to 66%');
    expect(drawnPreview(el)).to.be.closeTo(0.665, 0.01);
    const base = part(el, 'base').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(base.right + 5), Math.round(base.bottom + 5)] });
    await el.updateComplete;
    expect([impact(el), gift(el)]).to.deep.equal([SENTENCES, '']);
    expect(previewShown(el)).to.equal(false);
  });
});

describe('gift preview: leaving clears it', () => {
  it('when focus leaves the tier', async () => {
    const el = await widget();
    const link = tier(el, '$240');
    link.focus();
    await el.updateComplete;
    expect(previewShown(el), 'previewed while focused').to.equal(true);
    link.blur();
    await el.updateComplete;
    expect(previewShown(el)).to.equal(false);
    expect([impact(el), gift(el)]).to.deep.equal([SENTENCES, '']);
    expect(drawnFill(el)).to.be.closeTo(0.62, 0.01);
  });

  it('when the pointer leaves the list', async () => {
    const el = await widget();
    const link = tier(el, '$240');
    link.dispatchEvent(pointer('pointerover'));
    await el.updateComplete;
    expect(previewShown(el), 'previewed while hovered').to.equal(true);
    link.closest('ul')!.dispatchEvent(pointer('pointerleave'));
    await el.updateComplete;
    expect(previewShown(el)).to.equal(false);
    expect([impact(el), gift(el)]).to.deep.equal([SENTENCES, '']);
  });
});

describe('gift preview: past the goal', () => {
  it('fills the tube to the top and no further, and says how far past the goal', async () => {
    const el = await widget([...SIX, { amount: 860, label: 'covers a month of aftercare' }]);
    tier(el, '$860').focus();
    await el.updateComplete;
    expect(gift(el)).to.equal('$860 would take us to 148%');
    expect(drawnPreview(el)).to.be.closeTo(1, 0.01);
    const track = part(el, 'track');
    const inner = track.getBoundingClientRect().top + track.clientTop;
    expect(part(el, 'preview').getBoundingClientRect().top).to.be.at.least(inner - 0.5);
  });

  it('over the goal already, keeps the full tube and counts on', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="1240"
        goal="1000"
        donate-href="https://example.org/donate?amount={amount}"
      >
        ${children(SIX)}
      </campaign-progress>`,
    );
    tier(el, '$45').focus();
    await el.updateComplete;
    expect(gift(el)).to.equal('$45 would take us to 128%');
    expect(drawnPreview(el)).to.be.closeTo(1, 0.01);
  });
});

describe('gift preview: nothing to preview without figures', () => {
  it('previews nothing while the feed is loading', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        src=${network.route('never')}
        goal="1000"
        donate-href="https://example.org/donate?amount={amount}"
      >
        ${children(SIX)}
      </campaign-progress>`,
    );
    tier(el, '$240').focus();
    await el.updateComplete;
    expect(previewShown(el)).to.equal(false);
    expect(gift(el)).to.equal('');
    expect(impact(el)).not.to.match(/would take us|NaN|undefined/);
  });
});

describe('gift preview: no layout shift', () => {
  // Before any tier is reached, the line is the smallest gift's few words; a big gift's preview is
  // longer, and takes a second line in a narrow column: the room for it is held from the start.
  for (const width of [200, 280]) {
    it(`holds the room of a long preview over a short line at ${width} px`, async () => {
      const column = document.createElement('div');
      column.style.setProperty('width', `${width}px`);
      const el = await fixture<CampaignProgress>(
        html`<campaign-progress
          raised="10"
          goal="1000"
          donate-href="https://example.org/donate?amount={amount}"
          .tiers=${[
            { amount: 25, label: 'buys a book' },
            { amount: 18500, label: 'builds a school' },
          ]}
        ></campaign-progress>`,
        { parentNode: column },
      );
      await nextFrame();
      expect(impact(el)).to.equal('$25 buys a book.');
      const before = el.getBoundingClientRect().height;
      tier(el, '$18,500').focus();
      await el.updateComplete;
      expect(gift(el)).to.equal('$18,500 would take us to 1,851%');
      expect(el.getBoundingClientRect().height).to.equal(before);
    });
  }

  for (const width of [280, 360, 700]) {
    it(`keeps the widget’s size at ${width} px while a gift is previewed`, async () => {
      const column = document.createElement('div');
      column.style.setProperty('width', `${width}px`);
      const el = await widget([...SIX, { amount: 860, label: 'covers a month of aftercare' }], {
        parentNode: column,
      });
      // The disclosure open, as it is for a reader previewing the tiers behind it.
      el.shadowRoot!.querySelector('details')!.open = true;
      await nextFrame();
      const before = el.getBoundingClientRect();
      for (const amount of ['$45', '$860', '$18,500']) {
        tier(el, amount).focus();
        await el.updateComplete;
        const during = el.getBoundingClientRect();
        expect([during.width, during.height], amount).to.deep.equal([before.width, before.height]);
      }
    });
  }
});

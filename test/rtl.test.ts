/**
 * Right to left: an Arabic widget on a left-to-right page, and an English widget on a right-to-left
 * page, mirror their layout; amounts keep their digits and order, with no direction marks of ours.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { formatDuration, formatMoney, formatPercent } from '../src/format.js';
import { finishTransitions, part, visibleText } from './helpers.js';

// The seed appeal's six tiers (shared/SAMPLE-CAMPAIGN.md), in the post's order.
const SIX = [
  { amount: 45, label: 'covers one day of undercover investigations' },
  { amount: 240, label: 'covers six days of aftercare for a victim' },
  { amount: 455, label: 'covers seven days of legal advocacy' },
  { amount: 2540, label: 'covers one day of operations in a field office' },
  { amount: 4500, label: 'covers one rescue operation' },
  { amount: 18500, label: 'covers a national lawyer for a year' },
];

/** The two ways a widget is right to left. */
const CASES = [
  { name: 'an Arabic widget on a left-to-right page', locale: 'ar', page: 'ltr', words: 'rtl' },
  { name: 'an English widget on a right-to-left page', locale: 'en-US', page: 'rtl', words: 'ltr' },
] as const;

/** A full widget at $620 of $1,000, in `locale`, in a `width` px column of a page in `direction`. */
async function widget(locale: string, direction: string, layout = 'thermometer', width = 700) {
  const page = document.createElement('div');
  page.dir = direction;
  page.style.setProperty('width', `${width}px`);
  const el = await fixture<CampaignProgress>(
    html`<campaign-progress
      raised="620"
      goal="1000"
      locale=${locale}
      layout=${layout}
      heading="Make a Difference for Freedom"
      ends="2999-12-31"
      donate-href="https://example.org/donate?amount={amount}"
      >${SIX.map(({ amount, label }) => html`<campaign-tier amount=${amount}>${label}</campaign-tier>`)}
    </campaign-progress>`,
    { parentNode: page },
  );
  await nextFrame();
  finishTransitions(el);
  return el;
}

const box = (el: CampaignProgress, name: string) => part(el, name).getBoundingClientRect();

/** The padding box of `element`, where its absolutely placed children are laid out. */
function inner(element: HTMLElement) {
  const rect = element.getBoundingClientRect();
  const left = rect.left + element.clientLeft;
  return { left, right: left + element.clientWidth };
}

/** The box of `element`'s text as drawn (not of its box, which may be wider). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** Where each character of the text node `node` is drawn. */
function glyphs(node: Text): DOMRect[] {
  return [...node.data].map((_, index) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  });
}

for (const { name, locale, page, words } of CASES) {
  describe(`right to left: ${name}`, () => {
    it('puts the thermometer on the right of the figures, and the tiers on their left', async () => {
      const el = await widget(locale, page);
      expect(getComputedStyle(part(el, 'base')).direction).to.equal('rtl');
      const thermometer = box(el, 'thermometer');
      for (const figure of ['percent', 'summary', 'deadline']) {
        expect(thermometer.left, figure).to.be.at.least(box(el, figure).right);
      }
      expect(box(el, 'tiers').right, 'the tiers on the left').to.be.at.most(thermometer.left);
      expect(box(el, 'tiers').top, 'beside the gauge').to.be.below(thermometer.bottom);
    });

    it('mirrors the tier list as its words read, the amounts in a column', async () => {
      const el = await widget(locale, page);
      el.shadowRoot!.querySelector('details')!.open = true;
      // Each amount is a pill, its text centred in it: the pills make the column.
      const amounts = [...el.shadowRoot!.querySelectorAll('[part=tier-amount]')].map((amount) =>
        amount.getBoundingClientRect(),
      );
      const labels = [...el.shadowRoot!.querySelectorAll('[part=tier-label]')].map(textBox);
      amounts.forEach((amount, index) => {
        if (words === 'rtl') expect(amount.left, `tier ${index + 1}`).to.be.above(labels[index].right);
        else expect(amount.right, `tier ${index + 1}`).to.be.below(labels[index].left);
      });
      // Each column aligned on the side where amount and label meet: "$45" above "$18,500".
      const meet = words === 'rtl' ? (['left', 'right'] as const) : (['right', 'left'] as const);
      expect(new Set(amounts.map((amount) => Math.round(amount[meet[0]]))).size, 'amounts').to.equal(1);
      expect(new Set(labels.map((label) => Math.round(label[meet[1]]))).size, 'labels').to.equal(1);
    });

    it('fills the bar from its right edge, with the tier marks measured from there', async () => {
      const el = await widget(locale, page, 'bar');
      const track = part(el, 'track');
      const fill = box(el, 'fill');
      expect(fill.right).to.be.closeTo(inner(track).right, 1);
      expect(fill.width / track.clientWidth).to.be.closeTo(0.62, 0.01);
      const marks = [...track.querySelectorAll('[part~=mark]')].map((mark) => mark.getBoundingClientRect());
      [0.045, 0.24, 0.455].forEach((share, index) => {
        expect(inner(track).right - marks[index].right, `mark ${index + 1}`).to.be.closeTo(
          share * track.clientWidth,
          2,
        );
      });
    });

    it('draws a previewed gift from the right of the bar too', async () => {
      const el = await widget(locale, page, 'bar');
      // The $240 tier, behind the disclosure: opened, as a reader would.
      el.shadowRoot!.querySelector('details')!.open = true;
      await nextFrame();
      el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=tier]')[1].focus();
      await el.updateComplete;
      finishTransitions(el);
      const track = part(el, 'track');
      const preview = box(el, 'preview');
      expect(preview.right).to.be.closeTo(inner(track).right, 1);
      expect(preview.width / track.clientWidth).to.be.closeTo(0.86, 0.01);
    });

    it('keeps each amount’s digits in order, and the raised amount before the goal as the words read', async () => {
      const el = await widget(locale, page);
      const summary = part(el, 'summary');
      const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const text = nodes.map((node) => node.data).join('');
      const amounts = [...text.matchAll(/[\d٠-٩][\d٠-٩,.٬٫]*/g)];
      expect(amounts.map((match) => match[0].replace(/\D/g, ''))).to.deep.equal(['620', '1000']);
      // Positions of each digit on screen, through whichever text node holds it.
      const places = nodes.flatMap((node) => glyphs(node));
      for (const match of amounts) {
        const digits = [...match[0]].map((_, offset) => places[match.index + offset].left);
        expect(digits, match[0]).to.deep.equal([...digits].sort((a, b) => a - b));
      }
      const [raised, goal] = amounts.map((match) => places[match.index]);
      // The raised amount stands large on its own line, the goal on a line under it; on one line,
      // the raised amount would come first as the words read.
      if (goal.top < raised.bottom - 1 && raised.top < goal.bottom - 1) {
        if (words === 'rtl') expect(raised.left).to.be.above(goal.left);
        else expect(raised.left).to.be.below(goal.left);
      } else expect(goal.top, 'the goal on a line under the raised amount').to.be.at.least(raised.bottom - 1);
    });

    it('adds no direction marks to what a reader sees, beyond those Intl writes into an amount', async () => {
      const el = await widget(locale, page);
      let text = visibleText(el);
      // Every figure the widget formats, as Intl (and the widget's money format) writes it.
      const days = Number(part(el, 'deadline').textContent!.replace(/\D/g, ''));
      // 380: what is left to go.
      const figures = [620, 1000, 380, ...SIX.map(({ amount }) => amount)]
        .map((amount) => formatMoney(amount, 'USD', locale))
        .concat(formatPercent(62, locale), formatDuration(days, 'day', locale))
        .sort((a, b) => b.length - a.length);
      // As visibleText has them: white space (the no-break spaces in amounts too) folded.
      for (const figure of figures) text = text.split(figure.replace(/\s+/g, ' ')).join(' ');
      expect([...text.matchAll(/[\u200e\u200f\u061c]/g)].map((match) => match.index)).to.deep.equal([]);
    });

    it('passes an accessibility audit', async () => {
      const el = await widget(locale, page);
      await expect(el).shadowDom.to.be.accessible();
    });
  });
}

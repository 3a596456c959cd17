/**
 * The snippet on blogs that add paragraphs by themselves (WordPress's wpautop, Hugo's Markdown):
 * wrapped in `<p>`, the snippet is split by the HTML parser at its `<ul>` of fallback tiers, and the
 * widget takes the pieces back. The markup below is parsed by the browser's own parser, as a page is.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { reclaimSplitSnippet } from '../src/split-snippet.js';
import { SAMPLE_TIERS } from '../scripts/sample-campaign.mjs';

// The seed appeal's six tiers, as the README's fallback list writes them.
const TIERS = SAMPLE_TIERS;

const LIST = `<ul>${TIERS.map(
  ([amount, label]) => `<li>$${amount} <campaign-tier amount="${amount}">${label}</campaign-tier></li>`,
).join('')}</ul>`;
const LINK = '<a href="https://example.org/donate">Donate to the campaign</a>';
const TAG = '<campaign-progress raised="620" goal="1000" heading="Make a Difference for Freedom">';

/** The one-line snippet, inside a paragraph: what Hugo's Markdown, or a paragraph block, makes of it. */
const IN_A_PARAGRAPH = `<p>${TAG}${LIST}${LINK}</campaign-progress></p>`;
/** What WordPress's wpautop makes of the snippet written over three lines. */
const WPAUTOP = `<p>${TAG}</p>\n${LIST}\n<p>${LINK}</campaign-progress></p>`;

/** `markup` parsed as a page is, in a document with no custom elements: nothing runs on it. */
function parsed(markup: string) {
  const page = document.implementation.createHTMLDocument();
  page.body.innerHTML = markup;
  return page.body;
}

describe('a snippet split by automatic paragraphs: the parser’s shapes', () => {
  for (const [name, markup] of [
    ['the snippet in a paragraph', IN_A_PARAGRAPH],
    ['wpautop’s paragraphs', WPAUTOP],
  ]) {
    it(`${name}: the parser leaves the tiers and the link outside the element, which takes them back`, () => {
      const body = parsed(markup);
      const widget = body.querySelector('campaign-progress')!;
      // What the parser did: the element ends at the list.
      expect(widget.childNodes).to.have.length(0);
      expect(widget.parentElement!.localName).to.equal('p');
      reclaimSplitSnippet(widget);
      expect(widget.querySelectorAll('campaign-tier')).to.have.length(6);
      expect(widget.querySelector('a')!.href).to.equal('https://example.org/donate');
      for (const node of body.querySelectorAll('campaign-tier, ul, a'))
        expect(widget.contains(node), node.outerHTML).to.equal(true);
    });
  }

  it('leaves a widget in its own <div> as it is', () => {
    const markup = `<div>${TAG}${LIST}${LINK}</campaign-progress></div><ul><li>another list</li></ul>`;
    const body = parsed(markup);
    reclaimSplitSnippet(body.querySelector('campaign-progress')!);
    expect(body.innerHTML).to.equal(markup);
  });

  for (const [name, markup] of [
    ['an unrelated list after its paragraph', `<p>${TAG}</campaign-progress></p><ul><li>Bake sale</li></ul>`],
    ['text after it in its paragraph', `<p>${TAG}</campaign-progress> Thank you!</p>${LIST}`],
    ['a paragraph between it and the tiers', `<p>${TAG}</campaign-progress></p><p>Read on:</p>${LIST}`],
    ['a list of tiers after a widget not in a paragraph', `<div>${TAG}</campaign-progress></div>${LIST}`],
  ]) {
    it(`never takes anything from the page with ${name}`, () => {
      const body = parsed(markup);
      const before = body.innerHTML;
      reclaimSplitSnippet(body.querySelector('campaign-progress')!);
      expect(body.innerHTML).to.equal(before);
    });
  }
});

describe('a snippet split by automatic paragraphs: the widget', () => {
  for (const [name, markup] of [
    ['the snippet in a paragraph', IN_A_PARAGRAPH],
    ['wpautop’s paragraphs', WPAUTOP],
  ]) {
    it(`${name}: shows its six tiers and its donate link, and nothing below it`, async () => {
      const post = await fixture<HTMLElement>(html`<article></article>`);
      post.innerHTML = `<h1>Make a difference</h1>${markup}<p>Thank you for reading.</p>`;
      const el = post.querySelector<CampaignProgress>('campaign-progress')!;
      await el.updateComplete;
      const tiers = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=tier]');
      expect(tiers).to.have.length(6);
      expect(tiers[0].href).to.equal('https://example.org/donate');
      const donate = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=donate]')!;
      expect(donate.href).to.equal('https://example.org/donate');
      expect(donate.textContent!.trim()).to.equal('Donate to the campaign');
      // The fallback copies are inside the element, where its shadow root shows none of them.
      for (const node of post.querySelectorAll('campaign-tier, ul, a')) {
        expect(el.contains(node), node.outerHTML).to.equal(true);
        expect(node.getClientRects()).to.have.length(0);
      }
      expect(post.innerText.replace(/\s+/g, ' ')).not.to.match(/covers|Donate to the campaign/);
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('in its own <div>, keeps its content as written', async () => {
    const post = await fixture<HTMLElement>(html`<article></article>`);
    post.innerHTML = `<div>${TAG}${LIST}${LINK}</campaign-progress></div>`;
    const el = post.querySelector<CampaignProgress>('campaign-progress')!;
    await el.updateComplete;
    expect(el.innerHTML).to.equal(`${LIST}${LINK}`);
    expect(el.shadowRoot!.querySelectorAll('[part~=tier]')).to.have.length(6);
  });

  it('leaves an unrelated list after its paragraph on the page', async () => {
    const post = await fixture<HTMLElement>(html`<article></article>`);
    post.innerHTML = `<p>${TAG}</campaign-progress></p><ul><li>Bake sale on Saturday</li></ul>`;
    const el = post.querySelector<CampaignProgress>('campaign-progress')!;
    await el.updateComplete;
    expect(el.childNodes).to.have.length(0);
    expect(post.querySelector('ul')!.getClientRects().length).to.be.above(0);
  });
});

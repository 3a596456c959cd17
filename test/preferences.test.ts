/**
 * Run by the "reader-preferences" group of web-test-runner.config.mjs, whose browsers start with
 * reduced motion and forced colours switched on, as a reader's system would set them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { backgroundOf, contrast, drawnFill, nextEventAt, parseColor, part, textContrast } from './helpers.js';
import { json, stubNetwork } from './network.js';

/** The widget with two tiers, over its goal so that it celebrates, with tier links to preview. */
const tiered = () =>
  html`<campaign-progress raised="1240" goal="2000" donate-href="https://example.org/donate?amount={amount}">
    <campaign-tier amount="240">covers six days of aftercare for a victim</campaign-tier>
    <campaign-tier amount="2540">covers one day of operations in a field office</campaign-tier>
  </campaign-progress>`;

/** Focuses the first tier link, previewing its gift. */
async function preview(el: CampaignProgress) {
  el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=tier]')!.focus();
  await el.updateComplete;
}

const widget = () =>
  html`<campaign-progress
    raised="620"
    goal="1000"
    donate-href="https://example.org/donate"
  ></campaign-progress>`;

describe('for a reader who prefers reduced motion', () => {
  it('fills the thermometer at once, with no animation', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const el = await fixture<CampaignProgress>(widget());
    expect(getComputedStyle(part(el, 'fill')).transitionDuration).to.equal('0s');
    expect(el.shadowRoot!.getAnimations()).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('draws a previewed gift at once, and celebrates the goal without moving', async () => {
    const el = await fixture<CampaignProgress>(tiered());
    el.raised = 2100;
    await el.updateComplete;
    await preview(el);
    expect(getComputedStyle(part(el, 'preview')).transitionDuration).to.equal('0s');
    expect(el.shadowRoot!.getAnimations()).to.deep.equal([]);
    const drawn = part(el, 'preview').getBoundingClientRect().height / part(el, 'track').clientHeight;
    expect(drawn).to.be.closeTo(1, 0.02);
  });
});

describe('for a reader who prefers reduced motion, on a live feed', () => {
  it('moves the fill to a polled new total at once, with no animation', async () => {
    const network = stubNetwork();
    // Only timers and the date: fetch, promises and Lit run as usual.
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      let raised = 620;
      const src = network.route(() => json({ raised }));
      const loaded = nextEventAt(document, 'campaign-progress-update');
      const el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${src} refresh="60" goal="1000"></campaign-progress>`,
      );
      await loaded;
      raised = 700;
      const update = nextEventAt(el, 'campaign-progress-update');
      // A minute and the most jitter the feed adds.
      await clock.tickAsync(66_000);
      await update;
      await el.updateComplete;
      expect(part(el, 'summary').textContent).to.equal('$700 raised of $1,000 goal');
      expect(el.shadowRoot!.getAnimations()).to.deep.equal([]);
      expect(drawnFill(el)).to.be.closeTo(0.7, 0.01);
    } finally {
      clock.restore();
      network.restore();
    }
  });
});

describe('in forced-colors mode', () => {
  it('keeps the outline, the fill and the empty tube distinct in system colours', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<CampaignProgress>(widget());
    const fill = getComputedStyle(part(el, 'fill'));
    const track = getComputedStyle(part(el, 'track'));
    expect(fill.backgroundColor).not.to.equal(track.backgroundColor);
    // The track is the canvas's colour: an outline shows where the empty part ends.
    const gauge = getComputedStyle(part(el, 'thermometer'));
    expect(gauge.outlineStyle).to.equal('solid');
    expect(gauge.outlineColor).not.to.equal(track.backgroundColor);
    expect(drawnFill(el)).to.be.closeTo(0.62, 0.01);
    expect(getComputedStyle(part(el, 'donate')).borderTopStyle).to.equal('solid');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps a previewed gift visible and distinct from the fill and the empty tube', async () => {
    const el = await fixture<CampaignProgress>(tiered());
    await preview(el);
    const previewStyle = getComputedStyle(part(el, 'preview'));
    expect(previewStyle.opacity).to.equal('1');
    const stripes = previewStyle.backgroundImage;
    expect(stripes).to.match(/repeating-linear-gradient/);
    const { backgroundColor: fill } = getComputedStyle(part(el, 'fill'));
    const { backgroundColor: track } = getComputedStyle(part(el, 'track'));
    // Stripes of a system colour that is neither the fill's nor the track's, over the track.
    const colors = stripes.match(/rgba?\([^)]*\)/g)!;
    const painted = colors.filter((color) => parseColor(color)[3] === 1);
    expect(painted.length, stripes).to.be.above(0);
    for (const color of painted) expect([fill, track]).not.to.include(color);
    expect(
      colors.some((color) => parseColor(color)[3] === 0),
      'gaps that show the track',
    ).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps the text, the amounts’ outlines, the word “funded” and the focus ring visible', async () => {
    const el = await fixture<CampaignProgress>(tiered());
    for (const name of ['percent', 'summary', 'tier-amount', 'tier-label', 'donate']) {
      expect(textContrast(part(el, name)), name).to.be.at.least(4.5);
    }
    // The pills' fills are forced to the canvas: a funded tier is told by its word, in text colour.
    const [reached, ahead] = el.shadowRoot!.querySelectorAll('a[part~=tier]');
    expect(reached.getAttribute('part')).to.equal('tier reached');
    const funded = reached.querySelector('[part=tier-label] > [aria-hidden]')!;
    expect(funded.textContent).to.equal('funded');
    expect(getComputedStyle(funded).visibility).to.equal('visible');
    expect(textContrast(funded), 'funded').to.be.at.least(4.5);
    expect(getComputedStyle(ahead.querySelector('[part=tier-label] > [aria-hidden]')!).visibility).to.equal(
      'hidden',
    );
    for (const tier of [reached, ahead]) {
      const amount = tier.querySelector('[part=tier-amount]')!;
      const outline = getComputedStyle(amount);
      expect(outline.borderTopStyle).to.equal('solid');
      expect(
        contrast(parseColor(outline.borderTopColor), backgroundOf(amount)),
        'its outline',
      ).to.be.at.least(3);
    }
    (ahead as HTMLElement).focus();
    expect(getComputedStyle(ahead).outlineStyle).not.to.equal('none');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('fills with a system colour, not the author’s', async () => {
    const el = await fixture<CampaignProgress>(widget());
    el.style.setProperty('--campaign-progress-fill-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el).getPropertyValue('--campaign-progress-fill-color')).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'fill')).backgroundColor).not.to.equal('rgb(1, 2, 3)');
  });
});

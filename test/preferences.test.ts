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
    expect(track.borderTopStyle).to.equal('solid');
    expect(track.borderTopColor).not.to.equal(track.backgroundColor);
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
    // Stripes of two system colours, neither of them the fill's alone.
    expect(stripes).not.to.equal(fill);
    expect(stripes).to.contain(track);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps the text, the ticks of the tiers reached and the focus ring visible', async () => {
    const el = await fixture<CampaignProgress>(tiered());
    for (const name of ['percent', 'summary', 'tier-amount', 'tier-label', 'donate']) {
      expect(textContrast(part(el, name)), name).to.be.at.least(4.5);
    }
    // The reader's palette decides how far apart its colours are: the tick, its disc and the
    // page's canvas must each be one of them, and differ.
    const [reached, ahead] = el.shadowRoot!.querySelectorAll('a[part~=tier]');
    expect(reached.getAttribute('part')).to.equal('tier reached');
    const tick = getComputedStyle(reached, '::before');
    const canvas = backgroundOf(reached);
    expect(contrast(parseColor(tick.color), parseColor(tick.backgroundColor)), 'the tick').to.be.above(2);
    expect(contrast(parseColor(tick.backgroundColor), canvas), 'its disc').to.be.above(2);
    const ring = getComputedStyle(ahead, '::before');
    expect(parseColor(ring.color)[3], 'no tick on a tier not reached').to.equal(0);
    expect(parseColor(ring.backgroundColor)[3], 'nor a disc').to.equal(0);
    expect(contrast(parseColor(ring.borderTopColor), canvas), 'its ring').to.be.at.least(3);
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

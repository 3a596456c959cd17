/**
 * Run by the "reader-preferences" group of web-test-runner.config.mjs, whose browsers start with
 * reduced motion and forced colours switched on, as a reader's system would set them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { drawnFill, part } from './helpers.js';

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

  it('fills with a system colour, not the author’s', async () => {
    const el = await fixture<CampaignProgress>(widget());
    el.style.setProperty('--campaign-progress-fill-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el).getPropertyValue('--campaign-progress-fill-color')).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'fill')).backgroundColor).not.to.equal('rgb(1, 2, 3)');
  });
});

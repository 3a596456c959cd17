/**
 * The figures as a reader reads them: the percentage, and money in the widget's locale.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { captureWarnings, part } from './helpers.js';

describe('the percentage', () => {
  // Rounding down: a campaign shows 100% only once it has truly reached its goal.
  const cases = [
    ['627', '62%'],
    ['999.99', '99%'],
    ['1249', '124%'],
  ];
  for (const [raised, percent] of cases) {
    it(`rounds down: $${raised} of $1,000 is ${percent}`, async () => {
      const el = await fixture<CampaignProgress>(
        html`<campaign-progress raised=${raised} goal="1000"></campaign-progress>`,
      );
      expect(part(el, 'percent').textContent).to.equal(percent);
      await expect(el).shadowDom.to.be.accessible();
    });
  }
});

describe('the locale attribute', () => {
  it('is read despite stray spaces: " de-DE " formats in German, without a warning', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<HTMLElement>(
        html`<div lang="en-US">
          <campaign-progress raised="1620.5" goal="5000" currency="EUR" locale=" de-DE "></campaign-progress>
        </div>`,
      ).then((div) => div.firstElementChild as CampaignProgress);
    });
    expect(part(el, 'summary').textContent).to.equal('1.620,50\u00a0€ von 5.000\u00a0€ gesammelt');
    expect(part(el, 'percent').textContent).to.equal('32\u00a0%');
    expect(warnings).to.deep.equal([]);
  });
});

/**
 * Run by the "dark-system" group of web-test-runner.config.mjs, whose browsers start with a dark
 * colour scheme, as a reader's system would set it: the auto theme follows it, the others do not.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { part, textContrast } from './helpers.js';

const widget = (theme: string) =>
  fixture<CampaignProgress>(
    html`<campaign-progress
      raised="620"
      goal="1000"
      theme=${theme}
      heading="Make a Difference for Freedom"
      donate-href="https://example.org/donate?amount={amount}"
      ><campaign-tier amount="240"
        >covers six days of aftercare for a victim</campaign-tier
      ></campaign-progress
    >`,
  );

const style = (el: CampaignProgress, name: string) => getComputedStyle(part(el, name));

describe('under a dark system colour scheme', () => {
  it('the auto theme is dark, in the dark palette', async () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const el = await widget('auto');
    expect(style(el, 'base').backgroundColor).to.equal('rgb(32, 33, 36)');
    expect(style(el, 'base').color).to.equal('rgb(232, 234, 237)');
    expect(style(el, 'fill').backgroundColor).to.equal('rgb(242, 139, 130)');
    for (const name of ['heading', 'summary', 'tier-label', 'donate']) {
      expect(textContrast(part(el, name)), name).to.be.at.least(4.5);
    }
  });

  it('passes an accessibility audit in the dark palette', async function () {
    // This group's browsers start cold, and the first audit loads axe into them: on a busy machine
    // (CI beside a benchmark) that alone took longer than the suite's 10 s per test.
    this.timeout(30_000);
    await expect(await widget('auto')).shadowDom.to.be.accessible();
  });

  it('the light theme stays light', async () => {
    const el = await widget('light');
    expect(style(el, 'base').backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(el, 'fill').backgroundColor).to.equal('rgb(198, 40, 40)');
  });
});

/**
 * The locale the figures are formatted for: a tag no browser locale matches is refused, saying so,
 * and the page's language used instead, not silently the browser's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { pickLocale } from '../src/format.js';
import { checkSettings } from '../src/settings.js';
import { captureWarnings, part, recordEvents } from './helpers.js';

describe('a locale the browser does not support', () => {
  for (const tag of ['english', 'deutsch', 'zz-ZZ', 'qaa']) {
    it(`refuses "${tag}", which is well-formed but no locale, for the page’s language`, () => {
      expect(pickLocale(tag, 'de-DE')).to.deep.equal({ locale: 'de-DE', rejected: [[tag, true]] });
      expect(checkSettings({ locale: tag }, 'de-DE', location.href)).to.deep.include({
        locale: 'de-DE',
        problems: [`ignoring the locale "${tag}": unsupported by the browser`],
      });
    });
  }

  it('keeps supported tags, even with a region the browser knows no data for', () => {
    expect(pickLocale('en-XX')).to.deep.equal({ locale: 'en-XX', rejected: [] });
    expect(pickLocale('fr-CH')).to.deep.equal({ locale: 'fr-CH', rejected: [] });
  });

  it('formats for the page’s language instead, with a warning and an attribute error', async () => {
    const errors = recordEvents('campaign-progress-error');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<HTMLElement>(
        html`<div lang="de-DE">
          <campaign-progress raised="620" goal="1000" locale="english"></campaign-progress>
        </div>`,
      ).then((div) => div.querySelector('campaign-progress')!);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
    });
    errors.stop();
    expect(part(el, 'summary').textContent).to.equal('620\u00a0$ von 1.000\u00a0$ gesammelt');
    expect(warnings).to.deep.equal([
      'campaign-progress: ignoring the locale "english": unsupported by the browser',
    ]);
    expect(errors.events.map((event) => event.detail)).to.deep.equal([
      { reason: 'attribute', message: 'ignoring the locale "english": unsupported by the browser' },
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });
});

/**
 * Amounts as people write them: "1,000" is one thousand, in attributes and feeds alike; what could
 * be read two ways ("620,50", "1.000") or is more than figures ("$1000") is refused, saying why.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { readAmount } from '../src/read.js';
import { readTotals } from '../src/totals.js';
import { captureWarnings, nextEvent, part } from './helpers.js';
import { json, stubNetwork } from './network.js';

describe('amounts with commas grouping thousands', () => {
  for (const [written, amount] of [
    ['1,000', 1000],
    ['12,500.50', 12500.5],
    ['1,000,000', 1e6],
    [' 1,000 ', 1000],
    ['999', 999],
    ['1000.500', 1000.5],
    ['0.125', 0.125],
  ] as const) {
    it(`reads ${JSON.stringify(written)} as ${amount}`, () => {
      expect(readAmount(written, '"raised"')).to.equal(amount);
    });
  }

  const refusals: [string, string][] = [
    ['620,50', '(commas only group thousands: 1,000)'],
    ['1,00', '(commas only group thousands: 1,000)'],
    ['10,0000', '(commas only group thousands: 1,000)'],
    ['1.000', '(thousands? write 1000 or 1,000)'],
    ['12.500', '(thousands? write 1000 or 1,000)'],
    // Three decimals after one to three digits read both ways too; a JSON number does not.
    ['999.994', '(thousands? write 1000 or 1,000)'],
    ['$1000', '(no currency sign)'],
    ['1,000 USD', '(no currency sign)'],
    ['€620', '(no currency sign)'],
  ];
  for (const [written, why] of refusals) {
    it(`refuses ${JSON.stringify(written)}, saying why`, () => {
      expect(() => readAmount(written, '"raised"')).to.throw(
        RangeError,
        `"raised" must be a number like 620 or "620.50", not ${JSON.stringify(written)} ${why}`,
      );
    });
  }

  it('gives no reason where none would help', () => {
    expect(() => readAmount('lots', '"raised"')).to.throw(
      RangeError,
      /^"raised" must be a number like 620 or "620.50", not "lots"$/,
    );
  });

  it('reads numbers as they are: only strings can be read two ways', () => {
    expect(readAmount(999.994, '"raised"')).to.equal(999.994);
    expect(readTotals(JSON.parse('{ "raised": 1.000 }'))).to.deep.include({ totals: { raised: 1 } });
  });

  it('reads them in a feed, for every amount and the donor count', () => {
    expect(readTotals({ raised: '1,240.50', goal: '1,000', donors: '1,204' })).to.deep.equal({
      ok: true,
      warnings: [],
      totals: { raised: 1240.5, goal: 1000, donors: 1204 },
    });
  });

  it('agree with totals.schema.json, which documents them', async () => {
    const schema = await (await fetch('/totals.schema.json')).json();
    const pattern = new RegExp(schema.$defs.amount.anyOf[1].pattern);
    for (const [written] of [['1,000'], ['620.50'], ['12,500.50'], ...refusals]) {
      let readable = true;
      try {
        readAmount(written, 'x');
      } catch {
        readable = false;
      }
      expect(pattern.test(written), written).to.equal(readable);
    }
  });

  it('show a goal attribute of "1,000" as $1,000', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1,000"></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('show a feed’s "1,000" as $1,000', async () => {
    const network = stubNetwork();
    const update = nextEvent('campaign-progress-update');
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        src=${network.route(json({ raised: '620', goal: '1,000' }))}
      ></campaign-progress>`,
    );
    await update;
    await el.updateComplete;
    network.restore();
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
  });

  it('refuse a goal attribute of "1.000" on screen too, and say why', async () => {
    const error = nextEvent('campaign-progress-error');
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1.000"></campaign-progress>`,
      );
      await error;
    });
    expect((await error).detail.message).to.equal(
      'the goal attribute must be a number like 620 or "620.50", not "1.000" (thousands? write 1000 or 1,000)',
    );
    expect(part(el, 'status').textContent).to.equal('Totals unavailable');
  });
});

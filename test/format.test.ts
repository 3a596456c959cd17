import { expect } from '@open-wc/testing';
import { formatCount, formatMoney, formatPercent, percentOf, pickLocale, roundMoney } from '../src/format.js';

describe('formatMoney', () => {
  const cases: [number, string, string, string][] = [
    [620, 'USD', 'en-US', '$620'],
    [1000, 'USD', 'en-US', '$1,000'],
    [620.5, 'USD', 'en-US', '$620.50'],
    [1000, 'EUR', 'de-DE', '1.000\u00a0€'],
    [1234.5, 'EUR', 'de-DE', '1.234,50\u00a0€'],
    [1000, 'EUR', 'fr-FR', '1\u202f000\u00a0€'],
    [18500, 'GBP', 'en-GB', '£18,500'],
    [1000, 'JPY', 'ja-JP', '￥1,000'],
    [1000.4, 'JPY', 'en-US', '¥1,000'],
    [250000, 'INR', 'en-IN', '₹2,50,000'],
    [620, 'USD', 'en-CA', 'US$620'],
  ];
  for (const [amount, currency, locale, expected] of cases) {
    it(`formats ${amount} ${currency} in ${locale} as ${expected}`, () => {
      expect(formatMoney(amount, currency, locale)).to.equal(expected);
    });
  }

  it('uses the locale’s own digits', () => {
    expect(formatMoney(620, 'EGP', 'ar-EG')).to.contain('٦٢٠');
  });

  it('never shows ".00" for an amount that rounds to a whole one', () => {
    expect(formatMoney(620.001, 'USD', 'en-US')).to.equal('$620');
  });
});

describe('percentOf', () => {
  it('rounds down so 100% means the goal is truly reached', () => {
    expect(percentOf(620, 1000)).to.equal(62);
    expect(percentOf(999.99, 1000)).to.equal(99);
    expect(percentOf(1000, 1000)).to.equal(100);
  });

  it('keeps counting over the goal', () => {
    expect(percentOf(1240, 1000)).to.equal(124);
  });

  it('never says 100% a hair short of a huge goal', () => {
    expect(percentOf(999_999_999_999_999, 1e15)).to.equal(99);
  });

  it('is not thrown off by binary fractions', () => {
    expect(percentOf(1.15, 1)).to.equal(115);
    expect(percentOf(29, 100)).to.equal(29);
  });
});

describe('roundMoney', () => {
  it('rounds to the currency’s own digits, as formatMoney shows the amount', () => {
    expect(roundMoney(999.9999999999999, 'USD', 'en-US')).to.equal(1000);
    expect(roundMoney(999.994, 'USD', 'en-US')).to.equal(999.99);
    expect(roundMoney(999.5, 'JPY', 'ja-JP')).to.equal(1000);
    expect(roundMoney(1.2345, 'KWD', 'en-US')).to.equal(1.235);
  });
});

describe('formatPercent and formatCount', () => {
  it('follow the locale', () => {
    expect(formatPercent(62, 'en-US')).to.equal('62%');
    expect(formatPercent(124, 'de-DE')).to.equal('124\u00a0%');
    expect(formatCount(1204, 'en-US')).to.equal('1,204');
    expect(formatCount(1204, 'de-DE')).to.equal('1.204');
  });
});

describe('pickLocale', () => {
  it('takes the first well-formed tag, canonicalized', () => {
    expect(pickLocale(undefined, '', 'DE-de', 'fr')).to.deep.equal({ locale: 'de-DE', rejected: [] });
  });

  it('skips malformed tags, naming them', () => {
    expect(pickLocale('en_US', 'xx-!!', 'fr-FR')).to.deep.equal({
      locale: 'fr-FR',
      rejected: [
        ['en_US', false],
        ['xx-!!', false],
      ],
    });
  });

  it('gives no locale, so the browser’s own, when nothing is usable', () => {
    expect(pickLocale(undefined, null, '')).to.deep.equal({ rejected: [] });
  });
});

import { expect } from '@open-wc/testing';
import { checkSettings } from '../src/settings.js';

const base = 'https://blog.example/2026/04/appeal.html';

describe('checkSettings', () => {
  it('passes usable settings through, canonicalized', () => {
    const { donateUrlFor, ...checked } = checkSettings(
      {
        locale: 'de-de',
        donateHref: '/give?amount={amount}',
        timeout: 3000,
        headingLevel: 3,
        ends: '2027-04-30',
        layout: 'bar',
        refresh: '60',
        amountUnit: 'cents',
      },
      'en',
      base,
    );
    expect(checked).to.deep.equal({
      locale: 'de-DE',
      layout: 'bar',
      donateUrl: 'https://blog.example/give',
      donateLabel: undefined,
      linkTarget: undefined,
      deadline: new Date('2027-05-01T12:00:00Z'),
      timeout: 3000,
      refresh: 60_000,
      minor: true,
      headingLevel: 3,
      problems: [],
      notes: [],
      hints: [],
    });
    expect(donateUrlFor(45)).to.equal('https://blog.example/give?amount=45');
  });

  it('uses the defaults when nothing is set, or an attribute is removed (null)', () => {
    const defaults = {
      locale: undefined,
      layout: 'thermometer',
      donateUrl: undefined,
      donateLabel: undefined,
      linkTarget: undefined,
      deadline: undefined,
      timeout: 10_000,
      refresh: 0,
      minor: false,
      headingLevel: 2,
      problems: [],
      notes: [],
      hints: ['no donate link: set donate-href, or put a link inside the element'],
    };
    const withoutLinks = ({ donateUrlFor, ...checked }: ReturnType<typeof checkSettings>) => {
      expect(donateUrlFor(45)).to.equal(undefined);
      return checked;
    };
    expect(withoutLinks(checkSettings({}, undefined, base))).to.deep.equal(defaults);
    expect(
      withoutLinks(
        checkSettings(
          {
            locale: null,
            timeout: null,
            headingLevel: null,
            ends: null,
            layout: null,
            refresh: null,
            amountUnit: null,
          },
          null,
          base,
        ),
      ),
    ).to.deep.equal(defaults);
  });

  it('accepts numbers given as strings from script', () => {
    expect(checkSettings({ timeout: '5000', headingLevel: '3' }, undefined, base)).to.deep.include({
      timeout: 5000,
      headingLevel: 3,
      problems: [],
      notes: [],
    });
  });

  it('falls back to the page language when the locale attribute is malformed', () => {
    expect(checkSettings({ locale: 'en_US' }, 'fr', base)).to.deep.include({
      locale: 'fr',
      problems: ['ignoring the locale "en_US": not a BCP 47 tag'],
    });
  });

  for (const timeout of [NaN, 0, -1, Infinity, 2 ** 31]) {
    it(`refuses a timeout of ${timeout}, which would fire at once, for the default`, () => {
      expect(checkSettings({ timeout }, undefined, base)).to.deep.include({
        timeout: 10_000,
        problems: ['the timeout attribute must be milliseconds, like 10000'],
      });
    });
  }

  for (const headingLevel of [0, 7, 2.5, NaN]) {
    it(`refuses heading level ${headingLevel} for 2`, () => {
      expect(checkSettings({ headingLevel }, undefined, base)).to.deep.include({
        headingLevel: 2,
        problems: ['the heading-level attribute must be from 1 to 6'],
      });
    });
  }

  for (const [refresh, seconds] of [
    ['60s', 60],
    ['60 s', 60],
    ['90 sec', 90],
    ['2min', 120],
    ['2 min', 120],
    ['1 minute', 60],
    ['2 minutes', 120],
    ['1h', 3600],
  ] as const) {
    it(`reads refresh="${refresh}" as ${seconds} seconds, with a note showing the plain form`, () => {
      expect(checkSettings({ refresh }, undefined, base)).to.deep.include({
        refresh: seconds * 1000,
        problems: [],
        notes: [`reading refresh="${refresh}" as ${seconds} seconds; write refresh="${seconds}"`],
      });
    });
  }

  for (const refresh of ['soon', '60ms', '-60', '1 day']) {
    it(`refuses refresh="${refresh}", saying so, and loads once`, () => {
      expect(checkSettings({ refresh }, undefined, base)).to.deep.include({
        refresh: 0,
        problems: [`the refresh attribute must be seconds, such as 60, not "${refresh}"`],
        notes: [],
      });
    });
  }

  it('refuses a javascript: donate link, saying so', () => {
    expect(checkSettings({ donateHref: 'javascript:alert(1)' }, undefined, base)).to.deep.include({
      donateUrl: undefined,
      problems: ['refusing the donate-href "javascript:alert(1)": not http:, https: or mailto:'],
    });
  });

  it('lists every problem at once', () => {
    expect(
      checkSettings({ locale: 'x_y', donateHref: 'data:,', timeout: -5, headingLevel: 9 }, undefined, base)
        .problems,
    ).to.have.length(4);
  });
});

describe('checkSettings: the link inside the element', () => {
  const link = { href: '/give?amount={amount}', label: 'Give to my appeal' };

  it('is the donate link without a donate-href, with its text as the label', () => {
    const { donateUrlFor, ...checked } = checkSettings({}, undefined, base, { link });
    expect(checked).to.deep.include({
      donateUrl: 'https://blog.example/give',
      donateLabel: 'Give to my appeal',
      hints: [],
    });
    expect(donateUrlFor(45)).to.equal('https://blog.example/give?amount=45');
  });

  it('is not used beside a donate-href', () => {
    expect(checkSettings({ donateHref: '/donate' }, undefined, base, { link })).to.deep.include({
      donateUrl: 'https://blog.example/donate',
      donateLabel: undefined,
    });
  });
});

describe('checkSettings: where links open', () => {
  it('opens them in a new tab inside a frame, and where links open by default elsewhere', () => {
    expect(checkSettings({}, undefined, base, { framed: true }).linkTarget).to.equal('_blank');
    expect(checkSettings({}, undefined, base, { framed: false }).linkTarget).to.equal(undefined);
  });

  for (const linkTarget of ['_self', '_blank', '_top'] as const) {
    it(`opens them as link-target="${linkTarget}" says, in a frame or not`, () => {
      for (const framed of [true, false])
        expect(checkSettings({ linkTarget }, undefined, base, { framed })).to.deep.include({
          linkTarget,
          problems: [],
        });
    });
  }

  it('refuses any other link-target, for the default', () => {
    expect(checkSettings({ linkTarget: 'popup' }, undefined, base, { framed: true })).to.deep.include({
      linkTarget: '_blank',
      problems: ['the link-target attribute must be "_self", "_blank" or "_top"'],
    });
  });
});

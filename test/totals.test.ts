import { expect } from '@open-wc/testing';
import { readAmount, readCurrency, readGoal } from '../src/read.js';
import { readTotals } from '../src/totals.js';

describe('readTotals', () => {
  it('reads the documented example', () => {
    const result = readTotals({
      raised: 620,
      goal: 1000,
      currency: 'USD',
      donors: 14,
      updated: '2026-04-12T10:00:00Z',
    });
    expect(result).to.deep.equal({
      ok: true,
      warnings: [],
      totals: {
        raised: 620,
        goal: 1000,
        currency: 'USD',
        donors: 14,
        updated: new Date('2026-04-12T10:00:00Z'),
      },
    });
  });

  it('needs only "raised"', () => {
    expect(readTotals({ raised: 0 })).to.deep.equal({ ok: true, warnings: [], totals: { raised: 0 } });
  });

  it('forgives numeric strings, spaces and a lower-case currency code', () => {
    const result = readTotals({ raised: ' 620.50 ', goal: '1000', currency: ' eur ', donors: '14' });
    expect(result).to.deep.include({
      ok: true,
      totals: { raised: 620.5, goal: 1000, currency: 'EUR', donors: 14 },
    });
  });

  it('reads plain dates and offsets as ISO 8601', () => {
    expect(readTotals({ raised: 1, updated: '2026-04-12' })).to.deep.include({
      totals: { raised: 1, updated: new Date('2026-04-12') },
    });
    expect(readTotals({ raised: 1, updated: '2026-04-12T12:00:00+02:00' })).to.deep.include({
      totals: { raised: 1, updated: new Date('2026-04-12T10:00:00Z') },
    });
  });

  it('reads -0 as 0, so it never shows as "-$0"', () => {
    const result = readTotals(JSON.parse('{ "raised": -0 }'));
    expect(result.ok && Object.is(result.totals.raised, 0)).to.equal(true);
  });

  it('treats null like a missing field', () => {
    expect(readTotals({ raised: 5, goal: null, currency: null })).to.deep.include({ totals: { raised: 5 } });
  });

  it('drops a malformed donor count or date with a warning, keeping the figures', () => {
    const result = readTotals({ raised: 620, donors: 'lots', updated: 'last Tuesday' });
    expect(result).to.deep.equal({
      ok: true,
      totals: { raised: 620, donors: undefined, updated: undefined },
      warnings: [
        '"donors" must be a whole number like 14, not "lots" (ignored)',
        '"updated" must be a date like "2026-04-12T10:00:00Z", not "last Tuesday" (ignored)',
      ],
    });
    expect(readTotals({ raised: 1, donors: 2.5 })).to.deep.include({
      warnings: ['"donors" must be a whole number like 14, not 2.5 (ignored)'],
    });
    expect(readTotals({ raised: 1, updated: 'April 12, 2026' })).to.deep.include({
      warnings: ['"updated" must be a date like "2026-04-12T10:00:00Z", not "April 12, 2026" (ignored)'],
    });
  });

  const refusals: [string, unknown, string][] = [
    ['a list', [620], 'the feed must be a JSON object, not a list'],
    ['a bare number', 620, 'the feed must be a JSON object, not 620'],
    ['null', null, 'the feed must be a JSON object, not null'],
    ['no raised', { goal: 1000 }, 'the feed has no "raised"'],
    [
      'a word for raised',
      { raised: 'six hundred' },
      '"raised" must be a number like 620 or "620.50", not "six hundred"',
    ],
    [
      'a decimal comma',
      { raised: '620,50' },
      '"raised" must be a number like 620 or "620.50", not "620,50" (commas only group thousands: 1,000)',
    ],
    ['an empty string', { raised: '' }, '"raised" must be a number like 620 or "620.50", not ""'],
    ['a boolean', { raised: true }, '"raised" must be a number like 620 or "620.50", not true'],
    ['an object', { raised: { amount: 5 } }, '"raised" must be a number like 620 or "620.50", not an object'],
    ['a negative amount', { raised: -5 }, '"raised" must not be negative'],
    ['a negative string', { raised: '-5' }, '"raised" must not be negative'],
    ['an infinite amount', JSON.parse('{ "raised": 1e999 }'), '"raised" must be a finite number'],
    ['a goal of 0', { raised: 5, goal: 0 }, '"goal" must be at least 1'],
    ['a goal below one unit', { raised: 5, goal: 5e-324 }, '"goal" must be at least 1'],
    ['an absurdly large amount', { raised: 1e307, goal: 1 }, '"raised" must be at most 1000000000000000'],
    ['a negative goal', { raised: 5, goal: -1000 }, '"goal" must not be negative'],
    [
      'a currency symbol',
      { raised: 5, currency: '$' },
      '"currency" must be an ISO 4217 code like "USD", not "$"',
    ],
    [
      'markup',
      { raised: 5, currency: '<img src=x onerror=alert(1)>' },
      '"currency" must be an ISO 4217 code like "USD", not "<img src=x onerror=alert(1)>"',
    ],
  ];
  for (const [name, feed, message] of refusals) {
    it(`refuses ${name}, saying why`, () => {
      expect(readTotals(feed)).to.deep.equal({ ok: false, message });
    });
  }

  it('shortens a long bad value in its message', () => {
    const result = readTotals({ raised: 'x'.repeat(500) });
    expect(result).to.deep.equal({
      ok: false,
      message: `"raised" must be a number like 620 or "620.50", not "${'x'.repeat(40)}…"`,
    });
  });
});

describe('the readers', () => {
  it('name what they read in their message', () => {
    expect(() => readAmount('abc', 'the raised attribute')).to.throw(
      RangeError,
      'the raised attribute must be a number',
    );
    expect(() => readGoal('0', 'the goal attribute')).to.throw(
      RangeError,
      'the goal attribute must be at least 1',
    );
    expect(() => readCurrency('EURO', 'the currency attribute')).to.throw(
      RangeError,
      'the currency attribute must be an ISO 4217 code',
    );
  });

  it('return the value when it is good', () => {
    expect(readAmount(0, 'x')).to.equal(0);
    expect(readGoal('1000.5')).to.equal(1000.5);
    expect(readCurrency('jpy')).to.equal('JPY');
  });
});

describe('totals.schema.json', () => {
  it('agrees with the reader: its examples are read, and it requires only "raised"', async () => {
    const schema = await (await fetch('/totals.schema.json')).json();
    expect(schema.required).to.deep.equal(['raised']);
    expect(Object.keys(schema.properties)).to.deep.equal([
      'raised',
      'goal',
      'currency',
      'donors',
      'donations',
      'tiers',
      'updated',
    ]);
    for (const example of schema.examples)
      expect(readTotals(example)).to.deep.include({ ok: true, warnings: [] });
  });
});

import { expect } from '@open-wc/testing';
import { readDeadline, timeLeft } from '../src/deadline.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('readDeadline', () => {
  it('reads a bare date as the end of that day in the reader’s time zone', () => {
    expect(readDeadline('2027-04-30').getTime()).to.equal(new Date(2027, 4, 1).getTime());
    expect(readDeadline(' 2027-12-31 ').getTime()).to.equal(new Date(2028, 0, 1).getTime());
  });

  it('reads a date-time as given', () => {
    expect(readDeadline('2027-04-30T18:00:00Z').toISOString()).to.equal('2027-04-30T18:00:00.000Z');
    expect(readDeadline('2027-04-30T18:00').getTime()).to.equal(new Date(2027, 3, 30, 18).getTime());
  });

  for (const value of [
    '2027-02-30',
    '2027-13-01',
    'April 30',
    '30/04/2027',
    '',
    'tomorrow',
    '2027-04-30T25:00',
  ]) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(() => readDeadline(value)).to.throw(RangeError, /ends attribute/);
    });
  }
});

describe('timeLeft', () => {
  const ends = new Date('2027-04-30T00:00:00Z');
  const at = (msBefore: number) => timeLeft(ends, ends.getTime() - msBefore);

  it('counts whole days, rounding down', () => {
    expect(at(12 * DAY + 5 * HOUR).left).to.deep.equal({ unit: 'day', count: 12 });
    expect(at(DAY).left).to.deep.equal({ unit: 'day', count: 1 });
  });

  it('counts hours on the last day, never "0 days"', () => {
    expect(at(DAY - 1).left).to.deep.equal({ unit: 'hour', count: 23 });
    expect(at(14 * HOUR + 59 * MINUTE).left).to.deep.equal({ unit: 'hour', count: 14 });
    expect(at(HOUR).left).to.deep.equal({ unit: 'hour', count: 1 });
  });

  it('counts minutes in the last hour, rounding up to the last minute', () => {
    expect(at(HOUR - 1).left).to.deep.equal({ unit: 'minute', count: 60 });
    expect(at(10_000).left).to.deep.equal({ unit: 'minute', count: 1 });
  });

  it('says ended at and after the end', () => {
    expect(at(0).left).to.deep.equal({ unit: 'ended' });
    expect(at(-DAY).left).to.deep.equal({ unit: 'ended' });
    expect(at(0).changesIn).to.equal(Infinity);
  });

  it('says exactly when its words change', () => {
    for (const before of [12 * DAY + 5 * HOUR, DAY, DAY + 1, 14 * HOUR + 3, HOUR, HOUR - 1, 90_500, 10_000]) {
      const { left, changesIn } = at(before);
      expect(at(before - changesIn + 1).left, `${before} ms before`).to.deep.equal(left);
      expect(at(before - changesIn).left, `${before} ms before`).not.to.deep.equal(left);
    }
  });

  it('changes within a day, however far the end: a delay setTimeout can wait', () => {
    for (const before of [DAY - 1, DAY, 3000 * DAY + 1, 1e15]) {
      expect(at(before).changesIn, `${before} ms before`).to.be.within(1, DAY);
    }
  });
});

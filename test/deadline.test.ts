import { expect } from '@open-wc/testing';
import { readDeadline, timeLeft } from '../src/deadline.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('readDeadline', () => {
  // Today, for dates written without a year.
  const now = Date.UTC(2027, 0, 15, 9);
  const read = (value: string) => readDeadline(value, now);
  // The end of April 30 everywhere on Earth: midnight at UTC−12.
  const END_OF_APRIL_30 = '2027-05-01T12:00:00.000Z';

  it('reads a bare date as the end of that day everywhere on Earth: one moment, UTC−12’s midnight', () => {
    expect(read('2027-04-30')).to.deep.equal({ deadline: new Date(END_OF_APRIL_30), note: undefined });
    expect(read(' 2027-12-31 ').deadline.toISOString()).to.equal('2028-01-01T12:00:00.000Z');
  });

  it('reads a date in a year before 1000 as written, with no note suggesting a form it cannot read', () => {
    // A date field's two-digit year ("27" for 2027): a past date, shown as ended; the note would
    // otherwise ask for "27-05-01", which is no date at all.
    expect(read('0027-05-01').note).to.equal(undefined);
  });

  it('does not depend on the reader’s time zone: the same instant as a fixed UTC one, whatever this browser’s', () => {
    // Were it local, this would differ by the browser's offset (0 only for a browser at UTC−12).
    expect(read('2027-04-30').deadline.getTime()).to.equal(Date.UTC(2027, 4, 1, 12));
    expect(read('2027-01-01').deadline.getTime()).to.equal(Date.UTC(2027, 0, 2, 12));
  });

  it('reads a date-time with an offset exactly', () => {
    expect(read('2027-04-30T18:00:00Z')).to.deep.equal({ deadline: new Date('2027-04-30T18:00:00.000Z') });
    expect(read('2027-04-30T23:59-07:00').deadline.toISOString()).to.equal('2027-05-01T06:59:00.000Z');
  });

  it('reads a date-time without an offset at UTC−12 too, with a note asking for the offset', () => {
    expect(read('2027-04-30T18:00')).to.deep.equal({
      deadline: new Date('2027-05-01T06:00:00.000Z'),
      note: 'reading ends="2027-04-30T18:00" at UTC−12; add your own offset, such as "2027-04-30T18:00-07:00"',
    });
  });

  for (const [value, iso] of [
    ['April 30', '2027-04-30'],
    ['30 April 2027', '2027-04-30'],
    ['Apr 30, 2027', '2027-04-30'],
    ['april 30th', '2027-04-30'],
    ['30/04/2027', '2027-04-30'],
    ['04/30/2027', '2027-04-30'],
    ['2027/04/30', '2027-04-30'],
    ['2027/4/30', '2027-04-30'],
    // Without a year, the nearest to today (January 15, 2027).
    ['Dec 31', '2026-12-31'],
    ['July 14', '2027-07-14'],
  ]) {
    it(`reads ends="${value}" as ${iso}, with a note showing that form`, () => {
      const { deadline, note } = read(value);
      expect(deadline.getTime()).to.equal(Date.parse(`${iso}T00:00:00Z`) + 36 * 3_600_000);
      expect(note).to.equal(`reading ends="${value}" as ${iso}; write it so`);
    });
  }

  for (const [value, message] of [
    ['2027-02-30', 'the ends attribute must be a real date, such as 2027-04-30, not "2027-02-30"'],
    ['2027-13-01', 'the ends attribute must be a real date, such as 2027-04-30, not "2027-13-01"'],
    ['31/04/2027', 'the ends attribute must be a real date, such as 2027-04-30, not "31/04/2027"'],
    ['04/05/2027', 'the ends attribute "04/05/2027" could be 2027-05-04 or 2027-04-05'],
    ['', 'the ends attribute must be a date such as 2027-04-30, not ""'],
    ['tomorrow', 'the ends attribute must be a date such as 2027-04-30, not "tomorrow"'],
    ['Smarch 30', 'the ends attribute must be a date such as 2027-04-30, not "Smarch 30"'],
    ['2027-04-30T25:00', /ends attribute must be a date like/],
  ] as const) {
    it(`refuses ${JSON.stringify(value)}, showing the form to write`, () => {
      expect(() => read(value)).to.throw(RangeError, message);
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

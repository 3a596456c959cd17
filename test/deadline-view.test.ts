import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { captureWarnings, nextEvent, part, visibleText } from './helpers.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A moment in the reader's own time zone (months from 1, as people write them). */
const local = (year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0) =>
  new Date(year, month - 1, day, hours, minutes, seconds).getTime();

let clock: sinon.SinonFakeTimers | undefined;

/** Stops time at `now`: only timers and the date are faked, so promises and Lit run as usual. */
function freezeAt(now: number) {
  clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  return clock;
}

afterEach(() => {
  clock?.restore();
  clock = undefined;
});

/** A widget at $620 of $1,000 that ends at `ends`. */
const widget = (ends: string) =>
  fixture<CampaignProgress>(
    html`<campaign-progress raised="620" goal="1000" ends=${ends}></campaign-progress>`,
  );

/** The time left, as shown. */
const deadline = (el: CampaignProgress) => part(el, 'deadline').textContent!.trim();

/** Lets the widget's timer fire after `ms`, then waits for the render it asked for, if any. */
async function wait(el: CampaignProgress, ms: number) {
  clock!.tick(ms);
  await el.updateComplete;
}

describe('deadline: the time left', () => {
  it('counts whole days', async () => {
    freezeAt(local(2027, 4, 18, 10));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('12 days left');
    expect(visibleText(el)).to.equal('62% $620 raised of $1,000 goal 12 days left');
  });

  it('says "1 day left", not "1 days"', async () => {
    freezeAt(local(2027, 4, 29, 12));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('1 day left');
  });

  it('counts hours on the last day, never "0 days left"', async () => {
    freezeAt(local(2027, 4, 30, 10));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('14 hours left');
  });

  it('says "1 hour left" in the last hours', async () => {
    freezeAt(local(2027, 4, 30, 22, 30));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('1 hour left');
  });

  it('counts minutes in the last hour, down to "1 minute left"', async () => {
    freezeAt(local(2027, 4, 30, 23, 15));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('45 minutes left');
    el.ends = '2027-04-30T23:15:30';
    await el.updateComplete;
    expect(deadline(el)).to.equal('1 minute left');
  });

  it('says "Ended" once the deadline has passed', async () => {
    freezeAt(local(2027, 5, 1, 0, 0, 1));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('Ended');
    expect(visibleText(el)).to.contain('Ended');
  });

  it('reads a bare date as the end of that day in the reader’s time zone', async () => {
    freezeAt(local(2027, 4, 30, 23));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('1 hour left');
  });

  it('reads a date-time with an offset as that moment, and one without as local time', async () => {
    freezeAt(Date.UTC(2027, 3, 30, 6));
    const el = await widget('2027-04-30T18:00:00Z');
    expect(deadline(el)).to.equal('12 hours left');
    clock!.restore();
    freezeAt(local(2027, 4, 30, 6));
    el.ends = '2027-04-30T18:00';
    await el.updateComplete;
    expect(deadline(el)).to.equal('12 hours left');
  });

  it('formats a long count the locale’s way', async () => {
    freezeAt(local(2027, 4, 30));
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000" locale="en-US" ends="2031-01-01"></campaign-progress>`,
    );
    expect(deadline(el)).to.match(/^1,\d{3} days left$/);
  });

  it('shows no deadline without ends, and none once ends is removed', async () => {
    freezeAt(local(2027, 4, 18, 10));
    const el = await widget('2027-04-30');
    el.removeAttribute('ends');
    await el.updateComplete;
    expect(deadline(el)).to.equal('');
    expect(part(el, 'deadline').getClientRects().length).to.equal(0);
    expect(clock!.countTimers(), 'no timer left waking the page').to.equal(0);
  });

  it('passes an accessibility audit', async () => {
    const el = await widget('2999-12-31');
    expect(deadline(el)).to.match(/ days left$/);
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('deadline: an unusable ends', () => {
  for (const ends of ['April 30', '2027-02-30', '2027-13-01', '30/04/2027', 'soon']) {
    it(`warns, fires an attribute error and shows no deadline for ${JSON.stringify(ends)}`, async () => {
      const error = nextEvent('campaign-progress-error');
      let el!: CampaignProgress;
      const warnings = await captureWarnings(async () => {
        el = await widget(ends);
        await error;
      });
      expect((await error).detail.reason).to.equal('attribute');
      expect((await error).detail.message).to.contain('ends');
      expect(
        warnings.filter((line) => line.startsWith('campaign-progress:') && line.includes('ends')),
      ).to.have.length(1);
      expect(deadline(el)).to.equal('');
      expect(part(el, 'deadline').getClientRects().length).to.equal(0);
      expect(visibleText(el)).to.equal('62% $620 raised of $1,000 goal');
    });
  }
});

describe('deadline: a page left open', () => {
  it('changes its words at midnight, with no other render', async () => {
    freezeAt(local(2027, 4, 28, 23, 59, 30));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('2 days left');
    await wait(el, 31 * SECOND);
    expect(deadline(el)).to.equal('1 day left');
    await wait(el, DAY);
    expect(deadline(el)).to.equal('23 hours left');
  });

  it('counts down the last hour by the minute', async () => {
    freezeAt(local(2027, 4, 30, 22, 59, 30));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('1 hour left');
    await wait(el, 31 * SECOND);
    expect(deadline(el)).to.equal('60 minutes left');
    await wait(el, 30 * MINUTE);
    expect(deadline(el)).to.equal('30 minutes left');
  });

  it('says "Ended" at the deadline, and then stops its timer', async () => {
    freezeAt(local(2027, 4, 30, 23, 58, 30));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('2 minutes left');
    await wait(el, MINUTE);
    expect(deadline(el)).to.equal('1 minute left');
    await wait(el, 30 * SECOND);
    expect(deadline(el)).to.equal('Ended');
    expect(clock!.countTimers(), 'nothing left to count down').to.equal(0);
  });

  it('gets it right after a long sleep, such as a laptop lid closed for days', async () => {
    freezeAt(local(2027, 4, 18, 10));
    const el = await widget('2027-04-30');
    await wait(el, 11 * DAY + 2 * HOUR);
    expect(deadline(el)).to.equal('1 day left');
    await wait(el, 3 * DAY);
    expect(deadline(el)).to.equal('Ended');
  });

  it('holds no timer while off the page, and is right again when put back', async () => {
    freezeAt(local(2027, 4, 18, 10));
    const el = await widget('2027-04-30');
    const parent = el.parentElement!;
    el.remove();
    expect(clock!.countTimers(), 'no timer while off the page').to.equal(0);
    clock!.tick(5 * DAY);
    parent.append(el);
    await el.updateComplete;
    expect(deadline(el)).to.equal('7 days left');
    expect(clock!.countTimers()).to.equal(1);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { captureWarnings, nextEvent, part, visibleText } from './helpers.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A moment on the clocks at UTC−12, where a date ends last, and so where a bare `ends` date ends
 * (months from 1, as people write them).
 */
const lastZone = (year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0) =>
  Date.UTC(year, month - 1, day, hours + 12, minutes, seconds);

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
    freezeAt(lastZone(2027, 4, 18, 10));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('12 days left');
    expect(visibleText(el)).to.equal('$620 raised of $1,000 goal $380 to go 62% 12 days left');
    // The first fact has nothing before it to set it apart from; the next is set apart from it.
    expect(getComputedStyle(part(el, 'percent'), '::before').content).to.equal('none');
    expect(getComputedStyle(part(el, 'deadline'), '::before').content).to.equal('"·" / ""');
  });

  it('says "1 day left", not "1 days"', async () => {
    freezeAt(lastZone(2027, 4, 29, 12));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('1 day left');
  });

  it('counts hours on the last day, never "0 days left"', async () => {
    freezeAt(lastZone(2027, 4, 30, 10));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('14 hours left');
  });

  it('says "1 hour left" in the last hours', async () => {
    freezeAt(lastZone(2027, 4, 30, 22, 30));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('1 hour left');
  });

  it('counts minutes in the last hour, down to "1 minute left"', async () => {
    freezeAt(lastZone(2027, 4, 30, 23, 15));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('45 minutes left');
    el.ends = '2027-04-30T23:15:30-12:00';
    await el.updateComplete;
    expect(deadline(el)).to.equal('1 minute left');
  });

  it('says "Ended" once the deadline has passed', async () => {
    freezeAt(lastZone(2027, 5, 1, 0, 0, 1));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('Ended');
    expect(visibleText(el)).to.contain('Ended');
  });

  it('reads a bare date as the end of that day everywhere on Earth: one moment for every reader', async () => {
    // 20:00 UTC on April 30: evening in London, April 30 still in Los Angeles, May 1 in Tokyo. Ends
    // at midnight at UTC−12, 16 hours later, for all of them.
    freezeAt(Date.UTC(2027, 3, 30, 20));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('16 hours left');
  });

  it('reads a date-time with an offset as that moment, and one without at UTC−12, with a note', async () => {
    freezeAt(Date.UTC(2027, 3, 30, 6));
    const el = await widget('2027-04-30T18:00:00Z');
    expect(deadline(el)).to.equal('12 hours left');
    el.ends = '2027-04-30T18:00-07:00';
    await el.updateComplete;
    expect(deadline(el)).to.equal('19 hours left');
    const warnings = await captureWarnings(async () => {
      el.ends = '2027-04-30T18:00';
      await el.updateComplete;
    });
    expect(deadline(el)).to.equal('1 day left');
    expect(warnings).to.deep.equal([
      'campaign-progress: reading ends="2027-04-30T18:00" at UTC−12; add your own offset, such as "2027-04-30T18:00-07:00"',
    ]);
  });

  it('reads ends="April 30" as 2027-04-30, saying so once in the console', async () => {
    freezeAt(lastZone(2027, 4, 18, 10));
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await widget('April 30');
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(deadline(el)).to.equal('12 days left');
    expect(warnings).to.deep.equal(['campaign-progress: reading ends="April 30" as 2027-04-30; write it so']);
  });

  it('formats a long count the locale’s way', async () => {
    freezeAt(lastZone(2027, 4, 30));
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000" locale="en-US" ends="2031-01-01"></campaign-progress>`,
    );
    expect(deadline(el)).to.match(/^1,\d{3} days left$/);
  });

  it('shows no deadline without ends, and none once ends is removed', async () => {
    freezeAt(lastZone(2027, 4, 18, 10));
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

describe('deadline: one moment in every time zone', () => {
  afterEach(() => executeServerCommand('emulate-time-zone', ''));

  for (const zone of [
    'Pacific/Kiritimati',
    'Asia/Tokyo',
    'Europe/London',
    'America/Los_Angeles',
    'Etc/GMT+12',
  ]) {
    it(`ends="2027-04-30" has 16 hours left at 20:00 UTC on April 30 for a reader in ${zone}`, async () => {
      await executeServerCommand('emulate-time-zone', zone);
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone, 'the browser’s time zone').to.equal(zone);
      freezeAt(Date.UTC(2027, 3, 30, 20));
      const el = await widget('2027-04-30');
      expect(deadline(el)).to.equal('16 hours left');
      el.ends = '2027-04-30T23:59-07:00';
      await el.updateComplete;
      expect(deadline(el)).to.equal('10 hours left');
    });
  }
});

describe('deadline: an unusable ends', () => {
  for (const ends of ['04/05/2027', '2027-02-30', '2027-13-01', '31/04/2027', 'soon', 'Smarch 30']) {
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
      expect(visibleText(el)).to.equal('$620 raised of $1,000 goal $380 to go 62%');
    });
  }
});

describe('deadline: a page left open', () => {
  it('changes its words at midnight, with no other render', async () => {
    freezeAt(lastZone(2027, 4, 28, 23, 59, 30));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('2 days left');
    await wait(el, 31 * SECOND);
    expect(deadline(el)).to.equal('1 day left');
    await wait(el, DAY);
    expect(deadline(el)).to.equal('23 hours left');
  });

  it('counts down the last hour by the minute', async () => {
    freezeAt(lastZone(2027, 4, 30, 22, 59, 30));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('1 hour left');
    await wait(el, 31 * SECOND);
    expect(deadline(el)).to.equal('60 minutes left');
    await wait(el, 30 * MINUTE);
    expect(deadline(el)).to.equal('30 minutes left');
  });

  it('says "Ended" at the deadline, and then stops its timer', async () => {
    freezeAt(lastZone(2027, 4, 30, 23, 58, 30));
    const el = await widget('2027-04-30');
    expect(deadline(el)).to.equal('2 minutes left');
    await wait(el, MINUTE);
    expect(deadline(el)).to.equal('1 minute left');
    await wait(el, 30 * SECOND);
    expect(deadline(el)).to.equal('Ended');
    expect(clock!.countTimers(), 'nothing left to count down').to.equal(0);
  });

  it('gets it right after a long sleep, such as a laptop lid closed for days', async () => {
    freezeAt(lastZone(2027, 4, 18, 10));
    const el = await widget('2027-04-30');
    await wait(el, 11 * DAY + 2 * HOUR);
    expect(deadline(el)).to.equal('1 day left');
    await wait(el, 3 * DAY);
    expect(deadline(el)).to.equal('Ended');
  });

  it('holds no timer while off the page, and is right again when put back', async () => {
    freezeAt(lastZone(2027, 4, 18, 10));
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

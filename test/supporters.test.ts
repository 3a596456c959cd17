import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { nextEvent, part, visibleText } from './helpers.js';
import { json, stubNetwork, type Network } from './network.js';

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
});

/** Renders `template` and waits until its widget has the feed's answer. */
async function settled<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const event = nextEvent('campaign-progress-update', 'campaign-progress-error');
  const el = await fixture<T>(template);
  await event;
  await (el as unknown as CampaignProgress).updateComplete;
  return el;
}

/** A widget with goal 1000 on a feed that gives `totals`, in `locale`, once it has the answer. */
function onFeed(totals: object, locale = 'en-US') {
  return settled<CampaignProgress>(
    html`<campaign-progress
      src=${network.route(json(totals))}
      goal="1000"
      locale=${locale}
    ></campaign-progress>`,
  );
}

/** Where the words of `element` are drawn (generated content, such as a separator, left out). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent)!;
  range.selectNodeContents(text);
  return range.getBoundingClientRect();
}

/** The supporters line, as shown. */
const supporters = (el: CampaignProgress) => part(el, 'donors').textContent!.trim();

describe('supporters: donors', () => {
  for (const [donors, text] of [
    [14, '14 donors'],
    [1, '1 donor'],
    [0, '0 donors'],
    [1204, '1,204 donors'],
  ] as const) {
    it(`says "${text}" for ${donors} donors`, async () => {
      const el = await onFeed({ raised: 620, goal: 1000, donors });
      expect(supporters(el)).to.equal(text);
      expect(visibleText(el)).to.equal(`$620 raised of $1,000 goal $380 to go 62% ${text}`);
    });
  }

  it('formats the count in the reader’s locale', async () => {
    const el = await onFeed({ raised: 620, goal: 1000, donors: 1204 }, 'de-DE');
    expect(supporters(el)).to.equal('1.204 Spender');
  });
});

describe('supporters: donations, when the feed counts gifts rather than people', () => {
  for (const [donations, text] of [
    [14, '14 donations'],
    [1, '1 donation'],
    [0, '0 donations'],
    [1204, '1,204 donations'],
  ] as const) {
    it(`says "${text}" for ${donations} donations, never "donors"`, async () => {
      const el = await onFeed({ raised: 620, goal: 1000, donations });
      expect(supporters(el)).to.equal(text);
      expect(visibleText(el)).not.to.match(/donor/i);
      expect(part(el, 'thermometer').getAttribute('aria-valuetext')).not.to.match(/donor/i);
    });
  }

  it('formats the count in the reader’s locale', async () => {
    const el = await onFeed({ raised: 620, goal: 1000, donations: 1204 }, 'de-DE');
    expect(supporters(el)).to.equal('1.204 Spenden');
  });

  it('counts people when the feed gives both: donors are who a reader joins', async () => {
    const el = await onFeed({ raised: 620, goal: 1000, donors: 9, donations: 14 });
    expect(supporters(el)).to.equal('9 donors');
    expect(visibleText(el)).not.to.contain('14');
  });

  it('shows neither when the feed gives neither', async () => {
    const el = await onFeed({ raised: 620, goal: 1000 });
    expect(supporters(el)).to.equal('');
    expect(part(el, 'donors').getClientRects().length).to.equal(0);
  });

  it('sits beside the deadline, separated for the eye', async () => {
    const el = await settled<CampaignProgress>(
      html`<campaign-progress
        src=${network.route(json({ raised: 620, goal: 1000, donations: 14 }))}
        goal="1000"
        ends="2999-12-31"
      ></campaign-progress>`,
    );
    expect(visibleText(el)).to.match(/ 14 donations ?[\d,]+ days left$/);
    const donors = textBox(part(el, 'donors'));
    const deadline = textBox(part(el, 'deadline'));
    if (Math.abs(deadline.top - donors.top) < 1) {
      expect(deadline.left - donors.right, 'room between the two on one line').to.be.at.least(8);
      expect(getComputedStyle(part(el, 'deadline'), '::before').content).to.contain('·');
    }
    await expect(el).shadowDom.to.be.accessible();
  });
});

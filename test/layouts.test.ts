import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { captureWarnings, drawnFill, finishTransitions, nextEvent, nextEventAt, part } from './helpers.js';
import { json, stubNetwork, type Network } from './network.js';

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
});

// The seed appeal's six tiers (shared/SAMPLE-CAMPAIGN.md), in the post's order.
const SIX = [
  { amount: 45, label: 'covers one day of undercover investigations' },
  { amount: 240, label: 'covers six days of aftercare for a victim' },
  { amount: 455, label: 'covers seven days of legal advocacy' },
  { amount: 2540, label: 'covers one day of operations in a field office' },
  { amount: 4500, label: 'covers one rescue operation' },
  { amount: 18500, label: 'covers a national lawyer for a year' },
];

/** `<campaign-tier>` children for the six tiers. */
const children = () =>
  SIX.map(({ amount, label }) => html`<campaign-tier amount=${amount}>${label}</campaign-tier>`);

/** A column of the page, `width` px wide, to put a widget in. */
function column(width: number, direction?: 'rtl'): HTMLElement {
  const div = document.createElement('div');
  div.style.setProperty('width', `${width}px`);
  if (direction) div.dir = direction;
  return div;
}

/** A full widget at $620 of $1,000 in `layout`, in a column `width` px wide. */
async function widget(layout: string, width = 700, direction?: 'rtl') {
  const el = await fixture<CampaignProgress>(
    html`<campaign-progress
      raised="620"
      goal="1000"
      layout=${layout}
      heading="Make a Difference for Freedom"
      ends="2999-12-31"
      donate-href="https://example.org/donate?amount={amount}"
      >${children()}</campaign-progress
    >`,
    { parentNode: column(width, direction) },
  );
  await nextFrame();
  return el;
}

/** The padding box of `element` (where its absolutely placed children are laid out). */
function inner(element: HTMLElement) {
  const box = element.getBoundingClientRect();
  const left = box.left + element.clientLeft;
  const top = box.top + element.clientTop;
  return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

/** Every element of the widget's view that a reader can see. */
const drawn = (el: CampaignProgress) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=base] *')].filter(
    (node) => node.getClientRects().length > 0 && !node.closest('[hidden]'),
  );

/** Whether the widget's view fits its own width, with nothing to scroll sideways. */
function expectNoSidewaysOverflow(el: CampaignProgress) {
  const base = part(el, 'base');
  expect(base.scrollWidth, 'scroll width').to.be.at.most(base.clientWidth);
  const box = base.getBoundingClientRect();
  for (const node of drawn(el)) {
    const rect = node.getBoundingClientRect();
    if (rect.width <= 1) continue; // Words for screen readers only.
    const name = node.getAttribute('part') ?? node.localName;
    expect(rect.left, name).to.be.at.least(box.left - 0.5);
    expect(rect.right, name).to.be.at.most(box.right + 0.5);
  }
}

describe('layouts: the bar', () => {
  it('is a horizontal bar filled from the start to raised/goal, with no bulb', async () => {
    const el = await widget('bar');
    const bar = part(el, 'thermometer').getBoundingClientRect();
    expect(bar.width).to.be.above(bar.height * 4);
    const track = part(el, 'track');
    finishTransitions(el);
    const fill = part(el, 'fill').getBoundingClientRect();
    expect(fill.width / track.clientWidth).to.be.closeTo(0.62, 0.01);
    expect(fill.left).to.be.closeTo(inner(track).left, 1);
    expect(fill.height).to.be.closeTo(track.clientHeight, 1);
    expect(el.shadowRoot!.querySelector('[part~=bulb]'), 'no bulb').to.equal(null);
  });

  it('marks the tiers under the goal along the bar, at amount/goal of its length', async () => {
    const el = await widget('bar');
    const track = part(el, 'track');
    const { left } = inner(track);
    const marks = [...track.querySelectorAll<HTMLElement>('[part~=mark]')];
    expect(marks.map((mark) => mark.getAttribute('part'))).to.deep.equal([
      'mark reached',
      'mark reached',
      'mark reached',
    ]);
    [0.045, 0.24, 0.455].forEach((share, index) => {
      const rect = marks[index].getBoundingClientRect();
      expect(rect.left - left, `mark ${index + 1}`).to.be.closeTo(share * track.clientWidth, 2);
      expect(rect.height, 'across the bar').to.be.at.least(track.clientHeight - 1);
      expect(rect.width, 'a visible line').to.be.at.least(1);
    });
  });

  it('fills from the right in a right-to-left page', async () => {
    const el = await widget('bar', 700, 'rtl');
    const track = part(el, 'track');
    finishTransitions(el);
    const fill = part(el, 'fill').getBoundingClientRect();
    expect(fill.right).to.be.closeTo(inner(track).right, 1);
    expect(fill.width / track.clientWidth).to.be.closeTo(0.62, 0.01);
    const first = track.querySelector<HTMLElement>('[part~=mark]')!.getBoundingClientRect();
    expect(inner(track).right - first.right).to.be.closeTo(0.045 * track.clientWidth, 2);
  });

  it('lists the tiers and previews a gift along the bar', async () => {
    const el = await widget('bar');
    expect(el.shadowRoot!.querySelectorAll('a[part~=tier]').length).to.equal(6);
    // The $240 tier, behind the disclosure: opened, as a reader would.
    el.shadowRoot!.querySelector('details')!.open = true;
    await nextFrame();
    el.shadowRoot!.querySelectorAll<HTMLElement>('a[part~=tier]')[1].focus();
    await el.updateComplete;
    finishTransitions(el);
    const preview = part(el, 'preview').getBoundingClientRect();
    expect(preview.width / part(el, 'track').clientWidth).to.be.closeTo(0.86, 0.01);
  });

  it('passes an accessibility audit', async () => {
    const el = await widget('bar');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('can be switched to and from at run time', async () => {
    const el = await widget('thermometer');
    el.layout = 'bar';
    await el.updateComplete;
    const bar = part(el, 'thermometer').getBoundingClientRect();
    expect(bar.width).to.be.above(bar.height);
    el.layout = 'thermometer';
    await el.updateComplete;
    const tube = part(el, 'thermometer').getBoundingClientRect();
    expect(tube.height).to.be.above(tube.width);
    expect(drawnFill(el)).to.be.closeTo(0.62, 0.01);
  });
});

describe('layouts: the thermometer', () => {
  it('is a tall tube with a bulb', async () => {
    const el = await widget('thermometer');
    const tube = part(el, 'thermometer').getBoundingClientRect();
    expect(tube.height).to.be.above(tube.width * 2);
    expect(part(el, 'bulb').getClientRects().length).to.equal(1);
    expect(drawnFill(el)).to.be.closeTo(0.62, 0.01);
  });

  it('puts the tiers beside the gauge in a wide container', async () => {
    const el = await widget('thermometer', 700);
    const gauge = part(el, 'thermometer').getBoundingClientRect();
    const summary = part(el, 'summary').getBoundingClientRect();
    const tiers = part(el, 'tiers').getBoundingClientRect();
    expect(tiers.left, 'to the side of the figures').to.be.at.least(summary.right);
    expect(tiers.top, 'level with the gauge').to.be.below(gauge.bottom);
  });

  it('puts the tiers below the gauge in a narrow container', async () => {
    const el = await widget('thermometer', 320);
    const gauge = part(el, 'thermometer').getBoundingClientRect();
    const tiers = part(el, 'tiers').getBoundingClientRect();
    expect(tiers.top).to.be.at.least(gauge.bottom);
    expect(tiers.left).to.be.at.most(gauge.left + 1);
  });

  it('follows its own width, not the page’s: narrow in a wide page', async () => {
    expect(window.innerWidth).to.be.above(500);
    const el = await widget('thermometer', 320);
    const gauge = part(el, 'thermometer').getBoundingClientRect();
    expect(part(el, 'tiers').getBoundingClientRect().top).to.be.at.least(gauge.bottom);
    expect(el.offsetWidth).to.equal(320);
  });

  it('passes an accessibility audit', async () => {
    const el = await widget('thermometer');
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('layouts: narrow columns', () => {
  for (const layout of ['thermometer', 'bar']) {
    for (const width of [200, 240]) {
      it(`keeps the ${layout} readable at ${width} px: nothing spills sideways`, async () => {
        const el = await widget(layout, width);
        expect(el.offsetWidth).to.equal(width);
        expectNoSidewaysOverflow(el);
        expect(part(el, 'percent').textContent).to.equal('62%');
        await expect(el).shadowDom.to.be.accessible();
      });
    }
  }

  it('keeps a bar over its goal readable at 200 px', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="18500" goal="1000" layout="bar" currency="EUR" locale="de-DE"
        >${children()}</campaign-progress
      >`,
      { parentNode: column(200) },
    );
    await nextFrame();
    expectNoSidewaysOverflow(el);
  });
});

describe('layouts: an unusable layout', () => {
  it('warns, fires an attribute error and shows the thermometer', async () => {
    const error = nextEvent('campaign-progress-error');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await widget('sideways');
      await error;
    });
    expect((await error).detail.reason).to.equal('attribute');
    expect((await error).detail.message).to.contain('layout');
    expect(warnings.filter((line) => line.includes('layout'))).to.have.length(1);
    const tube = part(el, 'thermometer').getBoundingClientRect();
    expect(tube.height).to.be.above(tube.width);
    expect(part(el, 'bulb').getClientRects().length).to.equal(1);
  });

  it('says nothing for an empty layout, which means the default', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await widget('');
      const tube = part(el, 'thermometer').getBoundingClientRect();
      expect(tube.height).to.be.above(tube.width);
    });
    expect(warnings.filter((line) => line.startsWith('campaign-progress:'))).to.deep.equal([]);
  });
});

// A campaign's deadline a month away ("31 days left"): the live widget holds the room of facts
// of a usual length, a four-digit donor count among them (README, "Reserve the room").
const IN_A_MONTH = new Date(Date.now() + 30.5 * 86_400_000).toISOString().slice(0, 10);

/**
 * A live widget with six tiers and a deadline, in a column `width` px wide, measured while its feed
 * is loading and again once the feed has answered with `totals`: `[loading, answered]`.
 */
async function acrossFirstAnswer(
  totals: object,
  { layout, width, locale, goal }: { layout: string; width: number; locale?: string; goal?: string },
): Promise<[loading: DOMRect, answered: DOMRect]> {
  let release!: () => void;
  const answer = new Promise<void>((resolve) => (release = resolve));
  const src = network.route(async () => {
    await answer;
    return json(totals);
  });
  const el = await fixture<CampaignProgress>(
    html`<campaign-progress
      src=${src}
      goal=${goal ?? nothing}
      locale=${locale ?? nothing}
      layout=${layout}
      heading="Make a Difference for Freedom"
      ends=${IN_A_MONTH}
      donate-href="https://example.org/donate?amount={amount}"
      >${children()}</campaign-progress
    >`,
    { parentNode: column(width) },
  );
  await nextFrame();
  expect(part(el, 'base').classList.contains('loading'), 'loading at first').to.equal(true);
  const loading = el.getBoundingClientRect();
  const update = nextEventAt(el, 'campaign-progress-update');
  release();
  await update;
  await el.updateComplete;
  await nextFrame();
  expect(part(el, 'percent').textContent, 'the figures shown').to.match(/\d/);
  return [loading, el.getBoundingClientRect()];
}

describe('layouts: no layout shift while the feed loads', () => {
  const feeds: [name: string, totals: object][] = [
    ['under the goal', { raised: 620, goal: 1000, donors: 14 }],
    ['over the goal', { raised: 18500, goal: 1000, donors: 1204 }],
  ];
  for (const layout of ['thermometer', 'bar']) {
    for (const width of [280, 360, 700]) {
      for (const [name, totals] of feeds) {
        it(`holds the ${layout}’s final height at ${width} px with six tiers, ${name}`, async () => {
          const [loading, answered] = await acrossFirstAnswer(totals, { layout, width, goal: '1000' });
          expect([answered.width, answered.height]).to.deep.equal([loading.width, loading.height]);
        });
      }
    }
  }

  // The feed may say how old its figures are ("Updated 2 hours ago"), and may count donors or not:
  // neither is known until it answers, and in a narrow column either is a line of facts.
  const twoHoursAgo = () => new Date(Date.now() - 2 * 3_600_000).toISOString();
  const answers: [name: string, totals: () => object][] = [
    ['with its age and donors', () => ({ raised: 620, goal: 1000, donors: 14, updated: twoHoursAgo() })],
    ['with neither', () => ({ raised: 620, goal: 1000 })],
  ];
  for (const locale of ['en', 'es', 'fr', 'de', 'pt-BR', 'ar']) {
    for (const [name, totals] of answers) {
      it(`holds its height in ${locale} when the feed answers ${name}, in both layouts at 280 and 375 px`, async () => {
        for (const layout of ['thermometer', 'bar']) {
          for (const width of [280, 375]) {
            const [loading, answered] = await acrossFirstAnswer(totals(), { layout, width, locale });
            expect(answered.height, `${layout}, ${width} px`).to.equal(loading.height);
          }
        }
      });
    }
  }
});

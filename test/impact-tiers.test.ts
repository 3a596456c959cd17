import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { captureWarnings, nextEvent, part, visibleText } from './helpers.js';
import { delay, json, stubNetwork, type Network } from './network.js';

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

/** `<campaign-tier>` children for `tiers`, in the order given. */
const children = (tiers: readonly { amount: number | string; label: string }[]) =>
  tiers.map(({ amount, label }) => html`<campaign-tier amount=${amount}>${label}</campaign-tier>`);

/** Renders `template` and waits until its widget has the feed's answer. */
async function settled<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const event = nextEvent('campaign-progress-update', 'campaign-progress-error');
  const el = await fixture<T>(template);
  await event;
  await (el as unknown as CampaignProgress).updateComplete;
  return el;
}

/** A widget with goal 1000 on a feed that gives `answer`, once it has the answer. */
function onFeed(answer: Parameters<Network['route']>[0]) {
  return settled<CampaignProgress>(
    html`<campaign-progress src=${network.route(answer)} goal="1000"></campaign-progress>`,
  );
}

/** Waits until the widget has seen a change to its children and drawn it. */
async function childrenChanged(el: CampaignProgress) {
  await delay(0);
  await el.updateComplete;
}

/** The tiers in the widget's list, in the order shown. */
const tierParts = (el: CampaignProgress) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=tier]')];

/**
 * The text a sighted reader sees in `node`: words only screen readers get (1 px boxes) and hidden
 * stand-ins that only hold room left out.
 */
function seen(node: Element): string {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let text = '';
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement!;
    const box = parent.getBoundingClientRect();
    if (box.width > 1 && box.height > 1 && getComputedStyle(parent).visibility === 'visible')
      text += walker.currentNode.textContent;
  }
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** What a screen reader says for a tier: its name. */
const spoken = (node: Element) =>
  node.getAttribute('aria-label') ?? node.textContent!.replace(/[ \t\n\r\f]+/g, ' ').trim();

/**
 * Every callout as a reader sees it, "$45 covers one day of undercover investigations", with the
 * disclosure of the tiers past the first ones opened, as a reader would.
 */
const callouts = (el: CampaignProgress) => {
  el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
  // Without the word beside a tier reached ("funded"), which the tests of that state read.
  return tierParts(el).map((tier) => {
    const funded = seen(tier.querySelector('[part=tier-label] > *')!);
    return funded ? seen(tier).slice(0, -funded.length - 1) : seen(tier);
  });
};

/** The impact lines as shown (hidden stand-ins that only hold room are not read). */
const impact = (el: CampaignProgress) =>
  part(el, 'impact')
    .innerText.replace(/[ \t\n\r\f]+/g, ' ')
    .trim();

/** The problems the widget reported on the console. */
const ownWarnings = (warnings: string[]) => warnings.filter((line) => line.startsWith('campaign-progress:'));

describe('impact tiers: where they come from', () => {
  it('reads <campaign-tier> children and lists them sorted by amount', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000">
        ${children([SIX[3], SIX[0], SIX[5], SIX[1], SIX[4], SIX[2]])}
      </campaign-progress>`,
    );
    expect(callouts(el)).to.deep.equal([
      '$45 covers one day of undercover investigations',
      '$240 covers six days of aftercare for a victim',
      '$455 covers seven days of legal advocacy',
      '$2,540 covers one day of operations in a field office',
      '$4,500 covers one rescue operation',
      '$18,500 covers a national lawyer for a year',
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('finds <campaign-tier> children nested in the blogger’s own list, and not the list’s other words', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000">
        <ul>
          <li>$240 <campaign-tier amount="240">covers six days of aftercare for a victim</campaign-tier></li>
          <li>$45 <campaign-tier amount="45">covers one day of undercover investigations</campaign-tier></li>
        </ul>
        <a href="https://example.org/donate">Donate to the campaign</a>
      </campaign-progress>`,
    );
    expect(callouts(el)).to.deep.equal([
      '$45 covers one day of undercover investigations',
      '$240 covers six days of aftercare for a victim',
    ]);
  });

  it('reads the feed’s "tiers" when the page has none, sorted', async () => {
    const el = await onFeed(json({ raised: 620, goal: 1000, tiers: [SIX[2], SIX[0], SIX[1]] }));
    expect(callouts(el)).to.deep.equal([
      '$45 covers one day of undercover investigations',
      '$240 covers six days of aftercare for a victim',
      '$455 covers seven days of legal advocacy',
    ]);
  });

  it('takes the tiers property, amounts as numbers or text, sorted', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="620"
        goal="1000"
        .tiers=${[
          { amount: '240', label: 'covers six days of aftercare for a victim' },
          { amount: 45, label: 'covers one day of undercover investigations' },
        ]}
      ></campaign-progress>`,
    );
    expect(callouts(el)).to.deep.equal([
      '$45 covers one day of undercover investigations',
      '$240 covers six days of aftercare for a victim',
    ]);
  });

  it('prefers the tiers property to children, and children to the feed', async () => {
    const el = await settled<CampaignProgress>(
      html`<campaign-progress
        src=${network.route(json({ raised: 620, goal: 1000, tiers: [{ amount: 10, label: 'from the feed' }] }))}
        goal="1000"
      >
        <campaign-tier amount="20">from the children</campaign-tier>
      </campaign-progress>`,
    );
    expect(callouts(el)).to.deep.equal(['$20 from the children']);

    el.tiers = [{ amount: 30, label: 'from the property' }];
    await el.updateComplete;
    expect(callouts(el)).to.deep.equal(['$30 from the property']);

    el.tiers = undefined;
    await el.updateComplete;
    expect(callouts(el)).to.deep.equal(['$20 from the children']);

    el.querySelector('campaign-tier')!.remove();
    await childrenChanged(el);
    expect(callouts(el)).to.deep.equal(['$10 from the feed']);
  });
});

describe('impact tiers: an empty tiers property', () => {
  for (const [name, tiers] of [
    ['empty', []],
    ['all unusable', [{ amount: -1, label: 'nothing' }]],
  ] as const) {
    it(`wins over the feed’s tiers when ${name}: no tiers shown`, async () => {
      const src = network.route(json({ raised: 620, goal: 1000, tiers: SIX }));
      let el!: CampaignProgress;
      const updated = nextEvent('campaign-progress-update');
      await captureWarnings(async () => {
        el = await fixture<CampaignProgress>(
          html`<campaign-progress src=${src} goal="1000" .tiers=${tiers}></campaign-progress>`,
        );
        await updated;
        await el.updateComplete;
      });
      expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
      expect(el.shadowRoot!.querySelectorAll('[part~=tiers], [part~=tier], [part~=impact]').length).to.equal(
        0,
      );
    });
  }
});

describe('impact tiers: an amount written with its currency sign', () => {
  it('reads "$45", "US$240" and "455 USD" on a dollar widget, with one console note each', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1000" locale="en-US"
          ><campaign-tier amount="$45">covers one day</campaign-tier
          ><campaign-tier amount="US$240">covers six days</campaign-tier
          ><campaign-tier amount="455 USD">covers seven days</campaign-tier></campaign-progress
        >`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(callouts(el)).to.deep.equal([
      '$45 covers one day',
      '$240 covers six days',
      '$455 covers seven days',
    ]);
    expect(ownWarnings(warnings)).to.deep.equal([
      'campaign-progress: reading the amount "$45" of <campaign-tier> tier 1 as 45; write amount="45"',
      'campaign-progress: reading the amount "US$240" of <campaign-tier> tier 2 as 240; write amount="240"',
      'campaign-progress: reading the amount "455 USD" of <campaign-tier> tier 3 as 455; write amount="455"',
    ]);
  });

  it('reads "45 €" on a euro widget, and refuses "€45" on a dollar one, saying which currency it is', async () => {
    const euro = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000" currency="EUR" locale="de-DE"
        ><campaign-tier amount="45 €">deckt einen Tag</campaign-tier></campaign-progress
      >`,
    );
    expect(callouts(euro)).to.deep.equal(['45\u00a0€ deckt einen Tag']);
    const error = nextEvent('campaign-progress-error');
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1000"
          ><campaign-tier amount="€45">covers one day</campaign-tier></campaign-progress
        >`,
      );
      await error;
    });
    expect((await error).detail).to.deep.equal({
      reason: 'attribute',
      message: 'skipping <campaign-tier> tier 1: its amount "€45" is written in €, not USD',
    });
    expect(callouts(el)).to.deep.equal([]);
  });
});

describe('impact tiers: unusable ones', () => {
  it('skips unusable <campaign-tier> children with a warning each, and never shows them', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1000">
          <campaign-tier>has no amount</campaign-tier>
          <campaign-tier amount="-5">has a negative amount</campaign-tier>
          <campaign-tier amount="forty">has a word for an amount</campaign-tier>
          <campaign-tier amount="">has an empty amount</campaign-tier>
          <campaign-tier amount="45"> </campaign-tier>
          <campaign-tier amount="240">covers six days of aftercare for a victim</campaign-tier>
        </campaign-progress>`,
      );
      await delay(0);
    });
    expect(callouts(el)).to.deep.equal(['$240 covers six days of aftercare for a victim']);
    expect(ownWarnings(warnings)).to.have.length(5);
    expect(visibleText(el)).not.to.match(/has (no|a|an) /);
    expect(spoken(part(el, 'base'))).not.to.match(/has (no|a|an) |\$45|-\$5/);
  });

  it('skips unusable tiers in the feed with a warning each, and never shows them', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await onFeed(
        json({
          raised: 620,
          goal: 1000,
          tiers: [
            { label: 'has no amount' },
            { amount: -1, label: 'has a negative amount' },
            { amount: 'forty', label: 'has a word for an amount' },
            { amount: 50, label: '' },
            'not a tier',
            { amount: 45, label: 'covers one day of undercover investigations' },
          ],
        }),
      );
    });
    expect(callouts(el)).to.deep.equal(['$45 covers one day of undercover investigations']);
    expect(ownWarnings(warnings)).to.have.length(5);
    expect(spoken(part(el, 'base'))).not.to.match(/has (no|a|an) |\$50|not a tier/);
  });

  it('skips unusable tiers given as a property, with a warning each', async () => {
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress
          raised="620"
          goal="1000"
          .tiers=${[
            { amount: Number.NaN, label: 'has no number' },
            { amount: 45, label: '   ' },
            { amount: 240, label: 'covers six days of aftercare for a victim' },
          ]}
        ></campaign-progress>`,
      );
      await delay(0);
    });
    expect(callouts(el)).to.deep.equal(['$240 covers six days of aftercare for a victim']);
    expect(ownWarnings(warnings)).to.have.length(2);
  });
});

describe('impact tiers: children changed after the widget runs', () => {
  const widget = () =>
    fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000">
        <ul>
          <li><campaign-tier amount="45">covers one day of undercover investigations</campaign-tier></li>
          <li><campaign-tier amount="455">covers seven days of legal advocacy</campaign-tier></li>
        </ul>
      </campaign-progress>`,
    );

  it('shows a tier added to the page', async () => {
    const el = await widget();
    const item = document.createElement('li');
    item.innerHTML = '<campaign-tier amount="240">covers six days of aftercare for a victim</campaign-tier>';
    el.querySelector('ul')!.append(item);
    await childrenChanged(el);
    expect(callouts(el)).to.deep.equal([
      '$45 covers one day of undercover investigations',
      '$240 covers six days of aftercare for a victim',
      '$455 covers seven days of legal advocacy',
    ]);
  });

  it('drops a tier removed from the page, and its impact sentence with it', async () => {
    const el = await widget();
    expect(impact(el)).to.equal("What you've given so far covers seven days of legal advocacy.");
    el.querySelector('campaign-tier[amount="455"]')!.closest('li')!.remove();
    await childrenChanged(el);
    expect(callouts(el)).to.deep.equal(['$45 covers one day of undercover investigations']);
    expect(impact(el)).to.equal("What you've given so far covers one day of undercover investigations.");
  });

  it('follows an edit to a tier’s text, whether its node or its whole content changes', async () => {
    const el = await widget();
    const [first, second] = el.querySelectorAll('campaign-tier');
    (first.firstChild as Text).data = 'covers a day and a night of investigations';
    await childrenChanged(el);
    expect(callouts(el)[0]).to.equal('$45 covers a day and a night of investigations');
    second.textContent = 'covers a week of legal advocacy';
    await childrenChanged(el);
    expect(callouts(el)[1]).to.equal('$455 covers a week of legal advocacy');
  });

  it('follows a change to a tier’s amount, and sorts again', async () => {
    const el = await widget();
    el.querySelector('campaign-tier[amount="45"]')!.setAttribute('amount', '700');
    await childrenChanged(el);
    expect(callouts(el)).to.deep.equal([
      '$455 covers seven days of legal advocacy',
      '$700 covers one day of undercover investigations',
    ]);
    expect(impact(el)).to.equal("What you've given so far covers seven days of legal advocacy.");
  });
});

describe('impact tiers: labels are text', () => {
  it('shows markup in a label from the property as text, never as HTML', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="620"
        goal="1000"
        .tiers=${[{ amount: 45, label: '<img src=x onerror=alert(1)> buys <b>a</b> day' }]}
      ></campaign-progress>`,
    );
    expect(el.shadowRoot!.querySelectorAll('img, b').length).to.equal(0);
    expect(callouts(el)).to.deep.equal(['$45 <img src=x onerror=alert(1)> buys <b>a</b> day']);
  });

  it('shows markup in a feed’s label as text, never as HTML', async () => {
    const el = await onFeed(
      json({
        raised: 620,
        goal: 1000,
        tiers: [{ amount: 45, label: '<a href="https://evil.example">covers</a> a day' }],
      }),
    );
    expect(el.shadowRoot!.querySelectorAll('a[href^="https://evil"]').length).to.equal(0);
    expect(callouts(el)).to.deep.equal(['$45 <a href="https://evil.example">covers</a> a day']);
  });

  it('takes only the words of a <campaign-tier> that holds markup', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000">
        <campaign-tier amount="45"
          >covers <em>one day</em> of <img alt="" src="data:," />investigations</campaign-tier
        >
      </campaign-progress>`,
    );
    expect(el.shadowRoot!.querySelectorAll('em, img').length).to.equal(0);
    expect(callouts(el)).to.deep.equal(['$45 covers one day of investigations']);
  });
});

describe('impact tiers: callouts formatted like the totals', () => {
  it('shows dollars with grouping and cents only when there are cents', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000">
        ${children([
          { amount: 2540, label: 'runs a field office' },
          { amount: 12.5, label: 'buys a book' },
          { amount: 45, label: 'covers a day' },
        ])}
      </campaign-progress>`,
    );
    expect(tierParts(el).map((tier) => tier.querySelector('[part=tier-amount]')!.textContent)).to.deep.equal([
      '$12.50',
      '$45',
      '$2,540',
    ]);
  });

  it('shows a tier of 0.50 in euros the German way', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="0.2" goal="10" currency="EUR" locale="de-DE">
        <campaign-tier amount="0.50">kauft einen Bleistift</campaign-tier>
        <campaign-tier amount="1200">kauft eine Bibliothek</campaign-tier>
      </campaign-progress>`,
    );
    expect(callouts(el)).to.deep.equal([
      '0,50\u00a0€ kauft einen Bleistift',
      '1.200\u00a0€ kauft eine Bibliothek',
    ]);
    // No tier reached yet: what the smallest gift does.
    expect(impact(el)).to.equal('0,50\u00a0€ kauft einen Bleistift.');
  });

  it('shows yen tiers in whole yen', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1200" goal="5000" currency="JPY" locale="en-US">
        <campaign-tier amount="500">buys a meal</campaign-tier>
        <campaign-tier amount="3000">buys a week of meals</campaign-tier>
      </campaign-progress>`,
    );
    expect(callouts(el)).to.deep.equal(['¥500 buys a meal', '¥3,000 buys a week of meals']);
    expect(impact(el)).to.equal("What you've given so far buys a meal.");
  });

  it('uses the feed’s currency for the tiers when the page names none', async () => {
    const el = await onFeed(
      json({ raised: 620, goal: 1000, currency: 'GBP', tiers: [{ amount: 45, label: 'covers a day' }] }),
    );
    expect(callouts(el)).to.deep.equal(['£45 covers a day']);
  });
});

describe('impact tiers: reached', () => {
  it('marks the tiers the total has reached, for eyes and for screen readers', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000">${children(SIX)}</campaign-progress>`,
    );
    const tiers = tierParts(el);
    expect(tiers.map((tier) => tier.getAttribute('part'))).to.deep.equal([
      'tier reached',
      'tier reached',
      'tier reached',
      'tier',
      'tier',
      'tier',
    ]);
    // Funded, not ticked off: said to eyes and to screen readers, on the tiers reached only.
    expect(spoken(tiers[2])).to.equal('Give $455 covers seven days of legal advocacy funded');
    expect(seen(tiers[2])).to.equal('$455 covers seven days of legal advocacy funded');
    expect(spoken(tiers[3])).to.equal('Give $2,540 covers one day of operations in a field office');
    expect(seen(tiers[3])).not.to.contain('funded');
    // Each name holds the words on screen (WCAG 2.5.3, label in name).
    for (const tier of tiers) expect(spoken(tier)).to.contain(seen(tier));
  });

  it('counts a tier equal to the total as reached', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="240" goal="1000">${children(SIX)}</campaign-progress>`,
    );
    expect(tierParts(el)[1].getAttribute('part')).to.equal('tier reached');
    expect(tierParts(el)[2].getAttribute('part')).to.equal('tier');
    expect(impact(el)).to.equal("What you've given so far covers six days of aftercare for a victim.");
  });

  it('reaches no tier while the feed is loading: nothing claims progress that is not known', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${network.route('never')} goal="1000">${children(SIX)}</campaign-progress>`,
    );
    expect(callouts(el)).to.have.length(6);
    expect(tierParts(el).every((tier) => tier.getAttribute('part') === 'tier')).to.equal(true);
    // What a gift does, which claims nothing of the total.
    expect(impact(el)).to.equal('$45 covers one day of undercover investigations.');
  });
});

describe('impact tiers: marks on the scale', () => {
  it('draws each tier at or under the goal at its height on the tube, and none above it', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000">
        ${children([...SIX, { amount: 1000, label: 'covers the whole goal' }])}
      </campaign-progress>`,
    );
    const track = part(el, 'track');
    const box = track.getBoundingClientRect();
    const bottom = box.top + track.clientTop + track.clientHeight;
    const marks = [...track.querySelectorAll<HTMLElement>('[part~=mark]')];
    expect(marks.map((mark) => mark.getAttribute('part'))).to.deep.equal([
      'mark reached',
      'mark reached',
      'mark reached',
      'mark',
    ]);
    const heights = marks.map((mark) => bottom - mark.getBoundingClientRect().bottom);
    [0.045, 0.24, 0.455, 1].forEach((share, index) =>
      expect(heights[index], `mark ${index + 1}`).to.be.closeTo(share * track.clientHeight, 2),
    );
    for (const mark of marks) {
      const rect = mark.getBoundingClientRect();
      expect(rect.width, 'across the tube').to.be.at.least(track.clientWidth - 1);
      expect(rect.height, 'a visible line').to.be.at.least(1);
    }
    expect(callouts(el), 'tiers above the goal are still listed').to.have.length(7);
  });

  it('lists tiers above the goal as what a larger gift does, with no mark', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="620"
        goal="1000"
        donate-href="https://example.org/donate?amount={amount}"
      >
        ${children(SIX.slice(3))}
      </campaign-progress>`,
    );
    expect(part(el, 'track').querySelectorAll('[part~=mark]').length).to.equal(0);
    expect(callouts(el)).to.deep.equal([
      '$2,540 covers one day of operations in a field office',
      '$4,500 covers one rescue operation',
      '$18,500 covers a national lawyer for a year',
    ]);
    expect(tierParts(el).every((tier) => tier instanceof HTMLAnchorElement)).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('impact tiers: the impact sentences', () => {
  it('says what the gifts so far do, and no tier past the goal as a finish line', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000">${children(SIX)}</campaign-progress>`,
    );
    expect(impact(el)).to.equal("What you've given so far covers seven days of legal advocacy.");
    expect(visibleText(el)).to.contain(
      "$620 raised of $1,000 goal $380 to go 62% What you've given so far covers seven days of legal advocacy.",
    );
    expect(visibleText(el)).not.to.match(/reached \$455|to go to/);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says what the smallest gift does before the first tier is reached', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="20" goal="1000">${children(SIX)}</campaign-progress>`,
    );
    expect(impact(el)).to.equal('$45 covers one day of undercover investigations.');
  });

  it('follows the feed’s total', async () => {
    const el = await settled<CampaignProgress>(
      html`<campaign-progress src=${network.route(json({ raised: 300, goal: 1000 }))} goal="1000"
        >${children(SIX)}</campaign-progress
      >`,
    );
    expect(impact(el)).to.equal("What you've given so far covers six days of aftercare for a victim.");
  });

  it('over the goal, says so and offers the next tier as a stretch', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1240" goal="1000">${children(SIX)}</campaign-progress>`,
    );
    expect(part(el, 'status').textContent).to.equal('Goal reached. Thank you!');
    expect(part(el, 'percent').textContent).to.equal('124%');
    expect(impact(el)).to.equal('Next: $2,540 covers one day of operations in a field office.');
  });

  it('past the last tier, names it and nothing left to go', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="20000" goal="1000">${children(SIX)}</campaign-progress>`,
    );
    expect(impact(el)).to.equal("What you've given so far covers a national lawyer for a year.");
  });
});

describe('impact tiers: labels written as sentences', () => {
  it('reads well in the impact sentences and shows as written in the list', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000" locale="en-US"
        ><campaign-tier amount="455">Covers seven days of legal advocacy.</campaign-tier
        ><campaign-tier amount="2540">UNICEF kits for a field office.</campaign-tier></campaign-progress
      >`,
    );
    expect(impact(el)).to.equal("What you've given so far covers seven days of legal advocacy.");
    el.raised = 1200;
    await el.updateComplete;
    expect(impact(el)).to.equal('Next: $2,540 UNICEF kits for a field office.');
    expect(callouts(el)).to.deep.equal([
      '$455 Covers seven days of legal advocacy.',
      '$2,540 UNICEF kits for a field office.',
    ]);
  });

  it('keeps a German label’s capital, whose nouns are written so', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="20" goal="1000" locale="de-DE"
        ><campaign-tier amount="45">Einen Tag Ermittlungen.</campaign-tier></campaign-progress
      >`,
    );
    expect(impact(el)).to.equal('45\u00a0$ Einen Tag Ermittlungen.');
    el.raised = 60;
    await el.updateComplete;
    expect(impact(el)).to.equal('Das bisher Gespendete Einen Tag Ermittlungen.');
  });
});

describe('impact tiers: none, twins and many', () => {
  it('without tiers, has no list and no impact lines: the widget looks as before', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000"></campaign-progress>`,
    );
    expect(
      el.shadowRoot!.querySelectorAll('[part~=tiers], [part~=tier], [part~=impact], [part~=mark]').length,
    ).to.equal(0);
    expect(visibleText(el)).to.equal('$620 raised of $1,000 goal $380 to go 62%');
  });

  it('when every tier is unusable, is a widget without tiers', async () => {
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1000">
          <campaign-tier amount="-1">nothing</campaign-tier>
        </campaign-progress>`,
      );
      await delay(0);
    });
    expect(el.shadowRoot!.querySelectorAll('[part~=tiers], [part~=impact]').length).to.equal(0);
    expect(visibleText(el)).to.equal('$620 raised of $1,000 goal $380 to go 62%');
  });

  it('lists two tiers of the same amount, both, in the order given', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="620"
        goal="1000"
        donate-href="https://example.org/donate?amount={amount}"
      >
        <campaign-tier amount="100">buys a school bag</campaign-tier>
        <campaign-tier amount="45">covers a day</campaign-tier>
        <campaign-tier amount="100">buys a winter coat</campaign-tier>
      </campaign-progress>`,
    );
    expect(callouts(el)).to.deep.equal([
      '$45 covers a day',
      '$100 buys a school bag',
      '$100 buys a winter coat',
    ]);
    expect(part(el, 'track').querySelectorAll('[part~=mark]')).to.have.length(3);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('holds 50 tiers inside its box, with nothing spilling over', async () => {
    const many = Array.from({ length: 50 }, (_, index) => ({
      amount: (index + 1) * 10,
      label: `covers item number ${index + 1} on the charity’s wish list`,
    }));
    const column = document.createElement('div');
    column.style.setProperty('width', '360px');
    const page = await fixture<HTMLElement>(
      html`<div>
        <campaign-progress raised="620" goal="1000" donate-href="https://example.org/donate?amount={amount}">
          ${children(many)}
        </campaign-progress>
        <p>The rest of the post.</p>
      </div>`,
      { parentNode: column },
    );
    const el = page.querySelector('campaign-progress')!;
    await el.updateComplete;
    expect(callouts(el)).to.have.length(50);
    const base = part(el, 'base');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(base.scrollHeight).to.be.at.most(base.clientHeight);
    const box = base.getBoundingClientRect();
    for (const node of [...tierParts(el), part(el, 'donate'), part(el, 'impact')]) {
      const rect = node.getBoundingClientRect();
      expect(rect.left, spoken(node)).to.be.at.least(box.left);
      expect(rect.right, spoken(node)).to.be.at.most(box.right);
      expect(rect.bottom, spoken(node)).to.be.at.most(box.bottom);
    }
    expect(el.getBoundingClientRect().bottom).to.be.at.most(
      page.querySelector('p')!.getBoundingClientRect().top,
    );
  });
});

describe('impact tiers: without JavaScript, and once it runs', () => {
  it('reads as a list and a link on a page whose script never runs', async () => {
    const frame = document.createElement('iframe');
    frame.style.setProperty('width', '600px');
    frame.style.setProperty('height', '800px');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/fixtures/no-script.html';
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('campaign-progress')).to.equal(undefined);
      const widget = page.querySelector('campaign-progress') as HTMLElement;
      const text = widget.innerText.replace(/[ \t\n\r\f]+/g, ' ').trim();
      for (const line of [
        '$45 covers one day of undercover investigations',
        '$240 covers six days of aftercare for a victim',
        '$455 covers seven days of legal advocacy',
        '$2,540 covers one day of operations in a field office',
        '$4,500 covers one rescue operation',
        '$18,500 covers a national lawyer for a year',
        'Donate to the campaign',
      ]) {
        expect(text).to.contain(line);
      }
      const items = [...widget.querySelectorAll('li')];
      expect(items).to.have.length(6);
      expect(items.every((item) => getComputedStyle(item).display === 'list-item')).to.equal(true);
      const link = widget.querySelector('a')!;
      expect(link.href).to.equal('https://example.org/donate');
      expect(link.getClientRects().length).to.be.above(0);
      expect(widget.innerText).not.to.match(/\{amount\}|undefined|NaN/);
    } finally {
      frame.remove();
    }
  });

  it('once it runs, shows its own view instead of the light-DOM copy, which is neither seen nor heard', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="620"
        goal="1000"
        donate-href="https://example.org/donate?amount={amount}"
      >
        <ul>
          <li>$45 <campaign-tier amount="45">covers one day of undercover investigations</campaign-tier></li>
          <li>$240 <campaign-tier amount="240">covers six days of aftercare for a victim</campaign-tier></li>
        </ul>
        <a href="https://example.org/donate">Donate to the campaign</a>
      </campaign-progress>`,
    );
    for (const node of el.querySelectorAll<HTMLElement>('ul, li, campaign-tier, a')) {
      expect(node.getClientRects().length, node.localName).to.equal(0);
    }
    expect(el.querySelector('a')!.offsetParent === null, 'no offset parent').to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('slot').length, 'light DOM not in the flat tree').to.equal(0);
    expect(callouts(el)).to.deep.equal([
      '$45 covers one day of undercover investigations',
      '$240 covers six days of aftercare for a victim',
    ]);
    expect(visibleText(el)).not.to.contain('Donate to the campaign');
    expect((part(el, 'donate') as HTMLAnchorElement).href).to.equal('https://example.org/donate');
    await waitUntil(() => part(el, 'base').getBoundingClientRect().height > 0);
    await expect(el).shadowDom.to.be.accessible();
  });
});

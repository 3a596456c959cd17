/**
 * Accessibility: axe in every state, layout and theme; the summary spoken once; the keyboard's way
 * through the widget and its focus rings. Forced colours and reduced motion are in
 * test/preferences.test.ts, run by browsers started with them.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import {
  backgroundOf,
  captureWarnings,
  contrast,
  nextEventAt,
  parseColor,
  part,
  textContrast,
} from './helpers.js';
import { json, stubNetwork, type Answer, type Network } from './network.js';

let network: Network;
const stored: string[] = [];
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
  for (const key of stored.splice(0)) localStorage.removeItem(key);
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

const HOUR = 3_600_000;

/** Each state a reader can meet, as the feed brings it about. */
const STATES: Record<string, { answer: Answer; storedCopy?: object; status: RegExp }> = {
  loading: { answer: 'never', status: /^Loading totals…$/ },
  ready: {
    answer: json({ raised: 620, goal: 1000, donors: 14, updated: new Date(Date.now() - 2 * HOUR) }),
    status: /^$/,
  },
  // The feed fails; last visit's copy is shown, marked as old.
  stale: { answer: 'network-error', storedCopy: { raised: 620, goal: 1000 }, status: /^$/ },
  // No figures to be had, but a donate link: the failure says the reader can still give.
  error: {
    answer: new Response('Not found', { status: 404 }),
    status: /^Latest total unavailable — you can still give$/,
  },
  'goal reached': { answer: json({ raised: 1240, goal: 1000, donors: 31 }), status: /^Goal reached/ },
};

/** A widget in `state`, `layout` and `theme`, with the six tiers, once the feed has said its piece. */
async function widgetIn(state: string, layout: string, theme?: string) {
  const { answer, storedCopy } = STATES[state];
  const src = network.route(answer);
  if (storedCopy) {
    const key = `campaign-progress ${new URL(src, document.baseURI).href}`;
    localStorage.setItem(key, JSON.stringify({ at: Date.now() - 2 * HOUR, json: storedCopy }));
    stored.push(key);
  }
  let el!: CampaignProgress;
  await captureWarnings(async () => {
    const settled = nextEventAt(document, 'campaign-progress-update', 'campaign-progress-error');
    el = await fixture<CampaignProgress>(
      html`<campaign-progress
        src=${src}
        layout=${layout}
        theme=${theme ?? nothing}
        heading="Make a Difference for Freedom"
        ends="2999-12-31"
        donate-href="https://example.org/donate?amount={amount}"
        >${SIX.map(({ amount, label }) => html`<campaign-tier amount=${amount}>${label}</campaign-tier>`)}
      </campaign-progress>`,
    );
    if (state !== 'loading') await settled;
    await el.updateComplete;
  });
  return el;
}

describe('accessibility: every state, layout and theme passes axe', () => {
  for (const layout of ['thermometer', 'bar']) {
    for (const theme of ['light', 'dark']) {
      for (const state of Object.keys(STATES)) {
        it(`${state}, ${layout}, ${theme}`, async () => {
          const el = await widgetIn(state, layout, theme);
          expect(part(el, 'status').textContent).to.match(STATES[state].status);
          if (state === 'stale')
            expect(part(el, 'updated').textContent).to.match(/^Last updated 2 hours ago$/);
          await expect(el).shadowDom.to.be.accessible();
        });
      }
    }
  }
});

/**
 * What a screen reader reads in browse mode, in order: the text of everything rendered and not
 * hidden from it (aria-hidden, hidden, display: none, visibility: hidden), with the progress bar's
 * value where the progress bar is.
 */
function heard(el: CampaignProgress): string[] {
  const said: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Text) {
      if (node.data.trim()) said.push(node.data.trim());
      return;
    }
    if (!(node instanceof Element)) return;
    const style = getComputedStyle(node);
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return;
    if (style.display === 'none') return;
    if (node.getAttribute('role') === 'progressbar') said.push(node.getAttribute('aria-valuetext') ?? '');
    if (style.visibility === 'hidden' && !node.children.length) return;
    const visible = style.visibility !== 'hidden';
    for (const child of node.childNodes) {
      if (visible || child instanceof Element) walk(child);
    }
  };
  walk(part(el, 'base'));
  return said;
}

describe('accessibility: what a screen reader hears', () => {
  it('hears the summary once, and the percentage once, as the progress bar’s value', async () => {
    const el = await widgetIn('ready', 'thermometer');
    const said = heard(el);
    const summary = '$620 raised of $1,000 goal';
    expect(part(el, 'summary').textContent).to.equal(summary);
    // The amount and its line are spans of one paragraph, read as one line.
    expect(said.join(' ').split(summary)).to.have.length(2);
    expect(said.filter((text) => text.includes('62%'))).to.deep.equal(['62%']);
    expect(part(el, 'thermometer').getAttribute('aria-valuetext')).to.equal('62%');
  });

  it('hears the figures in the order a sighted reader sees them', async () => {
    const el = await widgetIn('ready', 'thermometer');
    const said = heard(el).join(' ');
    const order = [
      'Make a Difference for Freedom',
      '62%',
      '$620 raised of $1,000 goal',
      '$380 to go',
      '14 donors',
      'days left',
      'Updated',
    ];
    const at = order.map((text) => said.indexOf(text));
    expect(
      at.every((index) => index >= 0),
      said,
    ).to.equal(true);
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
  });

  it('hears the true percentage over the goal, where the progress bar’s own value stops at its maximum', async () => {
    const el = await widgetIn('goal reached', 'bar');
    const bar = part(el, 'thermometer');
    expect(bar.getAttribute('aria-valuenow')).to.equal(bar.getAttribute('aria-valuemax'));
    expect(bar.getAttribute('aria-valuetext')).to.equal('124%');
    expect(heard(el).join(' ').split('$1,240 raised of $1,000 goal')).to.have.length(2);
  });
});

/** Puts the keyboard's focus on a button just before `el`, as if the reader had tabbed to it. */
function focusBefore(el: CampaignProgress) {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
}

/** Checks that `focused` shows a ring of at least 2 px that stands out 3:1 from what is behind it. */
function expectRing(focused: HTMLElement) {
  expect(focused.matches(':focus-visible')).to.equal(true);
  const ring = getComputedStyle(focused);
  expect(ring.outlineStyle).not.to.equal('none');
  expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
  expect(parseFloat(ring.outlineOffset)).to.be.at.least(1);
  const around = backgroundOf(focused.parentElement!);
  // The donate link's ring has two tones: one of them must stand out.
  const tones = [ring.outlineColor, ring.boxShadow.match(/rgba?\([^)]*\)/)?.[0]].filter(Boolean) as string[];
  const best = Math.max(...tones.map((tone) => contrast(parseColor(tone), around)));
  expect(best, 'ring against its surroundings').to.be.at.least(3);
}

describe('accessibility: the keyboard', () => {
  for (const theme of ['light', 'dark']) {
    it(`reaches the donate link, the first tiers and the rest behind Enter, each with a visible ring (${theme})`, async () => {
      const el = await widgetIn('ready', 'thermometer', theme);
      focusBefore(el);
      const reached: string[] = [];
      const tab = async (times: number) => {
        for (let step = 1; step <= times; step++) {
          await sendKeys({ press: 'Tab' });
          const focused = el.shadowRoot!.activeElement as HTMLElement | null;
          reached.push(focused?.getAttribute('part') ?? focused?.localName ?? 'nothing');
          if (focused) expectRing(focused);
        }
      };
      await tab(3);
      // The disclosure's summary opens the other five ways to give.
      await sendKeys({ press: 'Enter' });
      await tab(5);
      expect(reached).to.deep.equal([
        'donate',
        'tier reached',
        'summary',
        'tier reached',
        'tier reached',
        'tier',
        'tier',
        'tier',
      ]);
    });
  }

  it('shows no ring before the keyboard reaches a link', async () => {
    const el = await widgetIn('ready', 'bar');
    await nextFrame();
    for (const link of el.shadowRoot!.querySelectorAll('a')) {
      expect(getComputedStyle(link).outlineStyle).to.equal('none');
    }
    expect(textContrast(part(el, 'donate'))).to.be.at.least(4.5);
  });
});

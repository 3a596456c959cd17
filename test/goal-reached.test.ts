import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { CampaignProgressGoalReachedEvent } from '../src/events.js';
import { captureWarnings, nextEvent, nextEventAt, part } from './helpers.js';
import { delay, json, stubNetwork, type Network } from './network.js';

let network: Network;
let reached: ReturnType<typeof recordGoalReached>;
beforeEach(() => {
  network = stubNetwork();
  // Listening from before any widget exists: the event may fire as the fixture renders.
  reached = recordGoalReached();
});
afterEach(() => {
  reached.stop();
  network.restore();
});

/** Every goal-reached event that reaches the document until `stop()`. */
function recordGoalReached() {
  const events: CampaignProgressGoalReachedEvent[] = [];
  const record = (event: CampaignProgressGoalReachedEvent) => events.push(event);
  document.addEventListener('campaign-progress-goal-reached', record);
  return {
    events,
    stop: () => document.removeEventListener('campaign-progress-goal-reached', record),
  };
}

/** Lets any event the last change causes be fired. */
const quiet = () => delay(20);

/** Renders `template` and waits until its widget has the feed's answer. */
async function settled<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const event = nextEvent('campaign-progress-update', 'campaign-progress-error');
  const el = await fixture<T>(template);
  await event;
  await (el as unknown as CampaignProgress).updateComplete;
  return el;
}

/** Points `el` at a feed that answers `totals`, and waits for the answer to show. */
async function feedAnswers(el: CampaignProgress, totals: object) {
  const update = nextEventAt(el, 'campaign-progress-update');
  el.src = network.route(json(totals));
  await update;
  await el.updateComplete;
  await quiet();
}

/** A widget at `raised` of $1,000, from attributes. */
const widget = (raised: number | string) =>
  fixture<CampaignProgress>(html`<campaign-progress raised=${raised} goal="1000"></campaign-progress>`);

/** The CSS animations (not transitions) running in the widget. */
const celebrations = (el: CampaignProgress) =>
  el
    .shadowRoot!.getAnimations()
    .filter((animation) => animation instanceof CSSAnimation && animation.playState === 'running');

/** The parts the running CSS animations move, for those a reader can see. */
function animatedParts(el: CampaignProgress): string[] {
  return celebrations(el)
    .map((animation) => (animation.effect as KeyframeEffect).target as Element)
    .filter((target) => target.getClientRects().length > 0)
    .map((target) => target.getAttribute('part') ?? '')
    .sort();
}

/** Whether a celebration is running on the gauge, where a reader's eye is. */
const celebrating = (el: CampaignProgress) =>
  animatedParts(el).some((name) => ['track', 'fill', 'bulb', 'percent', 'thermometer'].includes(name));

describe('goal reached: the event', () => {
  it('fires once when the widget first shows a total at its goal, typed, bubbling and composed', async () => {
    const el = await widget(1000);
    await quiet();
    expect(reached.events).to.have.length(1);
    const [event] = reached.events;
    expect(event).to.be.instanceOf(CampaignProgressGoalReachedEvent);
    expect(event.type).to.equal('campaign-progress-goal-reached');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target === el, 'fired by the widget').to.equal(true);
    expect(event.detail).to.deep.equal({ raised: 1000, goal: 1000, currency: 'USD' });
    expect(part(el, 'status').textContent).to.equal('Goal reached. Thank you!');
  });

  it('reports the figures as shown, in the widget’s currency, over the goal', async () => {
    await fixture<CampaignProgress>(
      html`<campaign-progress raised="1240.5" goal="1000" currency="EUR"></campaign-progress>`,
    );
    await quiet();
    expect(reached.events.map((event) => event.detail)).to.deep.equal([
      { raised: 1240.5, goal: 1000, currency: 'EUR' },
    ]);
  });

  it('fires once when a feed’s total is at or over the goal', async () => {
    const el = await settled<CampaignProgress>(
      html`<campaign-progress
        src=${network.route(json({ raised: 1200, goal: 1000, currency: 'GBP' }))}
        goal="1000"
      ></campaign-progress>`,
    );
    await quiet();
    expect(reached.events.map((event) => event.detail)).to.deep.equal([
      { raised: 1200, goal: 1000, currency: 'GBP' },
    ]);
    expect(part(el, 'status').textContent).to.equal('Goal reached. Thank you!');
  });

  it('fires when the feed’s answer takes the page’s typed total over the goal, not before', async () => {
    let release!: () => void;
    const answer = new Promise<void>((resolve) => (release = resolve));
    const src = network.route(async () => {
      await answer;
      return json({ raised: 1100, goal: 1000 });
    });
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress src=${src} raised="900" goal="1000"></campaign-progress>`,
    );
    await quiet();
    expect(reached.events, 'none while under the goal').to.have.length(0);
    const update = nextEventAt(el, 'campaign-progress-update');
    release();
    await update;
    await quiet();
    expect(reached.events.map((event) => event.detail.raised)).to.deep.equal([1100]);
  });

  it('counts once on a feed whose total crosses the goal, dips under it and crosses again', async () => {
    const el = await settled<CampaignProgress>(
      html`<campaign-progress src=${network.route(json({ raised: 900 }))} goal="1000"></campaign-progress>`,
    );
    await quiet();
    expect(reached.events).to.have.length(0);
    for (const raised of [1100, 1100, 950, 1300, 1500]) await feedAnswers(el, { raised });
    expect(reached.events.map((event) => event.detail.raised)).to.deep.equal([1100]);
  });

  it('does not fire again on later renders', async () => {
    const el = await widget(1200);
    await quiet();
    el.raised = 1250;
    await el.updateComplete;
    el.heading = 'Make a Difference for Freedom';
    await el.updateComplete;
    el.setAttribute('raised', '1200');
    await el.updateComplete;
    await quiet();
    expect(reached.events).to.have.length(1);
  });

  it('does not fire again when a refund takes the total under the goal and back over', async () => {
    const el = await widget(1200);
    await quiet();
    el.raised = 900;
    await el.updateComplete;
    await quiet();
    expect(part(el, 'status').textContent).to.equal('');
    el.raised = 1300;
    await el.updateComplete;
    await quiet();
    expect(reached.events).to.have.length(1);
    expect(part(el, 'status').textContent).to.equal('Goal reached. Thank you!');
  });

  it('does not fire again when the widget is moved within the page, or leaves and comes back', async () => {
    const el = await widget(1200);
    await quiet();
    const parent = el.parentElement!;
    parent.append(el);
    await quiet();
    el.remove();
    await quiet();
    parent.append(el);
    await el.updateComplete;
    await quiet();
    expect(reached.events).to.have.length(1);
  });

  it('fires once for each widget that reaches its goal', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <campaign-progress raised="1000" goal="1000"></campaign-progress>
        <campaign-progress raised="620" goal="1000"></campaign-progress>
        <campaign-progress raised="2000" goal="1000"></campaign-progress>
      </div>`,
    );
    await quiet();
    const [first, , third] = page.querySelectorAll('campaign-progress');
    expect(reached.events.map((event) => event.target === first || event.target === third)).to.deep.equal([
      true,
      true,
    ]);
    expect(reached.events[0].target === reached.events[1].target).to.equal(false);
  });

  it('never fires for a widget under its goal', async () => {
    const el = await widget(620);
    el.raised = 999.99;
    await el.updateComplete;
    el.raised = '999.994';
    await el.updateComplete;
    await quiet();
    expect(reached.events).to.have.length(0);
  });

  it('fires when the total shown rounds to the goal, as "100%" and "$1,000" say', async () => {
    const el = await widget(620);
    el.raised = 999.996;
    await el.updateComplete;
    await quiet();
    expect(part(el, 'summary').textContent).to.equal('$1,000 raised of $1,000 goal');
    expect(reached.events.map((event) => event.detail.raised)).to.deep.equal([1000]);
  });

  it('fires no goal-reached event for a widget whose figures are unusable', async () => {
    await captureWarnings(async () => {
      await fixture<CampaignProgress>(
        html`<campaign-progress raised="5000" goal="lots"></campaign-progress>`,
      );
      await quiet();
    });
    expect(reached.events).to.have.length(0);
  });
});

describe('goal reached: the celebration', () => {
  it('pops the bulb and the percentage when the goal is reached', async () => {
    let seen: string[] = [];
    const watch = (event: Event) => (seen = animatedParts(event.target as CampaignProgress));
    document.addEventListener('campaign-progress-goal-reached', watch);
    try {
      const el = await widget(1000);
      await quiet();
      expect(reached.events).to.have.length(1);
      expect(seen.length, 'running as the event fires').to.be.above(0);
      expect(celebrating(el)).to.equal(true);
      for (const animation of celebrations(el)) {
        expect(animation.effect!.getComputedTiming().endTime, 'short').to.be.at.most(5000);
      }
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      document.removeEventListener('campaign-progress-goal-reached', watch);
    }
  });

  it('celebrates when a feed takes the total over the goal', async () => {
    const el = await settled<CampaignProgress>(
      html`<campaign-progress src=${network.route(json({ raised: 900 }))} goal="1000"></campaign-progress>`,
    );
    expect(celebrations(el).length).to.equal(0);
    await feedAnswers(el, { raised: 1100 });
    expect(celebrating(el)).to.equal(true);
  });

  it('celebrates visibly in the bar layout too', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="1000" goal="1000" layout="bar"></campaign-progress>`,
    );
    await quiet();
    expect(celebrating(el)).to.equal(true);
  });

  it('does not celebrate under the goal', async () => {
    const el = await widget(620);
    await quiet();
    expect(celebrations(el).length).to.equal(0);
  });
});

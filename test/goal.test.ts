/**
 * Whose goal is shown: the page's goal attribute wins over the feed's, and a blogger who set both
 * to different figures is told so, once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { languageFor, wordsFor } from '../src/messages.js';
import { deriveProgress } from '../src/progress.js';
import { captureWarnings, nextEvent, part, recordEvents } from './helpers.js';
import { json, stubNetwork } from './network.js';

const en = wordsFor(languageFor('en'));

describe('a goal attribute and a feed with its own goal', () => {
  it('shows the page’s goal and notes that it differs from the feed’s', () => {
    const { progress, problems, notes } = deriveProgress(
      { goal: '1000', src: 'totals.json' },
      { raised: 620, goal: 2000 },
      'en-US',
      en,
    );
    expect(progress?.summary).to.equal('$620 raised of $1,000 goal');
    expect(problems).to.deep.equal([]);
    expect(notes).to.deep.equal([
      'the goal attribute (1000) wins over the feed\'s "goal" (2000); remove one',
    ]);
  });

  it('says nothing when they agree, or when only one of them gives a goal', () => {
    for (const [goal, feedGoal] of [
      ['1000', 1000],
      ['1,000', 1000],
      [undefined, 2000],
      ['1000', undefined],
    ] as const) {
      const { notes } = deriveProgress(
        { goal, src: 'totals.json' },
        { raised: 620, goal: feedGoal },
        'en-US',
        en,
      );
      expect(notes, `${goal} and ${feedGoal}`).to.deep.equal([]);
    }
  });

  it('warns once in the console, fires no error, and keeps the page’s goal on screen', async () => {
    const network = stubNetwork();
    const errors = recordEvents('campaign-progress-error');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      const update = nextEvent('campaign-progress-update');
      el = await fixture<CampaignProgress>(
        html`<campaign-progress
          src=${network.route(json({ raised: 620, goal: 2000 }))}
          goal="1000"
        ></campaign-progress>`,
      );
      await update;
      await el.updateComplete;
      el.heading = 'Renders again';
      await el.updateComplete;
    });
    errors.stop();
    network.restore();
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(warnings).to.deep.equal([
      'campaign-progress: the goal attribute (1000) wins over the feed\'s "goal" (2000); remove one',
    ]);
    expect(errors.events).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('the README', () => {
  it('leaves the goal to the feed in its snippets that use one', async () => {
    const readme = await (await fetch('/README.md')).text();
    // A platform's JSON read through paths may have no goal to leave it to (Open Collective's has none).
    const withFeed = [...readme.matchAll(/<campaign-progress\b[^>]*\bsrc=[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => !/\sraised-path=/.test(tag));
    expect(withFeed.length).to.be.at.least(2);
    for (const tag of withFeed) expect(tag).not.to.match(/\sgoal=/);
  });
});

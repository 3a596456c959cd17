/**
 * The built file, loaded the way a blogger loads it: plain script tags (pasted twice, plus a second
 * copy) from another origin, into a page under a strict Content-Security-Policy with a hostile theme.
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { WAIT_MS, drawnFill, part, visibleText } from './helpers.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import type { FeedStats } from '../scripts/feed-server.mjs';

type BlogWindow = Window &
  typeof globalThis & {
    pageProblems: string[];
    goalReached: string[];
    updated: string[];
    axe?: typeof import('axe-core');
  };

let frame: HTMLIFrameElement;
let blog: BlogWindow;
const widget = (id: string) => blog.document.getElementById(id) as CampaignProgress;

before(async () => {
  frame = document.createElement('iframe');
  frame.style.setProperty('width', '360px');
  frame.style.setProperty('height', '2400px');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/blog.html';
  document.body.append(frame);
  await loaded;
  blog = frame.contentWindow as BlogWindow;
  await waitUntil(
    () => blog.customElements.get('campaign-progress'),
    'the built file never defined the element',
    { timeout: WAIT_MS },
  );
  await waitUntil(
    () =>
      ['top', 'bottom', 'truncated', 'html', 'missing', 'tiers'].every(
        (id) => widget(id).shadowRoot?.querySelector('[part=status]')?.textContent !== 'Loading totals…',
      ),
    'the feeds never settled',
    { timeout: WAIT_MS },
  );
});

after(() => frame.remove());

describe('the built dist/campaign-progress.js in a blog post', () => {
  it('comes from the other origin and defines the element once, silently', () => {
    const scripts = blog.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/dist/'));
    expect(scripts.every((name) => new URL(name).origin !== blog.location.origin)).to.equal(true);
    expect(scripts.length).to.be.at.least(2);
    expect(blog.pageProblems).to.deep.equal([]);
  });

  it('shows the feed’s totals as a reader sees them, and how old the feed says they are', () => {
    const top = widget('top');
    // Figures days old are dated, not counted ("239 days ago" reads as abandoned); the year only
    // when it is not this one.
    const sameYear = new Date().getFullYear() === 2026;
    expect(visibleText(top)).to.equal(
      `Make a Difference for Freedom $620 raised of $1,000 goal $380 to go 62% 14 donors Figures from April 12${sameYear ? '' : ', 2026'} Donate`,
    );
    expect(part(top, 'thermometer').getAttribute('aria-valuetext')).to.equal('62%');
    expect((part(top, 'donate') as HTMLAnchorElement).href).to.equal('https://example.org/donate');
    expect(drawnFill(top)).to.be.closeTo(0.62, 0.01);
  });

  it('asks for each feed once, though two widgets share it', async () => {
    const feeds = () =>
      blog.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('/totals.json'));
    // Firefox may queue a fetch's timing entry a moment after its body has been read.
    await waitUntil(() => feeds().length > 0, 'the shared feed was never fetched', { timeout: WAIT_MS });
    expect(feeds()).to.deep.equal([new URL('/test/fixtures/totals.json', blog.location.href).href]);
    expect(part(widget('bottom'), 'summary').textContent).to.equal('$620 raised of $1,000 goal');
  });

  // Only the truncated feed's widget has a donate link: its failure offers giving all the same.
  for (const [id, status] of [
    ['truncated', 'Latest total unavailable — you can still give'],
    ['html', 'Totals unavailable'],
    ['missing', 'Totals unavailable'],
  ]) {
    it(`says "${status}" for the ${id} feed, with nothing leaked`, () => {
      const el = widget(id);
      expect(part(el, 'status').textContent).to.equal(status);
      expect(visibleText(el)).not.to.match(/NaN|undefined|null|Infinity/);
    });
  }

  it('keeps the donate link working when the feed fails', () => {
    expect((part(widget('truncated'), 'donate') as HTMLAnchorElement).href).to.equal(
      'https://example.org/donate',
    );
  });

  it('speaks and formats in the page’s language', () => {
    expect(part(widget('german'), 'summary').textContent).to.equal('620\u00a0€ von 1.000\u00a0€ gesammelt');
  });

  it('shows over-goal figures truthfully in a full tube', () => {
    expect(part(widget('over'), 'percent').textContent).to.equal('124%');
    expect(drawnFill(widget('over'))).to.be.closeTo(1, 0.01);
  });

  it('shows the seed appeal’s tiers, impact, deadline and tier links, and hides the pasted list', () => {
    const el = widget('tiers');
    const text = visibleText(el);
    expect(text).to.contain('$45 covers one day of undercover investigations');
    // What the gifts so far cover; a tier above the goal is no second finish line.
    expect(text).to.contain("What you've given so far covers seven days of legal advocacy.");
    expect(text).to.contain('$380 to go');
    expect(text).not.to.contain('$2,540 to go');
    expect(text).to.match(/\d[\d,]* days left/);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~=tier]')];
    expect(links.map((link) => link.href)).to.deep.equal(
      [45, 240, 455, 2540, 4500, 18500].map((amount) => `https://example.org/donate?amount=${amount}`),
    );
    expect((part(el, 'donate') as HTMLAnchorElement).href).to.equal('https://example.org/donate');
    expect(el.querySelector('ul')!.getClientRects()).to.have.length(0);
  });

  it('previews a focused tier’s gift on the thermometer', async () => {
    const el = widget('tiers');
    el.shadowRoot!.querySelector('details')!.open = true;
    await nextFrame();
    el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~=tier]')[1].focus();
    await el.updateComplete;
    expect(part(el, 'gift').innerText).to.equal('$240 would take us to 86%');
    expect(getComputedStyle(part(el, 'preview')).opacity).to.equal('1');
    el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~=tier]')[1].blur();
    await el.updateComplete;
  });

  it('draws the bar, past its deadline and over its goal, having said so once', () => {
    const el = widget('bar');
    const bar = part(el, 'thermometer').getBoundingClientRect();
    expect(bar.width).to.be.greaterThan(bar.height * 4);
    expect(visibleText(el)).to.contain('Ended');
    expect(part(el, 'status').textContent).to.equal('Goal reached. Thank you!');
    expect(blog.goalReached.filter((id) => id === 'bar')).to.deep.equal(['bar']);
  });

  it('treats hostile attributes as text and refuses a javascript: link', () => {
    const el = widget('hostile');
    expect(el.shadowRoot!.querySelector('img, a')).to.equal(null);
    expect(part(el, 'heading').textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('is readable despite the theme: sizes, case and spacing are its own', () => {
    const summary = getComputedStyle(part(widget('top'), 'summary'));
    expect(summary.textTransform).to.equal('none');
    expect(summary.display).to.equal('block');
    expect(widget('top').getBoundingClientRect().width).to.be.at.most(360);
  });

  it('passes an axe audit in every state', async function () {
    // Half a megabyte of axe-core to load into the page, then five audits: on a machine busy with
    // other suites, Firefox has needed more than 5 s for all that.
    this.timeout(15_000);
    const axeLoaded = new Promise((resolve, reject) => {
      const script = blog.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      blog.document.head.append(script);
    });
    await axeLoaded;
    for (const id of ['top', 'truncated', 'german', 'over', 'hostile', 'tiers', 'bar']) {
      const results = await blog.axe!.run(widget(id));
      expect(results.violations.map((violation) => `${id}: ${violation.id}`)).to.deep.equal([]);
    }
  });
});

describe('the built file on an archive page with 50 widgets on one feed', () => {
  it('asks for the feed once, and every widget shows the same total', async function () {
    // Fifty widgets render and lay out in one page, on a machine perhaps busy with other suites.
    this.timeout(15_000);
    const page = document.createElement('iframe');
    page.style.setProperty('width', '600px');
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    page.src = '/test/fixtures/many-widgets.html';
    document.body.append(page);
    after(() => page.remove());
    await loaded;
    const win = page.contentWindow as BlogWindow;
    const els = [...win.document.querySelectorAll('campaign-progress')] as CampaignProgress[];
    expect(els).to.have.length(50);
    // Each reports the network's answer once: a copy stored by an earlier page is shown, not reported.
    await waitUntil(() => win.updated.length >= 50, 'not every widget reported the feed’s answer', {
      timeout: 10_000,
    });
    await Promise.all(els.map((el) => el.updateComplete));
    expect(new Set(win.updated).size).to.equal(50);
    const feeds = win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('/totals.json'));
    expect(feeds).to.deep.equal([new URL('/test/fixtures/totals.json', win.location.href).href]);
    expect(new Set(els.map((el) => part(el, 'summary').textContent))).to.deep.equal(
      new Set(['$620 raised of $1,000 goal']),
    );
    expect(win.pageProblems).to.deep.equal([]);
  });
});

describe('the built file on a page that enforces Trusted Types', () => {
  it('renders with Lit’s policy allowed, and nothing refused', async () => {
    const page = document.createElement('iframe');
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    page.src = '/test/fixtures/trusted-types.html';
    document.body.append(page);
    await loaded;
    const win = page.contentWindow as BlogWindow;
    const el = win.document.querySelector('campaign-progress') as CampaignProgress;
    await waitUntil(() => el.shadowRoot?.querySelector('[part=summary]')?.textContent, 'it never rendered', {
      timeout: WAIT_MS,
    });
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    // The tiers, the bar and Arabic, right-to-left, drawn under the same policy.
    const arabic = win.document.querySelectorAll('campaign-progress')[1] as CampaignProgress;
    await waitUntil(
      () => arabic.shadowRoot?.querySelector('[part=summary]')?.textContent,
      'no Arabic widget',
      {
        timeout: WAIT_MS,
      },
    );
    expect(part(arabic, 'summary').textContent).to.match(/^جمعنا .+ من .+$/);
    expect(arabic.shadowRoot!.querySelectorAll('[part~=tier]')).to.have.length(6);
    expect(win.getComputedStyle(part(arabic, 'base')).direction).to.equal('rtl');
    expect(win.pageProblems).to.deep.equal([]);
    page.remove();
  });
});

describe('the built file on a page with many widgets on one feed', () => {
  it('asks the feed once per refresh for 200 widgets, and shows each new total on all of them', async () => {
    const page = document.createElement('iframe');
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    page.src = '/test/fixtures/empty-post.html';
    document.body.append(page);
    await loaded;
    const win = page.contentWindow as BlogWindow;
    // The page's own clock, faked before the widgets plan their first poll: only timers and the date.
    // (sinon takes the window to fake as `global`; its types do not list it yet.)
    const clock = sinon.useFakeTimers({
      global: win,
      now: Date.now(),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    } as Parameters<typeof sinon.useFakeTimers>[0]);
    try {
      const script = win.document.createElement('script');
      script.type = 'module';
      script.src = `http://localhost:${location.port}/dist/campaign-progress.js`;
      win.document.head.append(script);
      await waitUntil(
        () => win.customElements.get('campaign-progress'),
        'the built file never defined the element',
        {
          timeout: WAIT_MS,
        },
      );

      const name = `dist-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const set = (totals: object) =>
        fetch(`/feed/_set?campaign=${name}`, { method: 'POST', body: JSON.stringify(totals) });
      const stats = async (): Promise<FeedStats> =>
        (await fetch(`/feed/_stats?campaign=${name}`, { cache: 'no-store' })).json();
      await set({ raised: 620, goal: 1000 });
      const widgets = Array.from({ length: 200 }, () => {
        const el = win.document.createElement('campaign-progress');
        el.setAttribute('src', `/feed/totals.json?campaign=${name}&every=0`);
        el.setAttribute('refresh', '60');
        return el;
      });
      win.document.body.append(...widgets);
      const allSay = (summary: string) =>
        waitUntil(
          () =>
            widgets.every((el) => el.shadowRoot?.querySelector('[part=summary]')?.textContent === summary),
          `not every widget said "${summary}"`,
          { timeout: WAIT_MS },
        );
      await allSay('$620 raised of $1,000 goal');
      expect((await stats()).requests).to.equal(1);

      await set({ raised: 700, goal: 1000 });
      // A minute and the most jitter the feed adds.
      await clock.tickAsync(66_000);
      await allSay('$700 raised of $1,000 goal');
      expect((await stats()).requests).to.equal(2);
      expect(win.pageProblems).to.deep.equal([]);
    } finally {
      clock.uninstall();
      page.remove();
    }
  });
});

describe('the built file on a blank page', () => {
  it('adds nothing to the page’s window, and defines <campaign-progress> only', async () => {
    const page = document.createElement('iframe');
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    page.src = '/test/fixtures/empty-post.html';
    document.body.append(page);
    after(() => page.remove());
    await loaded;
    const win = page.contentWindow as BlogWindow;
    const globals = new Set(Object.getOwnPropertyNames(win));
    // Custom elements cannot be listed: the registry is watched while the built file runs instead.
    const defined: string[] = [];
    const define = win.customElements.define;
    win.customElements.define = function (this: CustomElementRegistry, ...args: Parameters<typeof define>) {
      defined.push(args[0]);
      return define.apply(this, args);
    };
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = `http://localhost:${location.port}/dist/campaign-progress.js`;
    win.document.head.append(script);
    await waitUntil(
      () => win.customElements.get('campaign-progress'),
      'the built file never defined the element',
      {
        timeout: WAIT_MS,
      },
    );
    expect(Object.getOwnPropertyNames(win).filter((name) => !globals.has(name))).to.deep.equal([]);
    expect(defined).to.deep.equal(['campaign-progress']);
    expect(win.customElements.get('campaign-tier')).to.equal(undefined);
    expect(win.pageProblems).to.deep.equal([]);
  });
});

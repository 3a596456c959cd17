import { expect, fixture, html } from '@open-wc/testing';
import { CampaignProgress } from '../src/define.js';
import { drawnFill, finishTransitions, part, rangeOf } from './helpers.js';

const widget = () =>
  html`<campaign-progress
    raised="620"
    goal="1000"
    heading="Make a Difference for Freedom"
    donate-href="https://example.org/donate"
  ></campaign-progress>`;

describe('on a page that loads the script twice', () => {
  it('runs the registration again without throwing, keeping the first definition', async () => {
    const again = '../src/define.ts?pasted-twice';
    await import(again);
    expect(customElements.get('campaign-progress')).to.equal(CampaignProgress);
    const el = await fixture<CampaignProgress>(widget());
    expect(el).to.be.instanceOf(CampaignProgress);
    expect(part(el, 'percent').textContent).to.equal('62%');
  });
});

describe('for readers with no motion or colour preference', () => {
  it('animates the fill as it grows, by transform', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
    const el = await fixture<CampaignProgress>(widget());
    finishTransitions(el);
    el.raised = 900;
    await el.updateComplete;
    const running = el.shadowRoot!.getAnimations() as CSSTransition[];
    expect(running.map((animation) => animation.transitionProperty)).to.deep.equal(['transform']);
    expect(drawnFill(el)).to.be.closeTo(0.9, 0.01);
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('under a strict Content-Security-Policy', () => {
  it('draws the fill and its styles without any inline style being refused', async () => {
    const violations: SecurityPolicyViolationEvent[] = [];
    const record = (event: SecurityPolicyViolationEvent) => violations.push(event);
    document.addEventListener('securitypolicyviolation', record);
    const el = await fixture<CampaignProgress>(widget());
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.removeEventListener('securitypolicyviolation', record);
    expect(violations.map((event) => event.violatedDirective)).to.deep.equal([]);
    expect(drawnFill(el)).to.be.closeTo(0.62, 0.01);
    expect(getComputedStyle(part(el, 'donate')).backgroundColor).to.equal('rgb(183, 28, 28)');
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('in a narrow column', () => {
  it('wraps the summary between words, never inside an amount', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <campaign-progress raised="987654321.99" goal="1000000000" currency="IDR"></campaign-progress>
      </div>`,
    );
    page.style.width = '280px';
    page.style.fontSize = '24px';
    const summary = part(page.querySelector('campaign-progress')!, 'summary');
    const amounts = summary.textContent!.match(/IDR\S*\s?[\d,.]+/g)!;
    expect(amounts).to.have.length(2);
    for (const amount of amounts) {
      const lines = new Set(
        [...rangeOf(summary, amount).getClientRects()].map((rect) => Math.round(rect.top)),
      );
      expect(lines.size, amount).to.equal(1);
    }
  });
});

describe('on a page with hostile CSS', () => {
  const hostile = new CSSStyleSheet();
  hostile.replaceSync(`
    * { line-height: 0 !important; letter-spacing: 1em; text-transform: uppercase; text-align: justify; }
    p, a, h2, [part] { display: none !important; color: transparent !important; }
    body { direction: ltr; writing-mode: horizontal-tb; }
  `);
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostile];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hostile);
  });

  it('stays readable: the page’s rules do not reach inside the widget', async () => {
    const el = await fixture<CampaignProgress>(widget());
    const summary = part(el, 'summary');
    const style = getComputedStyle(summary);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(parseFloat(style.lineHeight)).to.be.above(10);
    expect(summary.getBoundingClientRect().height).to.be.above(10);
    expect(part(el, 'donate').getBoundingClientRect().height).to.be.at.least(44);
    expect(drawnFill(el)).to.be.closeTo(0.62, 0.01);
  });

  for (const layout of ['thermometer', 'bar']) {
    it(`keeps the tiers, impact lines and ${layout} readable, in Arabic too`, async () => {
      for (const locale of ['en', 'ar']) {
        const el = await fixture<CampaignProgress>(
          html`<campaign-progress
            raised="620"
            goal="1000"
            layout=${layout}
            locale=${locale}
            donate-href="https://example.org/donate?amount={amount}"
          >
            <campaign-tier amount="45">covers one day of undercover investigations</campaign-tier>
            <campaign-tier amount="455">covers seven days of legal advocacy</campaign-tier>
            <campaign-tier amount="2540">covers one day of operations in a field office</campaign-tier>
          </campaign-progress>`,
        );
        finishTransitions(el);
        const tiers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=tier]')];
        expect(tiers).to.have.length(3);
        for (const node of [...tiers, part(el, 'impact'), part(el, 'summary')]) {
          const style = getComputedStyle(node);
          expect(style.textTransform, locale).to.equal('none');
          expect(style.letterSpacing).to.equal('normal');
          expect(node.getBoundingClientRect().height).to.be.above(10);
        }
        expect(
          layout === 'bar'
            ? part(el, 'fill').getBoundingClientRect().width / part(el, 'track').clientWidth
            : drawnFill(el),
        ).to.be.closeTo(0.62, 0.02);
        await expect(el).shadowDom.to.be.accessible();
      }
    });
  }
});

describe('in a right-to-left page', () => {
  for (const locale of ['en-US', 'he-IL']) {
    it(`keeps its English sentence in reading order, amounts in place (${locale} money)`, async () => {
      const page = await fixture<HTMLElement>(
        html`<div lang="he" dir="rtl">
          <campaign-progress raised="620" goal="1000" locale=${locale}></campaign-progress>
        </div>`,
      );
      const summary = part(page.querySelector('campaign-progress')!, 'summary');
      expect(summary.closest('[dir]')!.getAttribute('dir')).to.equal('ltr');
      const text = summary.textContent!;
      expect(text).to.match(/^\S+ raised of \S+ goal$/);
      const raised = text.slice(0, text.indexOf(' raised of '));
      const goal = text.slice(text.indexOf(' raised of ') + ' raised of '.length, text.lastIndexOf(' goal'));
      // The amount is large, on a line of its own: its words and the goal read left to right under it.
      const left = (words: string) => rangeOf(summary, words).getBoundingClientRect().left;
      const top = (words: string) => rangeOf(summary, words).getBoundingClientRect().top;
      expect(left(raised)).to.be.at.most(left('raised'));
      expect(top(raised)).to.be.below(top('raised'));
      expect(left('raised')).to.be.below(left('of'));
      expect(left('of')).to.be.below(left(goal));
      expect(left(goal)).to.be.below(left('goal'));
    });
  }

  it('leaves the author’s own words, heading and donate label, in the page’s language and direction', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="he" dir="rtl">
        <campaign-progress
          raised="620"
          goal="1000"
          heading="עזרו לנו!"
          donate-href="https://example.org"
          donate-label="תרמו עכשיו!"
        ></campaign-progress>
      </div>`,
    );
    const el = page.querySelector('campaign-progress')!;
    for (const name of ['heading', 'donate']) {
      expect(getComputedStyle(part(el, name)).direction).to.equal('rtl');
      // No language of the widget's own on them: they take the page's, out through the shadow root.
      expect(part(el, name).closest('[lang]'), name).to.equal(null);
      expect(el.closest('[lang]')!.getAttribute('lang')).to.equal('he');
    }
    // The widget's own words are English, said so.
    expect(part(el, 'summary').closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(part(el, 'summary')).direction).to.equal('ltr');
  });

  it('mirrors its layout in a right-to-left language, by logical properties', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">${widget()}</div>`);
    const el = page.querySelector('campaign-progress')!;
    const thermometer = part(el, 'thermometer').getBoundingClientRect();
    const summary = part(el, 'summary').getBoundingClientRect();
    expect(thermometer.left).to.be.above(summary.right);
    expect(drawnFill(el)).to.be.closeTo(0.62, 0.01);
  });

  it('lays out an English widget on a right-to-left page as the page runs, its words as they read', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="he">${widget()}</div>`);
    const el = page.querySelector('campaign-progress')!;
    const thermometer = part(el, 'thermometer').getBoundingClientRect();
    const summary = part(el, 'summary').getBoundingClientRect();
    expect(thermometer.left).to.be.above(summary.right);
    expect(getComputedStyle(part(el, 'summary')).direction).to.equal('ltr');
  });
});

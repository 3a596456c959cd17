import { expect, fixture, html } from '@open-wc/testing';
import { CampaignProgress } from '../src/define.js';
import { drawnFill, part } from './helpers.js';

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
  it('animates the fill as it grows', async () => {
    const el = await fixture<CampaignProgress>(widget());
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
    expect(parseFloat(getComputedStyle(part(el, 'fill')).transitionDuration)).to.be.above(0);
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
});

describe('in a right-to-left page', () => {
  it('puts the thermometer on the inline start, the right', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl">${widget()}</div>`);
    const el = page.querySelector('campaign-progress')!;
    const thermometer = part(el, 'thermometer').getBoundingClientRect();
    const summary = part(el, 'summary').getBoundingClientRect();
    expect(thermometer.left).to.be.above(summary.left);
  });
});

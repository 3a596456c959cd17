/**
 * Themes that change the root font size or the page's line breaking: the widget is sized from its
 * own font size, and its amounts stay whole.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { finishTransitions, part, rangeOf } from './helpers.js';

const root = document.documentElement.style;
afterEach(() => {
  root.removeProperty('font-size');
});

/** Where each part of `el` is drawn, relative to the widget, rounded to whole pixels. */
function geometry(el: CampaignProgress) {
  finishTransitions(el);
  const origin = el.getBoundingClientRect();
  const box = (rect: DOMRect) =>
    [rect.left - origin.left, rect.top - origin.top, rect.width, rect.height].map(Math.round);
  return Object.fromEntries([
    ['widget', [0, 0, Math.round(origin.width), Math.round(origin.height)]],
    ...['heading', 'thermometer', 'track', 'fill', 'bulb', 'summary', 'donate'].map((name) => [
      name,
      box(part(el, name).getBoundingClientRect()),
    ]),
  ]) as Record<string, number[]>;
}

/** A post at `fontSize` in a 360 px column holding the widget, with the root font size as a theme sets it. */
async function post(rootFontSize: string) {
  root.setProperty('font-size', rootFontSize);
  const page = await fixture<HTMLElement>(
    html`<article>
      <campaign-progress
        raised="620"
        goal="1000"
        heading="Make a Difference for Freedom"
        donate-href="https://example.org/donate"
      ></campaign-progress>
    </article>`,
  );
  // A Ghost-style theme sets the root to 62.5% (1rem = 10px) and the post's text back to 16 px.
  page.style.setProperty('font-size', '16px');
  page.style.setProperty('width', '360px');
  const el = page.querySelector('campaign-progress')!;
  await el.updateComplete;
  return el;
}

describe('on a theme with html { font-size: 62.5% }', () => {
  it('draws the thermometer, the button and the box as at 100%, for the same post font size', async () => {
    const atFull = geometry(await post('100%'));
    const shrunkRoot = geometry(await post('62.5%'));
    for (const [name, box] of Object.entries(atFull)) {
      shrunkRoot[name].forEach((value, index) =>
        expect(value, `${name} ${['left', 'top', 'width', 'height'][index]}`).to.be.closeTo(box[index], 2),
      );
    }
  });

  it('keeps the button at least 44 px tall, a finger’s width', async () => {
    const el = await post('62.5%');
    expect(part(el, 'donate').getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('grows the graphics with the post’s text, not the root’s', async () => {
    const el = await post('100%');
    const at16 = part(el, 'bulb').getBoundingClientRect().width;
    el.parentElement!.style.setProperty('font-size', '20px');
    expect(part(el, 'bulb').getBoundingClientRect().width).to.be.closeTo(at16 * 1.25, 1);
  });
});

describe('on a theme that breaks words anywhere', () => {
  for (const rule of [
    ['word-break', 'break-word'],
    ['word-break', 'break-all'],
    ['overflow-wrap', 'anywhere'],
    ['line-break', 'anywhere'],
  ]) {
    it(`never splits an amount between lines, under ${rule.join(': ')}`, async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <campaign-progress raised="987654321.99" goal="1000000000" currency="IDR"></campaign-progress>
          <campaign-progress raised="1240" goal="1000" currency="USD"></campaign-progress>
        </div>`,
      );
      page.style.setProperty(rule[0], rule[1]);
      page.style.setProperty('width', '240px');
      page.style.setProperty('font-size', '24px');
      for (const el of page.querySelectorAll('campaign-progress')) {
        const summary = part(el, 'summary');
        const text = summary.textContent!;
        const amounts = text.match(/(?:IDR|\$)\s?[\d,.]+/g)!;
        expect(amounts, text).to.have.length(2);
        for (const amount of amounts) {
          const lines = new Set(
            [...rangeOf(summary, amount).getClientRects()].map((rect) => Math.round(rect.top)),
          );
          expect(lines.size, amount).to.equal(1);
        }
      }
    });
  }
});

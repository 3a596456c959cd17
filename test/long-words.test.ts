/**
 * Long words: a URL or a German compound in a heading, a tier's label, the tier list's heading or
 * the donate link's text never leaves the widget's box, nor makes the page scroll sideways, in a
 * phone's 375 px column or a 250 px sidebar, in every language and both layouts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { finishTransitions, part } from './helpers.js';

const COMPOUND = 'Rechtsanwaltsvergütungsfestsetzungsverfahren';
const URL_TEXT = 'https://www.example.org/campaigns/2027/make-a-difference-for-freedom/donate';

const LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'];

/** Every text a reader sees in the widget (not the screen-reader-only copies), with its rectangles. */
function textRects(el: CampaignProgress) {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const found: { text: string; rects: DOMRect[] }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || node.parentElement!.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    found.push({ text: node.textContent!.trim(), rects: [...range.getClientRects()] });
  }
  return found;
}

before(() => setViewport({ width: 375, height: 800 }));
after(() => setViewport({ width: 800, height: 600 }));

for (const width of [375, 250]) {
  for (const layout of ['thermometer', 'bar']) {
    describe(`long words at ${width} px, ${layout}`, () => {
      for (const locale of LOCALES) {
        it(`stay inside the widget in ${locale}, and the page does not scroll sideways`, async () => {
          const column = await fixture<HTMLElement>(
            html`<div>
              <campaign-progress
                raised="620"
                goal="1000"
                locale=${locale}
                layout=${layout}
                heading="${COMPOUND} ${URL_TEXT}"
                tiers-heading=${COMPOUND}
                donate-label=${URL_TEXT}
                donate-href="https://example.org/donate?amount={amount}"
              >
                <campaign-tier amount="45">deckt ein ${COMPOUND}</campaign-tier>
                <campaign-tier amount="240">${URL_TEXT}</campaign-tier>
                <campaign-tier amount="18500">${COMPOUND}${COMPOUND}</campaign-tier>
              </campaign-progress>
            </div>`,
          );
          // Through CSSOM: the test pages' Content-Security-Policy refuses style attributes.
          if (width < 375) column.style.inlineSize = `${width}px`;
          const el = column.querySelector('campaign-progress')!;
          await new Promise(requestAnimationFrame);
          finishTransitions(el);
          const box = part(el, 'base').getBoundingClientRect();
          expect(box.width, 'the widget’s width').to.be.at.most(width);
          const texts = textRects(el);
          expect(texts.map(({ text }) => text)).to.include.members([COMPOUND, URL_TEXT]);
          for (const { text, rects } of texts) {
            for (const rect of rects) {
              expect(rect.left, `${text} (left)`).to.be.at.least(box.left - 0.5);
              expect(rect.right, `${text} (right)`).to.be.at.most(box.right + 0.5);
            }
          }
          const page = document.scrollingElement!;
          expect(page.scrollWidth, 'the page’s width').to.be.at.most(page.clientWidth);
        });
      }
    });
  }
}

/**
 * The picture of the widget (src/picture/), for e-mail, RSS, Medium and Substack: it says what the
 * live widget says for the same input, in every language and layout, right to left in Arabic, and
 * its PNG is 1200 px wide (600 CSS px at 2×) and small enough for an e-mail.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { pictureOf, PICTURE_DENSITY } from '../src/picture/browser.js';
import { pictureContent } from '../src/picture/content.js';
import { encodePng } from '../src/picture/png.js';
import { pictureSvg, type PictureOptions } from '../src/picture/svg.js';
import { canvasMeasure } from '../src/picture/browser.js';
import { checkSettings } from '../src/settings.js';
import { readTotals, type Totals } from '../src/totals.js';
import { viewOf, type View } from '../src/view.js';
import { nextEvent, part } from './helpers.js';
import { json, stubNetwork, type Network } from './network.js';

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
});

const FEED = { raised: 620, goal: 1000, currency: 'USD', donors: 14 };
const TOTALS = (readTotals(FEED) as { totals: Totals }).totals;
// The sample campaign's first three tiers, and one over the goal, in each language.
const LANGUAGES: Record<string, { heading: string; tiers: string[] }> = {
  en: {
    heading: 'Make a Difference for Freedom',
    tiers: [
      'covers one day of investigations',
      'covers six days of aftercare',
      'covers seven days of legal advocacy',
      'covers a day of a field office',
    ],
  },
  es: {
    heading: 'Marca la diferencia por la libertad',
    tiers: [
      'cubre un día de investigaciones',
      'cubre seis días de atención',
      'cubre siete días de defensa legal',
      'cubre un día de una oficina',
    ],
  },
  fr: {
    heading: 'Faites la différence pour la liberté',
    tiers: [
      'couvre une journée d’enquête',
      'couvre six jours de soins',
      'couvre sept jours de défense',
      'couvre un jour d’un bureau',
    ],
  },
  de: {
    heading: 'Für die Freiheit etwas bewegen',
    tiers: [
      'deckt einen Tag Ermittlungen',
      'deckt sechs Tage Nachsorge',
      'deckt sieben Tage Rechtsbeistand',
      'deckt einen Tag eines Büros',
    ],
  },
  'pt-BR': {
    heading: 'Faça a diferença pela liberdade',
    tiers: [
      'cobre um dia de investigações',
      'cobre seis dias de cuidados',
      'cobre sete dias de defesa jurídica',
      'cobre um dia de um escritório',
    ],
  },
  ar: {
    heading: 'اصنع فرقًا من أجل الحرية',
    tiers: [
      'يغطي يومًا من التحقيقات',
      'يغطي ستة أيام من الرعاية',
      'يغطي سبعة أيام من الدفاع القانوني',
      'يغطي يومًا من عمل مكتب ميداني',
    ],
  },
};
const AMOUNTS = [45, 240, 455, 2540];
// Twelve and a half days from now: "13 days left", whatever the day the tests run.
const ENDS = new Date(Date.now() + 12.5 * 86_400_000).toISOString().slice(0, 10);

/** The sample campaign's widget in `locale` and `layout`, once it shows the feed's figures. */
async function widget(locale: string, layout: string): Promise<CampaignProgress> {
  const { heading, tiers } = LANGUAGES[locale];
  const updated = nextEvent('campaign-progress-update');
  const el = await fixture<CampaignProgress>(html`
    <campaign-progress
      src=${network.route(json(FEED))}
      locale=${locale}
      heading=${heading}
      ends=${ENDS}
      layout=${layout}
      donate-href="https://example.org/donate"
    >
      ${tiers.map((label, i) => html`<campaign-tier amount=${AMOUNTS[i]}>${label}</campaign-tier>`)}
    </campaign-progress>
  `);
  await updated;
  await el.updateComplete;
  return el;
}

/** The view the picture is drawn from, for the same input as `el`: its attributes, tiers and the feed's totals. */
function sameView(el: CampaignProgress): View {
  const tiers = [...el.querySelectorAll('campaign-tier')].map((tier) => ({
    amount: tier.getAttribute('amount'),
    label: tier.textContent,
  }));
  const now = Date.now();
  return viewOf(el, checkSettings(el), tiers, { totals: TOTALS, loading: false, at: now }, now);
}

/** The picture's SVG of `view`, parsed. */
function svgOf(view: View, options: PictureOptions = {}): SVGSVGElement {
  const { svg } = pictureSvg(pictureContent(view)!, options, canvasMeasure());
  return new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
}

/** Every line of text the picture draws, in order, joined by spaces: wrapped lines come back whole. */
function pictureText(svg: SVGSVGElement): string {
  return [...svg.querySelectorAll('text')].map((text) => text.textContent).join(' ');
}

/** The text of each of the widget's parts named, as the reader sees them (white space folded). */
function widgetTexts(el: CampaignProgress): string[] {
  const texts = ['heading', 'percent', 'to-go', 'donors', 'deadline', 'tiers-heading', 'donate'].map(
    (name) => part(el, name).textContent!,
  );
  // The impact line, not the sentences hidden beside it to hold its room.
  const impact = part(el, 'impact').querySelector('p:not(.reserve)')!.textContent!;
  const tiers = [...el.shadowRoot!.querySelectorAll('[part~=tier]')].slice(0, 3).flatMap((tier) => [
    tier.querySelector('[part=tier-amount]')!.textContent!,
    // The label's own words; "funded" is beside it, shown or holding its room.
    [...tier.querySelector('[part=tier-label]')!.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join(''),
  ]);
  return [...texts, impact, ...tiers].map(fold).filter(Boolean);
}

/** `text` with its runs of spaces and line breaks as one space (no-break spaces kept), trimmed. */
const fold = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').trim();

describe('the picture says what the widget says', () => {
  for (const locale of Object.keys(LANGUAGES)) {
    for (const layout of ['thermometer', 'bar']) {
      it(`in ${locale}, ${layout} layout`, async () => {
        const el = await widget(locale, layout);
        const svg = svgOf(sameView(el));
        const drawn = pictureText(svg);
        const said = widgetTexts(el);
        // The widget's words that matter in a picture: nothing of it left out.
        expect(said.length).to.be.greaterThan(10);
        for (const text of said) expect(drawn, text).to.include(text);
        const percent = part(el, 'percent').textContent!;
        const summary = fold(part(el, 'summary').textContent!);
        // The raised amount is drawn large, the percentage beside it, then the rest of the summary.
        expect(fold(drawn.replace(` ${percent}`, ''))).to.include(summary);
        // The alt text and title: the heading and the summary the widget speaks.
        const alt = `${LANGUAGES[locale].heading}: ${summary}`;
        expect(svg.querySelector('title')!.textContent).to.equal(alt);
        expect(svg.getAttribute('lang')).to.equal(
          part(el, 'summary').closest('[lang]')!.getAttribute('lang'),
        );
      });
    }
  }

  it('says nothing when there are no figures to show, rather than "Totals unavailable"', () => {
    const view = viewOf({ goal: 1000 }, checkSettings({}), [], { loading: false }, Date.now());
    expect(pictureContent(view)).to.equal(undefined);
  });
});

describe('the picture in Arabic', () => {
  it('reads right to left: each line starts at the right edge, the percentage left of the amount', async () => {
    const el = await widget('ar', 'bar');
    const svg = svgOf(sameView(el));
    expect(svg.getAttribute('direction')).to.equal('rtl');
    // Laid out by the browser, as a reader's mail client would.
    const host = document.createElement('div');
    host.append(document.importNode(svg, true));
    document.body.append(host);
    try {
      const [heading, raised, percent] = host.querySelectorAll('text');
      const last = heading.getNumberOfChars() - 1;
      // The heading's first letter is its rightmost, and the line ends at the card's right margin.
      expect(heading.getStartPositionOfChar(0).x).to.be.greaterThan(heading.getStartPositionOfChar(last).x);
      const box = heading.getBBox();
      expect(box.x + box.width).to.be.closeTo(600 - 32, 2);
      expect(percent.getBBox().x + percent.getBBox().width).to.be.lessThan(raised.getBBox().x);
    } finally {
      host.remove();
    }
  });
});

describe('the picture as a PNG', () => {
  for (const locale of ['en', 'ar']) {
    it(`is 1200 px wide (600 CSS px at 2×) and under 60 KB, in ${locale}`, async () => {
      const el = await widget(locale, 'thermometer');
      const picture = await pictureOf(sameView(el));
      expect(picture.png.type).to.equal('image/png');
      expect(picture.png.size).to.be.below(60_000);
      const bitmap = await createImageBitmap(picture.png);
      expect([bitmap.width, bitmap.height]).to.deep.equal([1200, picture.height * PICTURE_DENSITY]);
      expect(picture.width).to.equal(600);
    });
  }

  it('draws in the dark theme and the page’s own colours', async () => {
    const el = await widget('en', 'bar');
    const view = sameView(el);
    const dark = svgOf(view, { theme: 'dark', colors: { fill: '#123456' } });
    expect(dark.querySelector('rect')!.getAttribute('fill')).to.equal('#202124');
    expect([...dark.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'))).to.include('#123456');
  });

  it('keeps a few colours exactly, and draws rarer ones in the nearest kept colour', async () => {
    // Red twice, white three times, and a red a shade off, which a palette of two draws red.
    const [red, white, offRed] = [
      [255, 0, 0, 255],
      [255, 255, 255, 255],
      [250, 0, 0, 255],
    ];
    const pixels = new Uint8ClampedArray([red, red, white, white, white, offRed].flat());
    const png = await encodePng(pixels, 3, 2, 2);
    const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [3, 2];
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    expect([...context.getImageData(0, 0, 3, 2).data]).to.deep.equal(
      [red, red, white, white, white, red].flat(),
    );
  });
});

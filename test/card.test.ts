/**
 * The card at a glance (issue 16), measured as a reader sees it in both engines: how tall it is and
 * where the donate button starts at 280, 375 and 700 px, the largest blank band in every state, the
 * money first, the tiers lined up as ways to give, the dark theme's button, and the order of the
 * glyphs on right-to-left pages.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import {
  backgroundOf,
  contrast,
  finishTransitions,
  nextEvent,
  parseColor,
  part,
  textContrast,
  until,
} from './helpers.js';
import { formatMoney } from '../src/format.js';
import { json, stubNetwork, type Network } from './network.js';
import { SAMPLE_TIERS } from '../scripts/sample-campaign.mjs';

let network: Network;
const stored: string[] = [];
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
  for (const key of stored.splice(0)) localStorage.removeItem(key);
});

// The seed appeal's six tiers, as the blogger wrote them.
const SAMPLE = SAMPLE_TIERS;

const TWENTY = Array.from(
  { length: 20 },
  (_, index) => [(index + 1) * 50, `covers ${index + 1} days of legal advocacy for a family`] as const,
);

const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'];
const WIDTHS = [280, 375, 700];
const LAYOUTS = ['thermometer', 'bar'];
/** The most a card may be tall at each width, and where its donate button must start by. */
const TALLEST: Record<number, [height: number, donate: number]> = {
  280: [560, 420],
  375: [600, 420],
  700: [440, 380],
};

// Thirty days from now, whatever day the tests run.
const ENDS = new Date(Date.now() + 30.5 * 86_400_000).toISOString().slice(0, 10);

interface Card {
  width?: number;
  layout?: string;
  locale?: string;
  theme?: string;
  tiers?: readonly (readonly [number, string])[];
  /** Figures from attributes, unless `src` names a feed. */
  raised?: number;
  src?: string;
  ends?: string;
  /** The page around the widget. */
  page?: { lang: string; dir: 'rtl' };
}

/** The sample campaign as a blogger pastes it, in a column of the page `width` px wide. */
async function card({
  width = 375,
  layout = 'thermometer',
  locale,
  theme,
  tiers = SAMPLE,
  raised = 620,
  src,
  ends = ENDS,
  page,
}: Card = {}): Promise<CampaignProgress> {
  const column = document.createElement('div');
  column.style.setProperty('width', `${width}px`);
  if (page) Object.assign(column, page);
  const el = await fixture<CampaignProgress>(
    html`<campaign-progress
      src=${src ?? ''}
      raised=${src ? undefined : raised}
      goal="1000"
      layout=${layout}
      locale=${locale ?? undefined}
      theme=${theme ?? undefined}
      heading="Make a Difference for Freedom"
      ends=${ends}
      donate-href="https://example.org/donate?amount={amount}"
      >${tiers.map(([amount, label]) => html`<campaign-tier amount=${amount}>${label}</campaign-tier>`)}</campaign-progress
    >`,
    { parentNode: column },
  );
  await el.updateComplete;
  await nextFrame();
  finishTransitions(el);
  return el;
}

/** The card's height, and how far down it the donate button starts, in CSS px. */
function measure(el: CampaignProgress) {
  const box = el.getBoundingClientRect();
  return { height: box.height, donate: part(el, 'donate').getBoundingClientRect().top - box.top };
}

/** Whether `element` is painted: laid out, and not hidden. */
const painted = (element: Element) =>
  element.getClientRects().length > 0 &&
  getComputedStyle(element).visibility === 'visible' &&
  element.checkVisibility({ contentVisibilityAuto: true }) &&
  // Inside a closed <details>, which some engines leave laid out.
  !element.closest('details:not([open]) > :not(summary)');

/**
 * The tallest horizontal band inside the card's padding where nothing is drawn: no text, no gauge,
 * no button, no pill, no skeleton block. A tinted box with nothing in it counts as blank.
 */
function largestBlankBand(el: CampaignProgress): number {
  const base = part(el, 'base');
  const box = base.getBoundingClientRect();
  const style = getComputedStyle(base);
  const top = box.top + base.clientTop + parseFloat(style.paddingTop);
  const bottom = box.top + base.clientTop + base.clientHeight - parseFloat(style.paddingBottom);
  const drawn: [number, number][] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode as Text;
    if (!text.data.trim() || !painted(text.parentElement!)) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const rect of range.getClientRects())
      if (rect.width > 1 && rect.height > 1) drawn.push([rect.top, rect.bottom]);
  }
  const pieces = '[part~=track], [part=bulb], [part=donate], [part=tier-amount], .skeleton > *, summary';
  for (const piece of el.shadowRoot!.querySelectorAll(pieces)) {
    const rect = piece.getBoundingClientRect();
    if (painted(piece) && rect.height > 1) drawn.push([rect.top, rect.bottom]);
  }
  drawn.sort(([a], [b]) => a - b);
  let largest = 0;
  let reached = top;
  for (const [from, to] of drawn) {
    largest = Math.max(largest, from - reached);
    reached = Math.max(reached, to);
  }
  return Math.max(largest, bottom - reached);
}

/** `el` once its feed has failed, with no figures to show, and it has drawn that. */
async function failed(el: CampaignProgress) {
  await until(() => part(el, 'base').classList.contains('failed'), 'the failure');
  await nextFrame();
  return el;
}

/** One line of the card's body text, in px. */
const lineHeight = (el: CampaignProgress) => parseFloat(getComputedStyle(part(el, 'base')).lineHeight);

/** Leaves a stored copy of the feed at `src` from an earlier page view, `age` ms ago. */
function storeCopy(src: string, body: unknown, age: number) {
  const key = `campaign-progress ${new URL(src, document.baseURI).href}`;
  stored.push(key);
  localStorage.setItem(key, JSON.stringify({ at: Date.now() - age, json: body }));
}

describe('card: compact at any width', () => {
  for (const layout of LAYOUTS) {
    for (const width of WIDTHS) {
      const [tallest, donateBy] = TALLEST[width];
      it(`is at most ${tallest} px tall at ${width} px, the button within ${donateBy} px, ${layout}, six languages`, async () => {
        for (const locale of LANGUAGES) {
          for (const raised of [620, 1240]) {
            const { height, donate } = measure(await card({ width, layout, locale, raised }));
            expect(height, `${locale}, $${raised}: height`).to.be.at.most(tallest);
            expect(donate, `${locale}, $${raised}: the button`).to.be.at.most(donateBy);
          }
        }
      });

      it(`keeps that size with 20 tiers at ${width} px, ${layout}, the rest one tap away`, async () => {
        const el = await card({ width, layout, tiers: TWENTY });
        const { height, donate } = measure(el);
        expect(height).to.be.at.most(tallest);
        expect(donate).to.be.at.most(donateBy);
        const shown = [...el.shadowRoot!.querySelectorAll('[part~=tier]')].filter(painted);
        expect(shown).to.have.length(1);
        expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('19 more ways to give');
      });
    }
  }

  it('shows the rest of the tiers from the keyboard, named for screen readers', async () => {
    const el = await card({ width: 375 });
    const summary = el.shadowRoot!.querySelector<HTMLElement>('summary')!;
    expect(summary.textContent).to.equal('5 more ways to give');
    expect(el.shadowRoot!.querySelectorAll('[part~=tier]')).to.have.length(6);
    expect([...el.shadowRoot!.querySelectorAll('[part~=tier]')].filter(painted)).to.have.length(1);
    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    // Enter and Space on a <summary> toggle it: the browser's own disclosure, as a click does.
    summary.click();
    await nextFrame();
    expect(el.shadowRoot!.querySelector('details')!.open).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('[part~=tier]')].filter(painted)).to.have.length(6);
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('card: no blank bands', () => {
  const states: [name: string, make: (layout: string, width: number) => Promise<CampaignProgress>][] = [
    ['ready', (layout, width) => card({ layout, width })],
    ['goal reached', (layout, width) => card({ layout, width, raised: 1240 })],
    ['ended', (layout, width) => card({ layout, width, ends: '2020-01-31' })],
    ['loading', (layout, width) => card({ layout, width, src: network.route('never') })],
    [
      'failing with no figures',
      async (layout, width) => {
        const el = await card({ layout, width, src: network.route(new Response('', { status: 500 })) });
        return failed(el);
      },
    ],
    [
      'failing with figures kept from before',
      async (layout, width) => {
        const src = network.route(new Response('', { status: 500 }));
        storeCopy(src, { raised: 620, goal: 1000, donors: 14 }, 5 * 86_400_000);
        const el = await card({ layout, width, src });
        await until(() => part(el, 'updated').textContent, 'the figures’ date');
        return el;
      },
    ],
    [
      'a previewed gift',
      async (layout, width) => {
        const el = await card({ layout, width });
        el.shadowRoot!.querySelector<HTMLElement>('[part~=tier]')!.focus();
        await el.updateComplete;
        return el;
      },
    ],
  ];
  for (const [state, make] of states) {
    for (const layout of LAYOUTS) {
      it(`leaves no blank band over about two lines tall, ${state}, ${layout}, at 280, 375 and 700 px`, async () => {
        for (const width of WIDTHS) {
          const el = await make(layout, width);
          // About two lines: two, and the gaps around them (up to half a line).
          expect(largestBlankBand(el), `${width} px`).to.be.at.most(2.5 * lineHeight(el));
        }
      });
    }
  }

  it('finds a blank band where there is one (the measure itself)', async () => {
    const el = await card({ layout: 'bar' });
    expect(largestBlankBand(el)).to.be.at.most(2 * lineHeight(el) + 2);
    // Ten empty lines between the impact box and the donate button.
    part(el, 'impact').style.setProperty('margin-block-end', `${10 * lineHeight(el)}px`);
    expect(largestBlankBand(el)).to.be.at.least(7 * lineHeight(el));
  });
});

describe('card: the money first', () => {
  for (const locale of LANGUAGES) {
    it(`draws the amount raised largest, the percentage second, in ${locale}`, async () => {
      for (const width of WIDTHS) {
        const el = await card({ width, locale });
        const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const body = size(part(el, 'base'));
        const raised = size(part(el, 'raised'));
        expect(raised, 'raised').to.be.at.least(1.4 * body);
        const texts = [...el.shadowRoot!.querySelectorAll('*')].filter(
          (element) =>
            painted(element) &&
            [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()),
        );
        for (const element of texts)
          if (element !== part(el, 'raised')) expect(size(element)).to.be.below(raised);
        expect(size(part(el, 'percent'))).to.be.at.most(body);
        // "of $1,000 goal" on one line, whatever the width (a right-to-left line may draw it in runs).
        const runs = el.shadowRoot!.querySelector('.together')!.getClientRects();
        expect(new Set([...runs].map((run) => Math.round(run.top))).size, `${width} px`).to.equal(1);
      }
    });
  }

  it('sets the facts one quieter level down, on one line where they fit, still readable', async () => {
    for (const theme of [undefined, 'light', 'dark']) {
      const el = await card({ width: 700, theme, src: undefined });
      const facts = el.shadowRoot!.querySelector<HTMLElement>('.facts')!;
      expect(facts.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^62% \d+ days left$/);
      const base = part(el, 'base');
      expect(getComputedStyle(facts).color).not.to.equal(getComputedStyle(base).color);
      expect(parseFloat(getComputedStyle(facts).fontSize)).to.be.below(
        parseFloat(getComputedStyle(base).fontSize),
      );
      expect(textContrast(part(el, 'deadline')), `${theme}`).to.be.at.least(4.5);
      expect(textContrast(part(el, 'percent')), `${theme}`).to.be.at.least(4.5);
    }
  });

  it('puts donors, time left and freshness on one line where they fit', async () => {
    const src = network.route(
      json({ raised: 620, goal: 1000, donors: 14, updated: new Date(Date.now() - 2 * 3_600_000) }),
    );
    const update = nextEvent('campaign-progress-update');
    const el = await card({ width: 600, src, tiers: [] });
    await update;
    await el.updateComplete;
    const facts = el.shadowRoot!.querySelector<HTMLElement>('.facts')!;
    expect(facts.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^62% 14 donors \d+ days left Updated 2 hours ago$/,
    );
    // Set apart by a drawn dot, which screen readers skip.
    expect(getComputedStyle(part(el, 'deadline'), '::before').content).to.equal('"·" / ""');
    expect(facts.getBoundingClientRect().height).to.be.below(
      1.5 * parseFloat(getComputedStyle(facts).lineHeight),
    );
  });
});

describe('card: tiers as ways to give', () => {
  for (const width of WIDTHS) {
    it(`lines the amounts up at ${width} px, each a link to give it, labels broken between words`, async () => {
      for (const locale of ['en', 'de', 'ar']) {
        const el = await card({ width, locale });
        el.shadowRoot!.querySelector('details')!.open = true;
        await nextFrame();
        const tiers = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=tier]')];
        const pills = tiers.map((tier) => tier.querySelector('[part=tier-amount]')!.getBoundingClientRect());
        const labels = tiers.map((tier) => tier.querySelector('[part=tier-label]')!.getBoundingClientRect());
        for (const pill of pills) {
          expect(pill.left, `${locale}: amounts in a column`).to.be.closeTo(pills[0].left, 1);
          expect(pill.width, `${locale}: amounts as wide`).to.be.closeTo(pills[0].width, 1);
        }
        // Labels start together: beside the amounts, or under them where there is no room.
        for (const label of labels) expect(label.left, `${locale}: labels`).to.be.closeTo(labels[0].left, 1);
        for (const [index, label] of labels.entries()) {
          const pill = pills[index];
          const beside = locale === 'ar' ? label.right <= pill.left + 1 : label.left >= pill.right - 1;
          expect(
            beside || label.top >= pill.bottom - 1,
            `${locale}: label ${index} beside or under`,
          ).to.equal(true);
        }
        for (const [index, tier] of tiers.entries()) {
          expect(tier.href).to.equal(`https://example.org/donate?amount=${SAMPLE[index][0]}`);
          expect(tier.getAttribute('aria-label')).to.match(locale === 'en' ? /^Give \$/ : /./);
        }
        // A word is split across lines only where hyphenation may split it: never a short word,
        // never one letter off.
        for (const tier of tiers) {
          const label = tier.querySelector('[part=tier-label]')!.firstChild as Text;
          for (const match of label.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(label, match.index);
            range.setEnd(label, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) expect(match[0].length, `"${match[0]}" split`).to.be.at.least(6);
          }
        }
      }
    });
  }

  it('shows the tiers the total pays for as funded, not ticked off', async () => {
    const el = await card();
    const [first, , , fourth] = el.shadowRoot!.querySelectorAll('[part~=tier]');
    expect(first.getAttribute('part')).to.equal('tier reached');
    expect((first as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).to.equal(
      '$45 covers one day of undercover investigations funded',
    );
    expect((fourth as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).not.to.contain('funded');
    expect(getComputedStyle(first, '::before').content).to.be.oneOf(['none', 'normal']);
  });
});

describe('card: honest states', () => {
  it('shows a skeleton while loading, never "$0", and the gauge empty of any fill', async () => {
    const el = await card({ src: network.route('never') });
    // The goal the page sets is known; the amount is a skeleton.
    expect(part(el, 'summary').textContent!.trim()).to.equal('raised of $1,000 goal');
    expect(part(el, 'summary').classList.contains('skeleton')).to.equal(true);
    expect(el.shadowRoot!.textContent).not.to.match(/\$0\b|0%/);
    expect(part(el, 'fill').getBoundingClientRect().height).to.equal(0);
    expect(part(el, 'status').textContent).to.equal('Loading totals…');
  });

  for (const locale of LANGUAGES) {
    it(`without figures, draws no gauge and still offers the button, in ${locale}`, async () => {
      const el = await failed(await card({ locale, src: network.route(new Response('', { status: 500 })) }));
      expect(painted(part(el, 'thermometer'))).to.equal(false);
      expect(painted(part(el, 'donate'))).to.equal(true);
      const status = part(el, 'status');
      expect(painted(status)).to.equal(true);
      expect(status.textContent).to.equal(
        {
          en: 'Latest total unavailable — you can still give',
          es: 'Cifra más reciente no disponible: aún puedes donar',
          fr: 'Dernier montant indisponible — vous pouvez tout de même donner',
          de: 'Aktueller Stand nicht verfügbar – Sie können trotzdem spenden',
          'pt-BR': 'Valor mais recente indisponível — você ainda pode doar',
          ar: 'آخر مجموع غير متاح، ولا يزال بإمكانك التبرع',
        }[locale],
      );
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('says the date of figures days old, not how many days: a stored copy, or a feed’s old "updated"', async () => {
    const failing = network.route(new Response('', { status: 500 }));
    storeCopy(failing, { raised: 620, goal: 1000 }, 5 * 86_400_000);
    const kept = await card({ src: failing, locale: 'en-GB' });
    await until(() => part(kept, 'updated').textContent, 'the figures’ date');
    const dated = (time: number, locale: string) =>
      `Figures from ${new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: new Date(time).getFullYear() === new Date().getFullYear() ? undefined : 'numeric',
      }).format(time)}`;
    expect(part(kept, 'updated').textContent).to.equal(dated(Date.now() - 5 * 86_400_000, 'en-GB'));
    expect(part(kept, 'summary').textContent).to.equal('US$620 raised of US$1,000 goal');
    const day = Date.now() - 239 * 86_400_000;
    const update = nextEvent('campaign-progress-update');
    const old = await card({ src: network.route(json({ raised: 620, goal: 1000, updated: new Date(day) })) });
    await update;
    await old.updateComplete;
    expect(part(old, 'updated').textContent).to.equal(dated(day, 'en-US'));
  });

  it('celebrates the goal in bold, in a success colour, and the fill in it', async () => {
    const under = await card();
    const over = await card({ raised: 1240 });
    const status = part(over, 'status');
    expect(status.textContent).to.equal('Goal reached. Thank you!');
    // Not small print: at least the body's size, in bold.
    expect(parseFloat(getComputedStyle(status).fontSize)).to.be.at.least(
      parseFloat(getComputedStyle(part(over, 'base')).fontSize),
    );
    expect(getComputedStyle(status).fontWeight).to.equal('700');
    expect(getComputedStyle(part(over, 'fill')).backgroundColor).to.equal(getComputedStyle(status).color);
    expect(getComputedStyle(part(over, 'fill')).backgroundColor).not.to.equal(
      getComputedStyle(part(under, 'fill')).backgroundColor,
    );
    expect(textContrast(status)).to.be.at.least(4.5);
    expect(part(over, 'impact').innerText.trim()).to.equal(
      'Next: $2,540 covers one day of operations in a field office.',
    );
  });
});

describe('card: drawing and the dark theme', () => {
  for (const theme of ['light', 'dark']) {
    it(`draws the ${theme} theme's button readable and standing out from the card`, async () => {
      const el = await card({ theme });
      const donate = part(el, 'donate');
      const button = parseColor(getComputedStyle(donate).backgroundColor);
      expect(textContrast(donate), 'its text').to.be.at.least(4.5);
      expect(contrast(button, backgroundOf(part(el, 'base'))), 'against the card').to.be.at.least(3);
      // One accent family: the fill is the button's colour or its close kin, not a second red.
      const fill = parseColor(getComputedStyle(part(el, 'fill')).backgroundColor);
      expect(contrast(fill, button), 'fill beside the button').to.be.below(1.6);
    });
  }

  it('draws the bar thin and unoutlined, and 20 tiers as marks, not a ladder', async () => {
    const el = await card({ layout: 'bar', tiers: TWENTY, width: 375 });
    const track = part(el, 'track');
    const style = getComputedStyle(track);
    expect(track.getBoundingClientRect().height).to.be.at.most(
      parseFloat(getComputedStyle(part(el, 'base')).fontSize) * 0.75,
    );
    expect(style.borderTopStyle).to.equal('none');
    const marks = [...track.querySelectorAll('[part~=mark]')];
    expect(marks).to.have.length(20);
    for (const mark of marks) expect(mark.getBoundingClientRect().width).to.be.at.most(3);
  });
});

describe('card: right to left', () => {
  /** The left edge of the character at `index` in the text node `text`. */
  const leftOf = (text: Text, index: number) => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect().left;
  };
  /** The text nodes of `element`, with the glyph x of each character of each. */
  const glyphs = (element: Element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const found: { char: string; left: number }[] = [];
    while (walker.nextNode()) {
      const text = walker.currentNode as Text;
      for (let index = 0; index < text.data.length; index++)
        if (text.data[index].trim()) found.push({ char: text.data[index], left: leftOf(text, index) });
    }
    return found;
  };
  /** Whether the glyphs of `element` run from left to right in the order of its text. */
  const inOrder = (element: Element) => {
    const lefts = glyphs(element).map(({ left }) => left);
    return lefts.every((left, index) => index === 0 || left >= lefts[index - 1] - 0.5);
  };

  it('writes money as its English words do on a Hebrew page: "$620", no marks or stray spaces', async () => {
    const el = await card({ page: { lang: 'he', dir: 'rtl' }, width: 700 });
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(part(el, 'to-go').textContent).to.equal('$380 to go');
    expect(el.shadowRoot!.textContent).not.to.match(/[\u200e\u200f\u061c]/);
    // Drawn as read: "$" before "6", "raised" before "goal", each line left to right.
    for (const name of ['raised', 'to-go']) expect(inOrder(part(el, name)), name).to.equal(true);
    const line = el.shadowRoot!.querySelector('.after')!;
    expect(inOrder(line)).to.equal(true);
  });

  it('keeps an English widget’s sentences in order on an Arabic page', async () => {
    const el = await card({ page: { lang: 'ar', dir: 'rtl' }, locale: 'en', width: 375, raised: 1240 });
    // The page's layout, the words' direction.
    expect(getComputedStyle(part(el, 'base')).direction).to.equal('rtl');
    expect(getComputedStyle(part(el, 'status')).direction).to.equal('ltr');
    for (const name of ['raised', 'status', 'heading', 'donate'])
      expect(inOrder(part(el, name)), name).to.equal(true);
    // "Goal reached. Thank you!": the "!" at the end of the line, not before "Goal".
    const status = glyphs(part(el, 'status'));
    expect(status.at(-1)!.char).to.equal('!');
    expect(status.at(-1)!.left).to.be.above(status[0].left);
  });

  it('reads an Arabic widget right to left, the amount at the start of its line', async () => {
    const el = await card({ locale: 'ar', width: 375 });
    const base = part(el, 'base').getBoundingClientRect();
    expect(getComputedStyle(part(el, 'base')).direction).to.equal('rtl');
    // "جمعنا US$ 620" from the right: the amount in the right half, the words before it right of it.
    const raised = part(el, 'raised').getBoundingClientRect();
    expect(raised.right).to.be.above(base.left + base.width / 2);
    const line = glyphs(el.shadowRoot!.querySelector('.amount')!);
    const at = (char: string) => line.find((glyph) => glyph.char === char)!.left;
    expect(at('ج')).to.be.above(at('6'));
  });
});

describe('card: words that agree with the goal, in six languages', () => {
  const say = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
  const WORDS: Record<string, { toGo: string; soFar: string; stretch: string; reached: string }> = {
    en: {
      toGo: '{amount} to go',
      soFar: "What you've given so far {label}.",
      stretch: 'Next: {amount} {label}.',
      reached: 'Goal reached. Thank you!',
    },
    es: {
      toGo: 'Faltan {amount}',
      soFar: 'Lo donado hasta ahora {label}.',
      stretch: 'Siguiente paso: {amount} {label}.',
      reached: '¡Meta alcanzada! Gracias.',
    },
    fr: {
      toGo: 'Encore {amount}',
      soFar: 'Ce que vous avez donné jusqu’ici {label}.',
      stretch: 'Et ensuite\u202f: {amount} {label}.',
      reached: 'Objectif atteint. Merci\u202f!',
    },
    de: {
      toGo: 'Noch {amount}',
      soFar: 'Das bisher Gespendete {label}.',
      stretch: 'Als Nächstes: {amount} {label}.',
      reached: 'Ziel erreicht. Danke!',
    },
    'pt-BR': {
      toGo: 'Faltam {amount}',
      soFar: 'O que você doou até agora {label}.',
      stretch: 'Próximo passo: {amount} {label}.',
      reached: 'Meta alcançada. Obrigado!',
    },
    ar: {
      toGo: 'بقي {amount}',
      soFar: 'ما قدمتموه حتى الآن {label}.',
      stretch: 'الخطوة التالية: {amount} {label}.',
      reached: 'تحقق الهدف. شكرًا!',
    },
  };
  for (const [locale, words] of Object.entries(WORDS)) {
    it(`says what is left to the goal and what the gifts so far cover, never "reached $455", in ${locale}`, async () => {
      const el = await card({ locale });
      expect(part(el, 'to-go').textContent).to.equal(
        say(words.toGo, { amount: formatMoney(380, 'USD', locale) }),
      );
      expect(part(el, 'impact').querySelector('p:not(.reserve)')!.textContent).to.equal(
        say(words.soFar, { label: 'covers seven days of legal advocacy' }),
      );
      // Tiers past the goal are ways to give more, not a second finish line.
      expect(part(el, 'base').textContent).not.to.contain(formatMoney(2540 - 620, 'USD', locale));
    });

    it(`celebrates the goal and offers the next tier as a stretch, in ${locale}`, async () => {
      const el = await card({ locale, raised: 1240 });
      expect(part(el, 'status').textContent).to.equal(words.reached);
      expect(part(el, 'to-go').textContent).to.equal('');
      expect(part(el, 'impact').querySelector('p:not(.reserve)')!.textContent).to.equal(
        say(words.stretch, {
          amount: formatMoney(2540, 'USD', locale),
          label: 'covers one day of operations in a field office',
        }),
      );
    });
  }
});

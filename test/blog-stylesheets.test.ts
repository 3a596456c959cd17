/**
 * The built file on pages styled by real blog stylesheets: WordPress's block library, Bootstrap 5,
 * Pico and Tailwind's preflight, installed as dev dependencies (WordPress's as its package's tarball
 * alone, by scripts/blog-styles.mjs, which npm test runs) and served from /node_modules/ by the
 * test server. Each themed post is compared with the same post and widgets on a page without the
 * stylesheet, its column given the themed text's font and colour: those the widget inherits, on
 * purpose, and everything else must come out as on the plain page.
 *
 * The widget sizes in em from the font it inherits: where a theme changes the text's size (Pico's
 * root is 112.5% here, 18 px), the thermometer, the bar and the button grow by that ratio against a
 * page with no stylesheet at all, and its box otherwise stays as on the plain page in that font.
 * Tailwind's preflight is served as the package ships it, uncompiled: its font declarations, which
 * call Tailwind's build-time --theme(), come to nothing in a browser; every other rule applies.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WAIT_MS, finishTransitions, part } from './helpers.js';
import type { CampaignProgress } from '../src/campaign-progress.js';

type Post = Window &
  typeof globalThis & {
    pageProblems: string[];
    axe?: typeof import('axe-core');
  };

// The test server stands in for the CDN (another origin) and for the blogger's site.
const cdn = `http://localhost:${location.port}`;
// Wide enough for Pico to raise its root font size to 112.5%, as it does from 768 px on.
const FRAME_WIDTH = 800;
// The post's column, the same on every page, so that a widget's width is the theme's doing only.
const COLUMN_WIDTH = 440;

// The seed appeal's six tiers (shared/SAMPLE-CAMPAIGN.md), in the post's order, as a blogger pastes them.
const SIX = [
  [45, 'covers one day of undercover investigations'],
  [240, 'covers six days of aftercare for a victim'],
  [455, 'covers seven days of legal advocacy'],
  [2540, 'covers one day of operations in a field office'],
  [4500, 'covers one rescue operation'],
  [18500, 'covers a national lawyer for a year'],
] as const;

const LAYOUTS = ['thermometer', 'bar'] as const;
type Layout = (typeof LAYOUTS)[number];

/** The two widgets of the post, with the fallback a blogger pastes inside: the list and a styled link. */
function widgets(fallbackLink: string) {
  return LAYOUTS.map(
    (layout) => `<campaign-progress
      id="${layout}"
      ${layout === 'bar' ? 'layout="bar"' : ''}
      raised="620"
      goal="1000"
      currency="USD"
      heading="Make a Difference for Freedom"
      donate-href="https://example.org/donate?amount={amount}"
    >
      <ul>
        ${SIX.map(([amount, label]) => `<li>$${amount.toLocaleString('en-US')} <campaign-tier amount="${amount}">${label}</campaign-tier></li>`).join('')}
      </ul>
      ${fallbackLink}
    </campaign-progress>`,
  ).join('');
}

const intro = 'My goal is to raise $1,000 for an anti-trafficking charity by the end of April.';

interface Theme {
  name: string;
  sheets: string[];
  /**
   * The post as the theme's blogs mark it up: an introduction, the widgets in `<div id="column">`
   * (their fallback link in the theme's button style) and the post's own donate button after them.
   */
  markup: string;
  /** The font size of the post's text, which the widget takes as its em. */
  fontSize: number;
  /** Checks that the stylesheets are in force on the page, on its own elements. */
  inForce: (post: Post) => void;
}

const donate = 'https://example.org/donate';

const THEMES: Theme[] = [
  (() => {
    const button = `<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="${donate}">Click here to donate</a></div></div>`;
    return {
      name: 'WordPress block library (style.css and theme.css)',
      sheets: [
        '/node_modules/.cache/blog-styles/package/build-style/style.css',
        '/node_modules/.cache/blog-styles/package/build-style/theme.css',
      ],
      markup: `<div class="wp-site-blocks">
        <main class="wp-block-group">
          <div class="entry-content wp-block-post-content is-layout-flow wp-block-post-content-is-layout-flow">
            <p>${intro}</p>
            <div id="column">${widgets(button)}</div>
            <hr class="wp-block-separator has-alpha-channel-opacity" />
            ${button}
          </div>
        </main>
      </div>`,
      fontSize: 16,
      inForce: (post) => {
        const content = post.document.querySelector('.wp-block-post-content')!;
        const link = content.querySelector(':scope > .wp-block-buttons .wp-block-button__link')!;
        expect(post.getComputedStyle(link).borderTopLeftRadius, 'style.css').to.equal('9999px');
        expect(post.getComputedStyle(content.querySelector('hr')!).width, 'theme.css').to.equal('100px');
      },
    };
  })(),
  (() => {
    const button = `<a class="btn btn-primary btn-lg" href="${donate}">Click here to donate</a>`;
    return {
      name: 'Bootstrap 5 (bootstrap.min.css)',
      sheets: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
      markup: `<main class="container py-4">
        <div class="row">
          <article class="col-md-8 blog-post">
            <h2 class="display-5 link-body-emphasis mb-1">Make a difference for freedom</h2>
            <p class="lead">${intro}</p>
            <div id="column">${widgets(button)}</div>
            <p>${button}</p>
          </article>
        </div>
      </main>`,
      fontSize: 16,
      inForce: (post) => {
        expect(post.getComputedStyle(post.document.body).fontFamily).to.contain('system-ui');
        const link = post.document.querySelector('article > p > .btn')!;
        expect(post.getComputedStyle(link).backgroundColor).to.equal('rgb(13, 110, 253)');
      },
    };
  })(),
  (() => {
    const button = `<a href="${donate}" role="button">Click here to donate</a>`;
    return {
      name: 'Pico (pico.min.css)',
      sheets: ['/node_modules/@picocss/pico/css/pico.min.css'],
      markup: `<main class="container">
        <article>
          <header><h2>Make a difference for freedom</h2></header>
          <p>${intro}</p>
          <div id="column">${widgets(button)}</div>
          <p>${button}</p>
        </article>
      </main>`,
      // Pico's root is 112.5% from 768 px on: the post's text, and so the widget's em, is 18 px.
      fontSize: 18,
      inForce: (post) => {
        expect(post.getComputedStyle(post.document.documentElement).fontSize).to.equal('18px');
        const link = post.document.querySelector('article > p > [role=button]')!;
        expect(post.getComputedStyle(link).backgroundColor).to.equal('rgb(1, 114, 173)');
      },
    };
  })(),
  (() => {
    const button = `<a class="inline-block rounded bg-red-700 px-4 py-2 font-bold text-white" href="${donate}">Click here to donate</a>`;
    return {
      name: 'Tailwind preflight (tailwindcss/preflight.css)',
      sheets: ['/node_modules/tailwindcss/preflight.css'],
      markup: `<main class="mx-auto max-w-3xl px-4">
        <article class="prose lg:prose-xl">
          <h2 class="text-3xl font-bold">Make a difference for freedom</h2>
          <p class="mt-4">${intro}</p>
          <div id="column" class="mt-6">${widgets(button)}</div>
          <p class="mt-6">${button}</p>
        </article>
      </main>`,
      fontSize: 16,
      inForce: (post) => {
        expect(post.getComputedStyle(post.document.body).marginTop).to.equal('0px');
        expect(post.getComputedStyle(post.document.querySelector('h2')!).fontWeight).to.equal('400');
      },
    };
  })(),
];

const openFrames: HTMLIFrameElement[] = [];

/**
 * A blog post: the empty post page (served under a strict Content-Security-Policy), the theme's
 * stylesheets linked from this origin, the post's markup, then the built file from the CDN.
 */
async function openPost(sheets: string[], markup: string): Promise<Post> {
  const frame = document.createElement('iframe');
  frame.style.setProperty('width', `${FRAME_WIDTH}px`);
  frame.style.setProperty('height', '2400px');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/empty-post.html';
  document.body.append(frame);
  openFrames.push(frame);
  await loaded;
  const post = frame.contentWindow as Post;
  const doc = post.document;
  await Promise.all(
    sheets.map(
      (href) =>
        new Promise((resolve, reject) => {
          const link = doc.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.addEventListener('load', resolve);
          link.addEventListener('error', () => reject(new Error(`${href} did not load`)));
          doc.head.append(link);
        }),
    ),
  );
  doc.body.innerHTML = markup;
  doc.getElementById('column')!.style.setProperty('width', `${COLUMN_WIDTH}px`);
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `${cdn}/dist/campaign-progress.js`;
  doc.head.append(script);
  await waitUntil(
    () => post.customElements.get('campaign-progress'),
    'the built file never defined the element',
    {
      timeout: WAIT_MS,
    },
  );
  await Promise.all(LAYOUTS.map((layout) => widgetIn(post, layout).updateComplete));
  return post;
}

const widgetIn = (post: Post, layout: Layout) => post.document.getElementById(layout) as CampaignProgress;

/** What the widget takes from the page by inheritance, on purpose: the text's font and colour. */
const INHERITED_TYPOGRAPHY = ['font-family', 'font-size', 'font-weight', 'font-style', 'color'];

/** Gives the plain page's column the font and colour that the themed page gives its widgets. */
function typographyFrom(themed: Post, plain: Post) {
  const from = themed.getComputedStyle(widgetIn(themed, 'thermometer'));
  const column = plain.document.getElementById('column')!;
  for (const name of INHERITED_TYPOGRAPHY) column.style.setProperty(name, from.getPropertyValue(name));
}

/** Where each part of `el` is drawn relative to the widget (left, top, width, height), in whole pixels. */
function geometry(el: CampaignProgress) {
  finishTransitions(el);
  const origin = el.getBoundingClientRect();
  // A part that is not drawn, or not there (the bar has no bulb), has no place: all zeros.
  const box = (element: HTMLElement | null) => {
    if (!element?.getClientRects().length) return [0, 0, 0, 0];
    const rect = element.getBoundingClientRect();
    return [rect.left - origin.left, rect.top - origin.top, rect.width, rect.height].map(Math.round);
  };
  const parts = ['base', 'heading', 'thermometer', 'track', 'fill', 'bulb', 'percent', 'summary', 'tiers'];
  return Object.fromEntries([
    ['widget', [0, 0, Math.round(origin.width), Math.round(origin.height)]],
    ...parts.map((name) => [name, box(el.shadowRoot!.querySelector<HTMLElement>(`[part~='${name}']`))]),
    ...tiers(el).map((tier, index) => [`tier ${index + 1}`, box(tier)]),
    ['donate', box(part(el, 'donate'))],
  ]) as Record<string, number[]>;
}

const tiers = (el: CampaignProgress) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=tier]')];

/** The filled share of the track as drawn, along the layout's length. */
function fillShare(el: CampaignProgress, layout: Layout) {
  finishTransitions(el);
  const fill = part(el, 'fill').getBoundingClientRect();
  const track = part(el, 'track');
  return layout === 'bar' ? fill.width / track.clientWidth : fill.height / track.clientHeight;
}

/** The computed style of `element`, by the window of its own page. */
const styleOf = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element);

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** A computed CSS colour as [r, g, b, a], 0–255 and alpha 0–1, whatever notation the browser gives. */
function rgba(color: string): [number, number, number, number] {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over the opaque colour `bottom`. */
function over(top: number[], bottom: number[]): number[] {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
}

/**
 * The opaque colour behind `element`: the background colours of it and its ancestors, across shadow
 * roots to the host and the page, painted over a white canvas. (Background images are not read.)
 */
function backgroundBehind(element: Element): number[] {
  const layers: number[][] = [];
  for (let node: Element | null = element; node;) {
    const color = rgba(styleOf(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
    const parent: Node | null = node.parentNode;
    node =
      parent instanceof Element ? parent : parent && 'host' in parent ? (parent as ShadowRoot).host : null;
  }
  return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** The WCAG contrast ratio of `element`'s text against what is behind it. */
function contrast(element: Element): number {
  const background = backgroundBehind(element);
  const text = over(rgba(styleOf(element).color), background);
  const luminance = (color: number[]) => {
    const [r, g, b] = color.slice(0, 3).map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The properties a page's rules could change on the widget's elements, beside the typography it
 * inherits on purpose (which the plain page is given too): box, colours, decoration and behaviour.
 */
const COMPARED = [
  'display',
  'position',
  'float',
  'box-sizing',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  ...['top-left', 'top-right', 'bottom-left', 'bottom-right'].map((corner) => `border-${corner}-radius`),
  'min-height',
  'max-width',
  'background-color',
  'background-image',
  'box-shadow',
  'opacity',
  'visibility',
  'filter',
  'transform',
  'transition-property',
  ...INHERITED_TYPOGRAPHY,
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-decoration-line',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'word-break',
  'overflow-wrap',
  'vertical-align',
  'list-style-type',
  'outline-style',
  'cursor',
  'pointer-events',
  'overflow-x',
  'overflow-y',
];

/** Every compared property of every element in the widget's shadow root, by element. */
function ownStyles(el: CampaignProgress) {
  finishTransitions(el);
  const view = el.ownerDocument.defaultView!;
  return [...el.shadowRoot!.querySelectorAll('*')].map((node, index) => {
    const name = `${node.getAttribute('part') ?? node.localName}${node.className ? `.${node.className}` : ''} #${index}`;
    const style = view.getComputedStyle(node);
    return { name, values: COMPARED.map((property) => [property, style.getPropertyValue(property)]) };
  });
}

after(() => {
  for (const frame of openFrames.splice(0)) frame.remove();
});

let plain: Post;
before(async function () {
  this.timeout(20_000);
  plain = await openPost([], THEMES[0].markup);
});

for (const theme of THEMES) {
  describe(`the built file on a page styled by ${theme.name}`, function () {
    // Two pages, each loading the built file from the other origin, on a machine perhaps busy with other suites.
    this.timeout(20_000);
    let themed: Post;
    let reference: Post;

    before(async function () {
      this.timeout(30_000);
      themed = await openPost(theme.sheets, theme.markup);
      reference = await openPost([], theme.markup);
      typographyFrom(themed, reference);
    });

    after(() => {
      for (const post of [themed, reference]) post?.frameElement?.remove();
    });

    it('loads the stylesheet and the built file with nothing refused', () => {
      theme.inForce(themed);
      expect(themed.pageProblems).to.deep.equal([]);
      for (const layout of LAYOUTS) {
        const el = widgetIn(themed, layout);
        expect(el.querySelector('ul')!.getClientRects(), `${layout}: the pasted list`).to.have.length(0);
        expect(tiers(el), layout).to.have.length(6);
      }
    });

    for (const layout of LAYOUTS) {
      const gauge = layout === 'bar' ? 'the bar' : 'the thermometer';

      it(`keeps ${gauge}’s box and every part of it where they are on a plain page in the same font`, () => {
        const styled = geometry(widgetIn(themed, layout));
        const unstyled = geometry(widgetIn(reference, layout));
        expect(styled.widget[2], 'the widget fills the column').to.equal(COLUMN_WIDTH);
        for (const [name, box] of Object.entries(unstyled)) {
          styled[name].forEach((value, index) =>
            expect(value, `${name} ${['left', 'top', 'width', 'height'][index]}`).to.be.closeTo(
              box[index],
              2,
            ),
          );
        }
      });

      it(`sizes ${gauge} in em from the post’s ${theme.fontSize} px text`, () => {
        const el = widgetIn(themed, layout);
        const ratio = theme.fontSize / 16;
        expect(themed.getComputedStyle(el).fontSize, 'the widget’s font size').to.equal(
          `${theme.fontSize}px`,
        );
        // Against the page with no stylesheet at all, where the text is the browser's 16 px.
        const unstyled = widgetIn(plain, layout);
        expect(plain.getComputedStyle(unstyled).fontSize, 'on the plain page').to.equal('16px');
        // The tube is as tall as the figures beside it, which wrap by the page's font as well as
        // its size: only the bar and the button scale with the size alone.
        for (const name of layout === 'bar' ? ['thermometer', 'track', 'donate'] : ['donate']) {
          const size = part(el, name).getBoundingClientRect();
          const plainSize = part(unstyled, name).getBoundingClientRect();
          expect(size.height, `${name} height`).to.be.closeTo(plainSize.height * ratio, 1);
        }
        // A 0.5em bar, or a tube at least 8em tall and as tall as the figures beside it; the donate
        // button 2.8em (a 1.4 line and 0.7em above and below).
        const height = (name: string) => part(el, name).getBoundingClientRect().height;
        if (layout === 'bar') expect(height('thermometer'), '0.5em').to.be.closeTo(0.5 * theme.fontSize, 1);
        else {
          expect(height('thermometer'), 'at least 8em').to.be.at.least(8 * theme.fontSize - 1);
          const figures = el.shadowRoot!.querySelector('.figures')!.getBoundingClientRect().height;
          expect(height('thermometer'), 'as tall as the figures').to.be.closeTo(
            Math.max(figures, 8 * theme.fontSize),
            1,
          );
        }
        expect(height('donate'), 'the button’s 2.8em').to.be.closeTo(2.8 * theme.fontSize, 1);
      });

      it(`fills ${gauge}’s track by the same share for the same total`, () => {
        const share = fillShare(widgetIn(themed, layout), layout);
        expect(share).to.be.closeTo(fillShare(widgetIn(reference, layout), layout), 0.005);
        expect(share).to.be.closeTo(0.62, 0.01);
      });

      it(`keeps ${gauge}’s donate link a visible button, clickable, its words readable`, () => {
        const el = widgetIn(themed, layout);
        const link = part(el, 'donate') as HTMLAnchorElement;
        const box = link.getBoundingClientRect();
        expect(box.width, 'width').to.be.above(80);
        expect(box.height, 'height').to.be.at.least(44);
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        expect(themed.document.elementFromPoint(x, y), 'what a click at its centre reaches').to.equal(el);
        expect(link.contains(el.shadowRoot!.elementFromPoint(x, y)), 'the click reaches the link').to.equal(
          true,
        );
        const style = themed.getComputedStyle(link);
        expect([style.visibility, style.opacity, themed.getComputedStyle(el).opacity]).to.deep.equal([
          'visible',
          '1',
          '1',
        ]);
        const words = themed.document.createRange();
        words.selectNodeContents(link);
        const text = words.getBoundingClientRect();
        expect(link.textContent!.trim()).to.equal('Donate');
        expect(text.width, 'the words’ width').to.be.above(20);
        expect(text.left).to.be.at.least(box.left);
        expect(text.right).to.be.at.most(box.right);
        expect(text.top).to.be.at.least(box.top);
        expect(text.bottom).to.be.at.most(box.bottom);
        expect(contrast(link), 'the words’ contrast').to.be.at.least(4.5);
      });

      it(`keeps ${gauge}’s six tiers inside the widget`, () => {
        const el = widgetIn(themed, layout);
        // All six shown: the first, and the rest behind "5 more ways to give", opened (and
        // closed again after, as on the page it is compared with).
        const more = el.shadowRoot!.querySelector('details')!;
        more.open = true;
        try {
          const base = part(el, 'base');
          const inside = base.getBoundingClientRect();
          for (const [index, tier] of tiers(el).entries()) {
            const box = tier.getBoundingClientRect();
            const what = `tier ${index + 1}`;
            expect(box.width, `${what} width`).to.be.above(0);
            expect(box.left, `${what} left`).to.be.at.least(inside.left - 0.5);
            expect(box.right, `${what} right`).to.be.at.most(inside.right + 0.5);
            expect(box.bottom, `${what} bottom`).to.be.at.most(inside.bottom + 0.5);
            expect(tier.scrollWidth, `${what}’s content`).to.be.at.most(tier.clientWidth + 1);
          }
          expect(base.scrollWidth, 'the widget’s content').to.be.at.most(base.clientWidth + 1);
          expect(inside.right).to.be.at.most(
            themed.document.getElementById('column')!.getBoundingClientRect().right,
          );
        } finally {
          more.open = false;
        }
      });

      it(`keeps ${gauge}’s figures at a contrast of 4.5:1 or more`, () => {
        const el = widgetIn(themed, layout);
        for (const name of ['percent', 'summary']) {
          expect(part(el, name).textContent).to.match(/\$620|62%/);
          expect(contrast(part(el, name)), name).to.be.at.least(4.5);
        }
      });

      it(`lets no rule of the page into ${gauge}: only the font and colour it inherits`, () => {
        const styled = ownStyles(widgetIn(themed, layout));
        const unstyled = ownStyles(widgetIn(reference, layout));
        expect(styled.map(({ name }) => name)).to.deep.equal(unstyled.map(({ name }) => name));
        const changed = styled.flatMap(({ name, values }, index) =>
          values.flatMap(([property, value], i) => {
            const plainValue = unstyled[index].values[i][1];
            return value === plainValue ? [] : [`${name}: ${property} ${value} (plain page: ${plainValue})`];
          }),
        );
        expect(changed).to.deep.equal([]);
      });
    }

    it('passes an axe audit, both widgets', async function () {
      // Half a megabyte of axe-core to load into the page, then two audits.
      this.timeout(20_000);
      await new Promise((resolve, reject) => {
        const script = themed.document.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        script.onload = resolve;
        script.onerror = reject;
        themed.document.head.append(script);
      });
      for (const layout of LAYOUTS) {
        const results = await themed.axe!.run(widgetIn(themed, layout));
        expect(results.violations.map((violation) => `${layout}: ${violation.id}`)).to.deep.equal([]);
      }
    });
  });
}

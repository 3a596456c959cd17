/**
 * The snippet builder's logic (demo/builder/snippet.ts), without its page: the state in the address,
 * the problems it names, and the text a blogger copies.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  DEFAULT_STATE,
  SCRIPT_URL,
  addGift,
  escapeAttribute,
  elementMarkup,
  reserveRoom,
  snippet,
  stateFromHash,
  stateToHash,
  totalsFromState,
  totalsJson,
  validate,
  withPreset,
  type BuilderState,
} from '../demo/builder/snippet.js';

const state = (changes: Partial<BuilderState> = {}): BuilderState => ({
  ...structuredClone(DEFAULT_STATE),
  ...changes,
});

/** The snippet parsed as a page would parse it. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

describe('builder: the state in the address', () => {
  it('round-trips every field and the tiers, in order, through the fragment', () => {
    const edited = state({
      source: 'file',
      src: 'https://gist.githubusercontent.com/me/abc/raw/totals.json',
      goal: '2,500',
      currency: 'EUR',
      locale: 'pt-BR',
      heading: 'Ajude & "já" <agora>',
      ends: '2027-05-31',
      layout: 'bar',
      theme: 'dark',
      tiers: [
        { amount: '10', label: 'a = b & c' },
        { amount: '5', label: 'second, #2' },
      ],
    });
    expect(stateFromHash(`#${stateToHash(edited)}`)).to.deep.equal(edited);
  });

  it('starts from the sample campaign with an empty address, and ignores choices it does not know', () => {
    expect(stateFromHash('')).to.deep.equal(DEFAULT_STATE);
    const odd = stateFromHash('layout=spiral&theme=neon&source=carrier-pigeon&goal=5');
    expect([odd.layout, odd.theme, odd.source, odd.goal]).to.deep.equal(['thermometer', '', 'post', '5']);
    expect(odd.tiers).to.deep.equal([]);
  });
});

// The day the tests stand on: the sample campaign's deadline is still ahead.
const NOW = Date.parse('2027-04-12T10:00:00Z');

describe('builder: problems, in words', () => {
  it('has none for the sample campaign', () => {
    expect(validate(state(), NOW)).to.deep.equal({});
  });

  for (const [what, changes, field, words] of [
    ['a javascript: donate link', { donateHref: 'javascript:alert(1)' }, 'donateHref', 'https://'],
    ['a donate link without a scheme', { donateHref: 'example.org/give' }, 'donateHref', 'https://'],
    ['no donate link', { donateHref: '' }, 'donateHref', 'way to donate'],
    ['a negative goal', { goal: '-100' }, 'goal', 'cannot be negative'],
    ['a zero goal', { goal: '0' }, 'goal', 'at least 1'],
    ['a currency Intl does not know', { currency: 'XYZ' }, 'currency', '“XYZ” is not a currency code'],
    ['a relative feed address', { source: 'file', src: 'totals.json' }, 'src', 'start'],
    ['a feed address that is not a URL', { source: 'file', src: 'https//nope' }, 'src', 'https://'],
    ['an amount raised in words', { raised: 'lots' }, 'raised', 'plain number'],
    ['a last day already over (a year typed as 27)', { ends: '0027-05-01' }, 'ends', 'check the year'],
    ['a last day over everywhere on Earth', { ends: '2027-04-10' }, 'ends', 'would say “Ended”'],
  ] as [string, Partial<BuilderState>, string, string][]) {
    it(`names ${what} beside its field`, () => {
      const problems = validate(state(changes), NOW);
      expect(Object.keys(problems)).to.deep.equal([field]);
      expect(problems[field]).to.contain(words);
    });
  }

  it('names a tier whose amount is not a number, and one with no label', () => {
    const problems = validate(
      state({
        tiers: [
          { amount: 'forty', label: 'covers a day' },
          { amount: '45', label: '  ' },
        ],
      }),
      NOW,
    );
    expect(Object.keys(problems)).to.deep.equal(['tier-0-amount', 'tier-1-label']);
    expect(problems['tier-0-amount']).to.contain('tier 1');
  });

  it('asks to replace a platform address’s placeholders, and for a goal only where the platform has none', () => {
    const everyOrg = withPreset(state(), 'every-org');
    expect([everyOrg.goal, everyOrg.currency], 'the platform’s goal, the blogger’s currency').to.deep.equal([
      '',
      'USD',
    ]);
    expect(Object.keys(validate(everyOrg, NOW))).to.deep.equal(['src']);
    expect(validate(everyOrg, NOW).src).to.contain('YOUR_');
    const openCollective = withPreset(state({ goal: '' }), 'open-collective');
    expect(
      Object.keys(validate({ ...openCollective, src: 'https://opencollective.com/pantry.json' }, NOW)),
    ).to.deep.equal(['goal']);
  });
});

describe('builder: the snippet', () => {
  it('is one line: the CDN script and the element inside one <div>, with the tiers and a donate link inside', () => {
    const text = snippet(state());
    expect(text).not.to.contain('\n');
    expect(
      text.startsWith(`<div><script type="module" src="${SCRIPT_URL}"></script><campaign-progress `),
    ).to.equal(true);
    expect(text.endsWith('</campaign-progress></div>')).to.equal(true);
    const element = parse(text).querySelector('campaign-progress')!;
    expect([...element.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      '$45 covers one day of undercover investigations',
      '$240 covers six days of aftercare for a victim',
      '$455 covers seven days of legal advocacy',
    ]);
    expect(element.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/donate');
    expect(element.getAttribute('donate-href')).to.equal('https://example.org/donate?amount={amount}');
    expect(element.getAttribute('raised')).to.equal('620');
  });

  it('escapes every attribute and text, so that a heading or label cannot break or inject markup', () => {
    const hostile = '"><img src=x onerror=alert(1)> & <b>';
    const text = elementMarkup(
      state({
        heading: hostile,
        donateLabel: hostile,
        donateHref: 'https://example.org/give?a="b"&c=<d>',
        tiers: [{ amount: '45', label: hostile }],
      }),
    );
    const page = parse(text);
    expect(page.querySelectorAll('img, b').length, 'elements injected').to.equal(0);
    const element = page.querySelector('campaign-progress')!;
    expect(element.getAttribute('heading')).to.equal(hostile);
    expect(element.querySelector('campaign-tier')!.textContent).to.equal(hostile);
    expect(element.querySelector('a')!.textContent).to.equal(hostile);
    expect(element.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/give?a="b"&c=<d>');
    expect(escapeAttribute('"<&>')).to.equal('&quot;&lt;&amp;&gt;');
  });

  it('writes a platform’s paths, and no goal or raised for a file of one’s own', () => {
    const everyOrg = parse(elementMarkup(withPreset(state({ goal: '' }), 'every-org'))).querySelector(
      'campaign-progress',
    )!;
    expect(everyOrg.getAttribute('goal-path')).to.equal('goalAmount');
    expect(everyOrg.getAttribute('donors-path')).to.equal('supporters');
    expect(everyOrg.getAttribute('amount-unit')).to.equal('minor');
    expect(everyOrg.hasAttribute('raised-path')).to.equal(false);
    const file = parse(elementMarkup(state({ source: 'file' }))).querySelector('campaign-progress')!;
    expect(file.getAttribute('src')).to.equal('/totals.json');
    expect(file.hasAttribute('goal')).to.equal(false);
    expect(file.hasAttribute('raised')).to.equal(false);
  });

  it('formats the fallback amounts in the chosen language and currency, and leaves defaults out', () => {
    const element = parse(
      elementMarkup(state({ currency: 'eur', locale: 'de', goal: '1,000' })),
    ).querySelector('campaign-progress')!;
    expect(element.querySelector('li')!.textContent).to.equal(
      '45\u00a0€ covers one day of undercover investigations',
    );
    expect(element.getAttribute('currency')).to.equal('EUR');
    expect(element.getAttribute('goal')).to.equal('1000');
    expect(element.hasAttribute('layout')).to.equal(false);
    expect(element.hasAttribute('theme')).to.equal(false);
  });
});

describe('builder: the room to reserve', () => {
  it('is the README’s height without tiers, and the tiers’ heights with them, taller on phones', () => {
    expect(reserveRoom(state({ tiers: [] })).css).to.equal(
      'campaign-progress:not(:defined) { display: block; min-height: 16.2em; } ' +
        '@media (max-width: 24em) { campaign-progress:not(:defined) { display: block; min-height: 18.3em; } }',
    );
    const withTiers = reserveRoom(state());
    expect(withTiers.css).to.contain('min-height: 21.2em;');
    expect(withTiers.css).to.contain('@media (max-width: 30em) { campaign-progress:not(:defined) {');
    expect(withTiers.css).to.contain('min-height: 26.4em;');
    expect(withTiers.css).to.contain('@media (max-width: 24em) { campaign-progress:not(:defined) {');
    expect(withTiers.css).to.contain('min-height: 33.5em;');
    // The small phone's step comes last, so that it wins where both apply.
    expect(withTiers.css.indexOf('33.5em')).to.be.greaterThan(withTiers.css.indexOf('26.4em'));
    expect(withTiers.css).not.to.contain('\n');
    expect(withTiers.explanation).to.contain('21.2em');
  });
});

describe('builder: the room it reserves, on the page', function () {
  // A page, then the widget's sources, three times over.
  this.timeout(20_000);
  const sixTiers = [
    ...DEFAULT_STATE.tiers,
    { amount: '2540', label: 'covers one day of operations in a field office' },
    {
      amount: '4500',
      label: 'covers one rescue operation for victims of sex trafficking or forced-labour slavery',
    },
    { amount: '18500', label: 'covers a national lawyer advocating for the oppressed, for a year' },
  ];
  const withFeed = state({ source: 'file', src: '/test/fixtures/totals.json', tiers: sixTiers });
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const width of [280, 375, 700]) {
    it(`holds the widget’s height within a line in a ${width} px column, so the page barely moves`, async () => {
      frame = document.createElement('iframe');
      // The window a little wider than the column, as on a phone: the steps go by the window.
      frame.style.setProperty('width', `${width + 40}px`);
      frame.style.setProperty('height', '1000px');
      const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
      frame.src = '/test/fixtures/empty-post.html';
      document.body.append(frame);
      await loaded;
      const post = frame.contentWindow as Window & typeof globalThis;
      post.document.body.style.cssText = 'margin: 20px; font: 16px/1.5 system-ui, sans-serif';
      const sheet = new post.CSSStyleSheet();
      sheet.replaceSync(reserveRoom(withFeed).css);
      post.document.adoptedStyleSheets = [sheet];
      post.document.body.innerHTML = `<div style="width: ${width}px">${elementMarkup(withFeed)}</div>`;
      const el = post.document.querySelector('campaign-progress')!;
      const reserved = el.getBoundingClientRect().height;

      const script = post.document.createElement('script');
      script.type = 'module';
      script.src = '/src/define.ts';
      post.document.head.append(script);
      await waitUntil(
        () => el.shadowRoot?.querySelector('[part=summary]')?.textContent,
        'it never showed figures',
        { timeout: 10_000 },
      );
      const line = 24;
      expect(el.getBoundingClientRect().height).to.be.closeTo(reserved, line);
    });
  }
});

describe('builder: totals.json', () => {
  const now = new Date('2027-04-12T10:00:00.000Z');

  it('writes the README’s fields from the form', () => {
    const json = JSON.parse(totalsJson(totalsFromState(state({ raised: '1,234.5' }), now)));
    expect(json).to.deep.equal({
      raised: 1234.5,
      goal: 1000,
      currency: 'USD',
      donors: 14,
      updated: '2027-04-12T10:00:00.000Z',
    });
  });

  it('adds a gift: raised up by it, one more donor, updated now, exact in cents', () => {
    const after = addGift(state({ raised: '620.10', donors: '14' }), 50.2, now);
    expect([after.raised, after.donors, after.updated]).to.deep.equal(['670.3', '15', now.toISOString()]);
    expect(addGift(state({ raised: '0.1', donors: '' }), 0.2, now).raised).to.equal('0.3');
    expect(addGift(state({ currency: 'JPY', raised: '1000' }), 499.6, now).raised).to.equal('1500');
  });
});

/**
 * The snippet builder's logic, with no DOM: the form's state and its address, what is wrong with it,
 * and the text a blogger copies (the one-line snippet, the reserve-room CSS line, a totals.json).
 * demo/builder/builder.ts wires it to the page.
 */
import { fillAmount } from '../../src/safe-url.js';

/** Where the widget's totals come from. */
export type Source = 'post' | 'file' | 'preset';

export interface Tier {
  amount: string;
  label: string;
}

/** Everything the form holds, as typed: strings, so that a half-typed value survives a reload. */
export interface BuilderState {
  source: Source;
  /** The amount raised so far: the `raised` attribute, or the totals.json's `raised`. */
  raised: string;
  donors: string;
  /** When totals.json's figures last changed, ISO 8601. */
  updated: string;
  src: string;
  preset: string;
  raisedPath: string;
  goalPath: string;
  donorsPath: string;
  currencyPath: string;
  amountUnit: '' | 'minor';
  goal: string;
  currency: string;
  /** A language tag, or '' for the page's language. */
  locale: string;
  heading: string;
  /** `YYYY-MM-DD`, or ''. */
  ends: string;
  donateHref: string;
  donateLabel: string;
  tiers: Tier[];
  layout: 'thermometer' | 'bar';
  theme: '' | 'light' | 'dark' | 'auto';
  /** `fallback`: the snippet carries the widget's picture, for RSS readers, e-mail copies and no JavaScript. */
  picture: '' | 'fallback';
  /** Where the blogger uploads progress.png. */
  pictureSrc: string;
}

/** The one-file build on jsDelivr, the major range: what a blogger's page loads. */
export const SCRIPT_URL = 'https://cdn.jsdelivr.net/npm/campaign-progress@1/dist/campaign-progress.js';

/** The widget's languages, by tag, named in their own words. */
export const LANGUAGES: [tag: string, name: string][] = [
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['pt-BR', 'Português (Brasil)'],
  ['ar', 'العربية'],
];

export interface Preset {
  name: string;
  /** The feed's address, with the parts a blogger must replace in capitals (`YOUR_…`). */
  src: string;
  raisedPath: string;
  goalPath: string;
  donorsPath: string;
  currencyPath: string;
  amountUnit: '' | 'minor';
  /** Whether the platform's answer holds a goal; without one, the page must give it. */
  hasGoal: boolean;
  /** What the blogger should know, from docs/recipes.md. */
  note: string;
}

/** The platforms of docs/recipes.md, with the recipes' attributes. */
export const PRESETS: Record<string, Preset> = {
  'every-org': {
    name: 'Every.org',
    src: 'https://partners.every.org/v0.2/nonprofit/YOUR_NONPROFIT/fundraiser/YOUR_FUNDRAISER/raised?apiKey=pk_live_YOUR_KEY',
    raisedPath: 'raised',
    goalPath: 'goalAmount',
    donorsPath: 'supporters',
    currencyPath: 'currency',
    amountUnit: 'minor',
    hasGoal: true,
    note: 'A fundraiser’s totals, read from the page with Every.org’s public key (made for web pages). Amounts in cents.',
  },
  'open-collective': {
    name: 'Open Collective',
    src: 'https://opencollective.com/YOUR_COLLECTIVE.json',
    raisedPath: 'balance',
    goalPath: 'goal',
    donorsPath: 'backersCount',
    currencyPath: 'currency',
    amountUnit: 'minor',
    hasGoal: false,
    note: 'A collective’s public figures, no key. There is no goal in them: give yours. The balance is what the collective holds now, after expenses: say on the page what the bar measures.',
  },
  justgiving: {
    name: 'JustGiving',
    src: 'https://api.justgiving.com/YOUR_APP_ID/v1/fundraising/pages/YOUR_PAGE',
    raisedPath: 'grandTotalRaisedExcludingGiftAid',
    goalPath: 'fundraisingTarget',
    donorsPath: 'donors',
    currencyPath: 'currencyCode',
    amountUnit: '',
    hasGoal: true,
    note: 'A fundraising page’s details. Whether JustGiving lets other sites read them is not verified, and an App ID in a page is public: a server-side step that writes your own totals.json is safer.',
  },
  tiltify: {
    name: 'Tiltify (saved by a server-side step)',
    src: '/tiltify-campaign.json',
    raisedPath: 'data.amount_raised.value',
    goalPath: 'data.goal.value',
    donorsPath: 'donors',
    currencyPath: 'data.amount_raised.currency',
    amountUnit: '',
    hasGoal: true,
    note: 'Tiltify needs a secret token, so a page cannot ask it: a job on your server saves the campaign as it is, on your site (docs/recipes.md has one).',
  },
  givebutter: {
    name: 'Givebutter (saved by a server-side step)',
    src: '/givebutter-campaigns.json',
    raisedPath: 'data.0.raised',
    goalPath: 'data.0.goal',
    donorsPath: 'data.0.donors',
    currencyPath: 'data.0.currency',
    amountUnit: '',
    hasGoal: true,
    note: 'Givebutter needs a secret API key: a job on your server saves its answer on your site. Check one campaign against its page: add “amounts in cents” if the figures are 100 times too big.',
  },
};

/** The sample campaign (the demo's appeal), which the builder starts from. */
export const DEFAULT_STATE: BuilderState = {
  source: 'post',
  raised: '620',
  donors: '14',
  updated: '',
  src: '/totals.json',
  preset: 'every-org',
  raisedPath: '',
  goalPath: '',
  donorsPath: '',
  currencyPath: '',
  amountUnit: '',
  goal: '1000',
  currency: 'USD',
  locale: '',
  heading: 'Make a Difference for Freedom',
  ends: '2027-04-30',
  donateHref: 'https://example.org/donate?amount={amount}',
  donateLabel: '',
  tiers: [
    { amount: '45', label: 'covers one day of undercover investigations' },
    { amount: '240', label: 'covers six days of aftercare for a victim' },
    { amount: '455', label: 'covers seven days of legal advocacy' },
  ],
  layout: 'thermometer',
  theme: '',
  picture: '',
  pictureSrc: 'progress.png',
};

// The state's plain text fields, by their name in the address.
const FIELDS = {
  source: 'source',
  raised: 'raised',
  donors: 'donors',
  updated: 'updated',
  src: 'src',
  preset: 'preset',
  raisedPath: 'raised-path',
  goalPath: 'goal-path',
  donorsPath: 'donors-path',
  currencyPath: 'currency-path',
  amountUnit: 'amount-unit',
  goal: 'goal',
  currency: 'currency',
  locale: 'locale',
  heading: 'heading',
  ends: 'ends',
  donateHref: 'donate-href',
  donateLabel: 'donate-label',
  layout: 'layout',
  theme: 'theme',
  picture: 'picture',
  pictureSrc: 'picture-src',
} as const satisfies Record<Exclude<keyof BuilderState, 'tiers'>, string>;

type TextField = keyof typeof FIELDS;

// Values a choice may take; anything else in an address falls back to the default.
const CHOICES: Partial<Record<TextField, readonly string[]>> = {
  source: ['post', 'file', 'preset'],
  preset: Object.keys(PRESETS),
  amountUnit: ['', 'minor'],
  locale: ['', ...LANGUAGES.map(([tag]) => tag)],
  layout: ['thermometer', 'bar'],
  theme: ['', 'light', 'dark', 'auto'],
  picture: ['', 'fallback'],
};

/**
 * The state as a URL fragment's text (`source=post&goal=1000…`, tiers as repeated `tier-amount` and
 * `tier-label` pairs), for the page's address: a blogger bookmarks it and comes back to edit. Kept
 * in the fragment, which the browser never sends to a server.
 */
export function stateToHash(state: BuilderState): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(FIELDS) as [TextField, string][]) params.set(name, state[key]);
  for (const tier of state.tiers) {
    params.append('tier-amount', tier.amount);
    params.append('tier-label', tier.label);
  }
  return params.toString();
}

/** The state in a fragment written by {@link stateToHash} (with or without its `#`); the defaults for what it lacks. */
export function stateFromHash(hash: string): BuilderState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (![...params.keys()].length) return structuredClone(DEFAULT_STATE);
  const state = structuredClone(DEFAULT_STATE) as unknown as Record<string, unknown>;
  for (const [key, name] of Object.entries(FIELDS) as [TextField, string][]) {
    const value = params.get(name);
    if (value === null) continue;
    const allowed = CHOICES[key];
    if (!allowed || allowed.includes(value)) state[key] = value;
  }
  const amounts = params.getAll('tier-amount');
  const labels = params.getAll('tier-label');
  state.tiers = amounts.map((amount, i) => ({ amount, label: labels[i] ?? '' }));
  return state as unknown as BuilderState;
}

/** The state with a platform's address and paths filled in, and its goal (where it has one) and currency. */
export function withPreset(state: BuilderState, id: string): BuilderState {
  const preset = PRESETS[id];
  if (!preset) return state;
  const { src, raisedPath, goalPath, donorsPath, currencyPath, amountUnit } = preset;
  return {
    ...state,
    // The platform's own goal, unless the blogger gives theirs. The currency stays: it is the one the
    // blogger raises in, and the fallback list writes its amounts in it.
    goal: preset.hasGoal ? '' : state.goal,
    source: 'preset',
    preset: id,
    src,
    raisedPath,
    goalPath,
    donorsPath,
    currencyPath,
    amountUnit,
  };
}

/** A field's problem, in words for the blogger, keyed by the field (tiers as `tier-0-amount`…). */
export type Problems = Record<string, string>;

// Plain decimals, with commas grouping thousands if the blogger likes: what the widget reads.
const AMOUNT = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** `text` as an amount (`1,000` → 1000), or undefined when it is not a plain, finite decimal. */
export function parseAmount(text: string): number | undefined {
  const trimmed = text.trim();
  return AMOUNT.test(trimmed) ? Number(trimmed.replaceAll(',', '')) : undefined;
}

/** Whether `code` is an ISO 4217 currency this browser's `Intl` knows. */
export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

function isWebUrl(text: string, schemes: RegExp): boolean {
  try {
    return schemes.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Every problem with `state` that would put a broken or misleading widget on a blogger's page. */
export function validate(state: BuilderState, now = Date.now()): Problems {
  const problems: Problems = {};
  const usesFeed = state.source !== 'post';
  const hasFeedGoal = state.source === 'preset' && !!PRESETS[state.preset]?.hasGoal;

  if (state.source !== 'preset') {
    const raised = parseAmount(state.raised);
    if (raised === undefined)
      problems.raised =
        'Enter the amount raised so far as a plain number, 0 or more, such as 620 or 1,250.50.';
  }
  if (state.source === 'file' && state.donors.trim() && !/^\d+$/.test(state.donors.trim()))
    problems.donors = 'Enter the number of donors as a whole number, such as 14, or leave it empty.';

  if (usesFeed) {
    const src = state.src.trim();
    if (!src) problems.src = 'Enter the address of the totals file.';
    else if (/YOUR_/.test(src)) problems.src = 'Replace each YOUR_… part of the address with your own.';
    else if (!src.startsWith('/') || src.startsWith('//')) {
      if (!isWebUrl(src, /^https?:$/))
        problems.src =
          'Enter an address starting with / (a file on your own site, such as /totals.json) or https://. A relative address such as totals.json breaks on a post’s own page, where it means another folder.';
    }
    for (const key of ['raisedPath', 'goalPath', 'donorsPath', 'currencyPath'] as const) {
      if (state.source === 'preset' && !/^[\w$-]+(\.[\w$-]+)*$/.test(state[key].trim()))
        problems[key] = 'Enter a dotted path of keys and list indexes, such as data.amount_raised.value.';
    }
  }

  const goal = state.goal.trim();
  if (goal || !hasFeedGoal) {
    const value = parseAmount(goal);
    if (value === undefined || value < 1)
      problems.goal = goal.startsWith('-')
        ? 'The goal cannot be negative: enter the amount you hope to raise, such as 1000.'
        : 'Enter a goal of at least 1, as a plain number such as 1000 or 1,000.';
  }

  const currency = state.currency.trim();
  if (!currency && state.source !== 'preset')
    problems.currency = 'Enter the currency’s three-letter code, such as USD, EUR or GBP.';
  else if (currency) {
    if (!isKnownCurrency(currency.toUpperCase()))
      problems.currency = `“${currency}” is not a currency code this browser knows: use a three-letter ISO 4217 code such as USD, EUR or GBP.`;
  }

  if (state.ends && !/^\d{4}-\d{2}-\d{2}$/.test(state.ends))
    problems.ends = 'Enter the last day of the campaign as a date, such as 2027-04-30.';
  // The widget ends a bare date when that day is over everywhere on Earth (at UTC−12).
  else if (state.ends && Date.parse(`${state.ends}T23:59:59.999-12:00`) < now)
    problems.ends = `That day is over (check the year: ${state.ends.slice(0, 4)}): the widget would say “Ended”. Enter the campaign’s last day, or none.`;

  const href = state.donateHref.trim();
  if (!href) problems.donateHref = 'Enter the page where readers give: every widget needs a way to donate.';
  else if (!isWebUrl(href.replace(/\{amount\}/g, '1'), /^(https?|mailto):$/))
    problems.donateHref =
      'Enter a full address starting with https:// (or http://), or a mailto: address. Other links are refused.';

  state.tiers.forEach((tier, i) => {
    const amount = parseAmount(tier.amount);
    if (amount === undefined || amount <= 0)
      problems[`tier-${i}-amount`] = `Enter tier ${i + 1}’s amount as a plain number above 0, such as 45.`;
    if (!tier.label.trim()) problems[`tier-${i}-label`] = `Say what tier ${i + 1}’s amount does.`;
  });
  return problems;
}

/** Text escaped for an HTML attribute's value in double quotes. */
export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** Text escaped for HTML element content. */
export function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The element's attributes, in the order a reader of the snippet expects, with no default written out. */
export function attributes(state: BuilderState): [name: string, value: string][] {
  const list: [string, string | undefined][] = [];
  if (state.source === 'post') list.push(['raised', normalAmount(state.raised)]);
  else list.push(['src', state.src.trim()]);
  if (state.source !== 'file') list.push(['goal', normalAmount(state.goal)]);
  list.push(['currency', state.currency.trim().toUpperCase()]);
  if (state.source === 'preset') {
    for (const [name, key, fallback] of [
      ['raised-path', 'raisedPath', 'raised'],
      ['goal-path', 'goalPath', 'goal'],
      ['donors-path', 'donorsPath', 'donors'],
      ['currency-path', 'currencyPath', 'currency'],
    ] as const) {
      const path = state[key].trim();
      if (path !== fallback) list.push([name, path]);
    }
    list.push(['amount-unit', state.amountUnit]);
  }
  list.push(
    ['locale', state.locale],
    ['heading', state.heading.trim()],
    ['ends', state.ends],
    ['donate-href', state.donateHref.trim()],
    ['donate-label', state.donateLabel.trim()],
    ['layout', state.layout === 'thermometer' ? '' : state.layout],
    ['theme', state.theme],
  );
  return list.filter((pair): pair is [string, string] => !!pair[1]);
}

// The amount as the widget reads it best: no grouping commas.
function normalAmount(text: string): string | undefined {
  return parseAmount(text)?.toString();
}

/** `amount` as money for the fallback list, like the widget would show it; a plain number without a currency. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const code = currency.trim().toUpperCase();
  if (!isKnownCurrency(code)) return new Intl.NumberFormat(locale || 'en').format(amount);
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locale || 'en', {
    style: 'currency',
    currency: code,
    ...(whole ? { minimumFractionDigits: 0 } : {}),
  }).format(amount);
}

/** The widget's picture as the snippet shows it: its alt text and its size in CSS px. */
export interface PictureFallback {
  alt: string;
  width: number;
  height: number;
}

/**
 * The element with its fallback content, for readers whose browser does not run the script (a
 * blocked script, an RSS reader, an e-mail copy): the widget's picture when the blogger asks for it
 * and `picture` says what it shows, the tiers as a list, then the donate link. The tiers carry no
 * links of their own, so that the donate link is the first link inside the element.
 */
export function elementMarkup(state: BuilderState, picture?: PictureFallback): string {
  const attrs = attributes(state)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const tiers = state.tiers
    .map((tier) => {
      const amount = parseAmount(tier.amount) ?? 0;
      const shown = formatMoney(amount, state.currency, state.locale);
      return `<li>${escapeText(shown)} <campaign-tier amount="${amount}">${escapeText(tier.label.trim())}</campaign-tier></li>`;
    })
    .join('');
  const list = tiers ? `<ul>${tiers}</ul>` : '';
  const href = fillAmount(state.donateHref.trim());
  const label = state.donateLabel.trim() || 'Donate';
  // Its size written out, so that a mail client or feed reader keeps its room while it loads.
  const image =
    state.picture === 'fallback' && picture
      ? `<img src="${escapeAttribute(state.pictureSrc.trim())}" alt="${escapeAttribute(picture.alt)}" width="${picture.width}" height="${picture.height}">`
      : '';
  return `<campaign-progress${attrs}>${image}${list}<a href="${escapeAttribute(href)}">${escapeText(label)}</a></campaign-progress>`;
}

/**
 * The one-line snippet: the script and the element, inside one `<div>`. One line, because Blogger
 * can turn line breaks into `<br>`, which shreds a tag written over several lines; the `<div>`,
 * because WordPress's and Hugo's automatic paragraphs would otherwise put the element in a `<p>`,
 * which the browser closes at the fallback list, pushing the tiers out of the widget.
 */
export function snippet(state: BuilderState, picture?: PictureFallback): string {
  return `<div><script type="module" src="${SCRIPT_URL}"></script>${elementMarkup(state, picture)}</div>`;
}

/** The room to reserve before the script runs, and why that much. */
export interface Reserve {
  css: string;
  explanation: string;
}

/**
 * The reserve-room CSS line, from the heights the README measured, by the column a phone or a wider
 * window gives: without tiers about 16.2em (a column 340 px or wider), up to 18.3em in a narrower
 * one; with six tiers about 21.2em in a 600–700 px column, 26.4em in a phone's (375 px) and 33.5em in
 * a small phone's (280 px). A column's width is not the window's, so the steps go by the window.
 */
export function reserveRoom(state: BuilderState): Reserve {
  const rule = (height: string) =>
    `campaign-progress:not(:defined) { display: block; min-height: ${height}; }`;
  const narrow = (width: string, height: string) => `@media (max-width: ${width}) { ${rule(height)} }`;
  // Feed readers and mail clients never see this stylesheet: they show the picture. On the blog it
  // shows only where scripts never run, so that where the widget comes it takes no room before it,
  // and the page does not move by the picture's height when the widget takes its place.
  const picture =
    state.picture === 'fallback'
      ? ' campaign-progress:not(:defined) > img { display: none; } @media (scripting: none) { campaign-progress > img { display: block; max-width: 100%; height: auto; } }'
      : '';
  const withPicture = (reserve: Reserve): Reserve =>
    picture
      ? {
          css: reserve.css + picture,
          explanation: `${reserve.explanation} The picture inside the snippet shows in feed readers and e-mail, which never load your stylesheet, and on your blog only to readers whose browser runs no scripts: where the widget comes, it takes no room, so it never moves the page.`,
        }
      : reserve;
  // Measured with scripts/measure-room.mjs: English, the thermometer, a sans-serif font at 16 px.
  if (!state.tiers.length)
    return withPicture({
      css: `${rule('16.2em')} ${narrow('24em', '18.3em')}`,
      explanation:
        'About 16.2em: the widget’s height without tiers in a column 340 px or wider, and up to 18.3em on a small phone or in a narrow sidebar, where the heading and figures wrap.',
    });
  return withPicture({
    css: `${rule('21.2em')} ${narrow('30em', '26.4em')} ${narrow('24em', '33.5em')}`,
    explanation:
      'With tiers: about 21.2em in a column 600 px or wider (within a line from 600 to 700 px), 26.4em on phones (a 375 px one) and up to 33.5em on small phones (280 px). Those are the heights with six tiers, a deadline and a feed, in English, in the post’s own font size; in another language, with fewer tiers, or in a column between the steps, the widget differs by a line or two, and the page moves by that much when it appears.',
  });
}

/** The figures of a hand-kept totals.json. */
export interface Totals {
  raised: number;
  goal: number;
  currency: string;
  donors?: number;
  updated: string;
}

/** The totals.json a blogger uploads for a hand-kept campaign, from the form's state (`now` when it has no time yet). */
export function totalsFromState(state: BuilderState, now: Date): Totals {
  const donors = state.donors.trim() ? Number(state.donors) : undefined;
  return {
    raised: parseAmount(state.raised) ?? 0,
    goal: parseAmount(state.goal) ?? 0,
    currency: state.currency.trim().toUpperCase(),
    ...(donors === undefined ? {} : { donors }),
    updated: state.updated || now.toISOString(),
  };
}

/** The file's text: the README's field order, one field a line, for bloggers who open it to edit. */
export function totalsJson(totals: Totals): string {
  return `${JSON.stringify(totals, null, 2)}\n`;
}

/**
 * The state after a gift of `gift` (a plain amount): raised goes up, one more donor, updated now.
 * Added in the currency's smallest unit, so that 0.1 + 0.2 is 0.3.
 */
export function addGift(state: BuilderState, gift: number, now: Date): BuilderState {
  const code = state.currency.trim().toUpperCase();
  const digits = isKnownCurrency(code)
    ? (new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2)
    : 2;
  const scale = 10 ** digits;
  const raised = (Math.round((parseAmount(state.raised) ?? 0) * scale) + Math.round(gift * scale)) / scale;
  const donors = state.donors.trim() ? Number(state.donors) + 1 : 1;
  return { ...state, raised: String(raised), donors: String(donors), updated: now.toISOString() };
}

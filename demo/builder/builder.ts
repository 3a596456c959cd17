/**
 * The snippet builder's page (demo/builder.html): the form in, the live widget, the snippet and
 * totals.json out, and the state kept in the address. The logic is in ./snippet.ts.
 */
import { readJson } from '../../src/json.js';
import { canvasMeasure, pictureOf } from '../../src/picture/browser.js';
import { pictureContent } from '../../src/picture/content.js';
import { pictureSvg, type PictureOptions } from '../../src/picture/svg.js';
import { checkSettings } from '../../src/settings.js';
import { readTotals, type Totals } from '../../src/totals.js';
import { viewOf, type View } from '../../src/view.js';
import {
  LANGUAGES,
  PRESETS,
  addGift,
  isKnownCurrency,
  parseAmount,
  reserveRoom,
  snippet,
  stateFromHash,
  stateToHash,
  totalsFromState,
  totalsJson,
  validate,
  withPreset,
  type BuilderState,
  type PictureFallback,
  type Problems,
} from './snippet.js';

const form = document.getElementById('builder-form') as HTMLFormElement;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
// Made with its attributes before it joins the page, so that it never starts with none.
const preview = document.createElement('campaign-progress');
preview.id = 'preview-widget';

// The form's plain fields, by the state's key (each input's id).
const TEXT_FIELDS = [
  'raised',
  'donors',
  'src',
  'raisedPath',
  'goalPath',
  'donorsPath',
  'currencyPath',
  'goal',
  'currency',
  'locale',
  'heading',
  'ends',
  'donateHref',
  'donateLabel',
  'theme',
  'preset',
  'pictureSrc',
] as const;

let state: BuilderState = stateFromHash(location.hash);

function fillChoices() {
  const presetSelect = byId<HTMLSelectElement>('preset');
  for (const [id, preset] of Object.entries(PRESETS)) presetSelect.add(new Option(preset.name, id));
  const locale = byId<HTMLSelectElement>('locale');
  for (const [tag, name] of LANGUAGES) {
    const option = new Option(`${name} (${tag})`, tag);
    option.lang = tag;
    locale.add(option);
  }
  const currencies = byId<HTMLDataListElement>('currencies');
  for (const code of Intl.supportedValuesOf('currency')) currencies.append(new Option(code));
}

/** Puts `state` into every field of the form. */
function writeForm() {
  for (const key of TEXT_FIELDS) (byId<HTMLInputElement>(key) as HTMLInputElement).value = state[key];
  byId<HTMLInputElement>(`source-${state.source}`).checked = true;
  byId<HTMLInputElement>(`layout-${state.layout}`).checked = true;
  byId<HTMLInputElement>('amountUnit').checked = state.amountUnit === 'minor';
  byId<HTMLInputElement>('picture').checked = state.picture === 'fallback';
  renderTiers();
}

/** The state as the form holds it now. */
function readForm(): BuilderState {
  const next = { ...state, tiers: state.tiers.map((tier) => ({ ...tier })) };
  for (const key of TEXT_FIELDS) (next as Record<string, unknown>)[key] = byId<HTMLInputElement>(key).value;
  next.source = (form.elements.namedItem('source') as RadioNodeList).value as BuilderState['source'];
  next.layout = (form.elements.namedItem('layout') as RadioNodeList).value as BuilderState['layout'];
  next.amountUnit = byId<HTMLInputElement>('amountUnit').checked ? 'minor' : '';
  next.picture = byId<HTMLInputElement>('picture').checked ? 'fallback' : '';
  document.querySelectorAll<HTMLInputElement>('#tiers [data-tier]').forEach((input) => {
    const tier = next.tiers[Number(input.dataset.tier)];
    if (tier) tier[input.dataset.part as 'amount' | 'label'] = input.value;
  });
  return next;
}

/** One row of the tier editor: amount, label and buttons to move or remove it, all by keyboard. */
function tierRow(index: number, count: number): HTMLLIElement {
  const tier = state.tiers[index];
  const row = document.createElement('li');
  row.className = 'tier-row';
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = `Tier ${index + 1}`;
  group.append(legend);
  for (const [part, label, value] of [
    ['amount', 'Amount', tier.amount],
    ['label', 'What it does', tier.label],
  ] as const) {
    const field = document.createElement('div');
    field.className = `field tier-${part}`;
    const id = `tier-${index}-${part}`;
    const labelElement = document.createElement('label');
    labelElement.htmlFor = id;
    labelElement.textContent = label;
    const input = document.createElement('input');
    input.type = 'text';
    input.id = id;
    input.value = value;
    input.dataset.tier = String(index);
    input.dataset.part = part;
    if (part === 'amount') input.inputMode = 'decimal';
    input.setAttribute('aria-describedby', `${id}-problem`);
    const problem = document.createElement('p');
    problem.className = 'problem';
    problem.id = `${id}-problem`;
    field.append(labelElement, input, problem);
    group.append(field);
  }
  const actions = document.createElement('div');
  actions.className = 'row tier-actions';
  for (const [action, text, disabled] of [
    ['up', 'Move up', index === 0],
    ['down', 'Move down', index === count - 1],
    ['remove', 'Remove', false],
  ] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.dataset.action = action;
    button.dataset.index = String(index);
    button.disabled = disabled;
    // The visible words first, so that speech input finds the button by what it shows.
    button.setAttribute('aria-label', `${text} tier ${index + 1}`);
    actions.append(button);
  }
  group.append(actions);
  row.append(group);
  return row;
}

function renderTiers() {
  const list = byId<HTMLOListElement>('tiers');
  list.replaceChildren(...state.tiers.map((_, i) => tierRow(i, state.tiers.length)));
}

function onTierAction(event: Event) {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
  if (!button) return;
  state = readForm();
  const { action } = button.dataset;
  const index = Number(button.dataset.index);
  const tiers = state.tiers;
  let focusNext: () => HTMLElement | null;
  if (action === 'remove') {
    tiers.splice(index, 1);
    const next = Math.min(index, tiers.length - 1);
    focusNext = () => (tiers.length ? byId(`tier-${next}-amount`) : byId('add-tier'));
  } else {
    const to = action === 'up' ? index - 1 : index + 1;
    [tiers[index], tiers[to]] = [tiers[to], tiers[index]];
    // Focus follows the tier: the same button, or the other way once it reaches an end.
    focusNext = () =>
      [action, action === 'up' ? 'down' : 'up']
        .map((name) =>
          document.querySelector<HTMLButtonElement>(`button[data-action="${name}"][data-index="${to}"]`),
        )
        .find((candidate) => candidate && !candidate.disabled) ?? null;
  }
  renderTiers();
  focusNext()?.focus();
  update();
}

function addTier() {
  state = readForm();
  state.tiers.push({ amount: '', label: '' });
  renderTiers();
  byId<HTMLInputElement>(`tier-${state.tiers.length - 1}-amount`).focus();
  update();
}

/** Marks each field with its problem, in words beside it, or clears the mark. */
function showProblems(problems: Problems) {
  form.querySelectorAll<HTMLElement>('.problem').forEach((element) => {
    const key = element.id.replace(/-problem$/, '');
    if (key === 'gift') return;
    element.textContent = problems[key] ?? '';
    const input = document.getElementById(key);
    if (!input) return;
    if (problems[key]) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  });
}

/** Shows only the fields the chosen source uses. */
function showSourceFields() {
  const { source } = state;
  byId('preset-fields').hidden = source !== 'preset';
  byId('paths-fields').hidden = source !== 'preset';
  byId('src-fields').hidden = source === 'post';
  byId('raised-field').hidden = source === 'preset';
  byId('donors-field').hidden = source !== 'file';
  byId('gift-field').hidden = source === 'preset';
  byId('totals-output-section').hidden = source !== 'file';
  byId('preset-note').textContent = PRESETS[state.preset]?.note ?? '';
  document.querySelector('label[for="src"]')!.textContent =
    source === 'preset' ? 'Address of the platform’s figures' : 'Address of the file';
  byId('currency-hint').textContent =
    source === 'preset'
      ? 'Leave it empty to show the platform’s currency. A three-letter ISO 4217 code: USD, EUR, GBP, JPY…'
      : 'A three-letter ISO 4217 code: USD, EUR, GBP, JPY…';
  byId('goal-hint').textContent =
    source === 'preset'
      ? PRESETS[state.preset]?.hasGoal
        ? 'Leave it empty to show the platform’s goal.'
        : 'This platform gives no goal: give yours.'
      : source === 'file'
        ? 'Written into totals.json.'
        : '';
}

// The widget's attributes the builder sets, so that it can clear those it no longer wants.
let previewAttributes: string[] = [];
let previewSrcTimer: ReturnType<typeof setTimeout> | undefined;

/** The feed the preview may read: only an address anyone can read, not a placeholder or a path on the blogger's site. */
function previewableSrc(): string | undefined {
  if (state.source === 'post') return undefined;
  const src = state.src.trim();
  if (/YOUR_/.test(src) || !/^https?:\/\//.test(src)) return undefined;
  return src;
}

/** The live widget, set as the snippet sets it (a file on the blogger's own site shown from the form's figures). */
function updatePreview(problems: Problems) {
  const attrs = new Map<string, string>();
  for (const [name, value] of attributesForPreview()) attrs.set(name, value);
  const src = previewableSrc();
  attrs.delete('src');
  if (!src) {
    // The form's figures (for a platform not yet read, the sample campaign's) stand in for the feed.
    attrs.set('raised', String(parseAmount(state.raised) ?? 0));
    if (!attrs.has('goal')) attrs.set('goal', String(parseAmount(state.goal) ?? 1000));
  }
  for (const name of previewAttributes) if (!attrs.has(name) && name !== 'src') preview.removeAttribute(name);
  for (const [name, value] of attrs)
    if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  previewAttributes = [...attrs.keys()];
  // A feed on another site is asked once the blogger stops typing its address, not at each key.
  clearTimeout(previewSrcTimer);
  if (src !== (preview.getAttribute('src') ?? undefined)) {
    previewSrcTimer = setTimeout(() => {
      if (src) preview.setAttribute('src', src);
      else preview.removeAttribute('src');
    }, 500);
  }
  const tiers = state.tiers.filter((_, i) => !problems[`tier-${i}-amount`] && !problems[`tier-${i}-label`]);
  const children = tiers.map((tier) => {
    const element = document.createElement('campaign-tier');
    element.setAttribute('amount', String(parseAmount(tier.amount)));
    element.textContent = tier.label.trim();
    return element;
  });
  const same =
    children.length === preview.children.length &&
    children.every((child, i) => child.outerHTML === preview.children[i].outerHTML);
  if (!same) preview.replaceChildren(...children);

  byId('preview-note').textContent =
    state.source === 'post'
      ? ''
      : src
        ? `Reading ${src}.`
        : state.source === 'file'
          ? `On your site the widget reads ${state.src.trim() || 'your file'}; here it shows the figures of the totals.json below.`
          : 'Sample figures: the preview reads the platform’s own once the address is yours and on the web (https://…).';
}

function attributesForPreview(): [string, string][] {
  // The same attributes as the snippet's, read back from the element it writes: one source of truth.
  const template = document.createElement('template');
  template.innerHTML = snippet(state);
  const element = template.content.querySelector('campaign-progress');
  return element ? [...element.attributes].map((attribute) => [attribute.name, attribute.value]) : [];
}

let downloadUrl: string | undefined;

/**
 * The widget's view as the snippet's widget will show it, for its picture: the preview's attributes
 * and tiers, with the figures of the feed (`totals`), of the totals.json the builder writes, or of
 * the post itself.
 */
function widgetView(totals?: Totals): View {
  const attribute = (name: string) => preview.getAttribute(name) ?? undefined;
  const now = Date.now();
  const file = state.source === 'file' ? readTotals(totalsFromState(state, new Date(now))) : undefined;
  const settings = checkSettings(
    {
      locale: attribute('locale'),
      donateHref: attribute('donate-href'),
      ends: attribute('ends'),
      layout: attribute('layout'),
      amountUnit: attribute('amount-unit'),
    },
    document.documentElement.lang,
  );
  const tiers = [...preview.querySelectorAll('campaign-tier')].map((tier) => ({
    amount: tier.getAttribute('amount'),
    label: tier.textContent,
  }));
  return viewOf(
    {
      raised: attribute('raised'),
      goal: attribute('goal'),
      currency: attribute('currency'),
      heading: attribute('heading'),
      donateLabel: attribute('donate-label'),
    },
    settings,
    tiers,
    { totals: totals ?? (file?.ok ? file.totals : undefined), loading: false, at: now },
    now,
    navigator.language,
  );
}

/** The picture's colours: the chosen theme's, or for the page's own colours (no theme), the light one's. */
function pictureOptions(): PictureOptions {
  const dark =
    state.theme === 'dark' || (state.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  return { theme: dark ? 'dark' : 'light' };
}

/** What the snippet's picture says and its size, or `undefined` when there are no figures to draw. */
function pictureFallback(): PictureFallback | undefined {
  const content = pictureContent(widgetView());
  return content && pictureSvg(content, pictureOptions(), canvasMeasure());
}

/** The figures a live feed gives now, for the picture of a platform's campaign. */
async function liveTotals(src: string): Promise<Totals> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src} answered ${response.status}`);
  const json = readJson(await response.arrayBuffer());
  if (!json.ok) throw new Error(json.message);
  const attribute = (name: string) => preview.getAttribute(name) ?? undefined;
  const read = readTotals(json.value, {
    raised: attribute('raised-path'),
    goal: attribute('goal-path'),
    donors: attribute('donors-path'),
    currency: attribute('currency-path'),
  });
  if (!read.ok) throw new Error(read.message);
  return read.totals;
}

let pictureUrl: string | undefined;

/** Makes progress.png in this browser, from the same settings as the snippet, and downloads it. */
async function downloadPicture() {
  const button = byId<HTMLButtonElement>('download-picture');
  button.disabled = true;
  try {
    const src = previewableSrc();
    const picture = await pictureOf(widgetView(src ? await liveTotals(src) : undefined), pictureOptions());
    if (pictureUrl) URL.revokeObjectURL(pictureUrl);
    pictureUrl = URL.createObjectURL(picture.png);
    const link = byId<HTMLAnchorElement>('picture-download');
    link.href = pictureUrl;
    link.click();
    say(`Made progress.png (${Math.round(picture.png.size / 1024)} KB, ${picture.width * 2} px wide).`);
  } catch (error) {
    say(`Could not make the picture: ${(error as Error).message}`);
  } finally {
    button.disabled = false;
  }
}

/** Everything that follows from the state: address, problems, preview and outputs. */
function update() {
  state = readForm();
  history.replaceState(null, '', `#${stateToHash(state)}`);
  const problems = validate(state);
  showSourceFields();
  showProblems(problems);
  updatePreview(problems);

  const count = Object.keys(problems).length;
  const blocked = byId<HTMLParagraphElement>('blocked');
  blocked.hidden = count === 0;
  blocked.textContent = count
    ? `Nothing to copy yet: ${count === 1 ? 'one field needs' : `${count} fields need`} fixing (marked in the form): ${Object.values(problems).join(' ')}`
    : '';
  const snippetOutput = byId<HTMLTextAreaElement>('snippet-output');
  const picture = count || state.picture !== 'fallback' ? undefined : pictureFallback();
  snippetOutput.value = count ? `Not ready: ${Object.values(problems).join(' ')}` : snippet(state, picture);
  byId('picture-alt').textContent = picture?.alt ?? pictureFallback()?.alt ?? '';
  byId<HTMLInputElement>('pictureSrc').disabled = state.picture !== 'fallback';
  byId<HTMLButtonElement>('download-picture').disabled = count > 0;
  const reserve = reserveRoom(state);
  byId<HTMLTextAreaElement>('css-output').value = reserve.css;
  byId('css-explanation').textContent = reserve.explanation;
  const totalsText = totalsJson(totalsFromState(state, new Date()));
  const totalsOutput = byId<HTMLTextAreaElement>('totals-output');
  totalsOutput.value = count ? `Not ready: ${Object.values(problems).join(' ')}` : totalsText;
  for (const id of ['copy-snippet', 'copy-totals']) byId<HTMLButtonElement>(id).disabled = count > 0;

  const download = byId<HTMLAnchorElement>('download-totals');
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = undefined;
  if (count) {
    download.removeAttribute('href');
    download.setAttribute('aria-disabled', 'true');
  } else {
    downloadUrl = URL.createObjectURL(new Blob([totalsText], { type: 'application/json' }));
    download.href = downloadUrl;
    download.removeAttribute('aria-disabled');
  }
}

function onGift() {
  const gift = parseAmount(byId<HTMLInputElement>('gift').value);
  const giftInput = byId<HTMLInputElement>('gift');
  const problem = byId('gift-problem');
  state = readForm();
  if (gift === undefined || gift <= 0) {
    problem.textContent = 'Enter the gift as a plain number above 0, such as 50.';
    giftInput.setAttribute('aria-invalid', 'true');
    giftInput.focus();
    return;
  }
  problem.textContent = '';
  giftInput.removeAttribute('aria-invalid');
  state = addGift(state, gift, new Date());
  writeForm();
  giftInput.value = '';
  update();
  const currency = state.currency.trim().toUpperCase();
  const money = isKnownCurrency(currency)
    ? new Intl.NumberFormat('en', {
        style: 'currency',
        currency,
        trailingZeroDisplay: 'stripIfInteger',
      }).format(gift)
    : String(gift);
  // Donors are counted in a totals.json only: a total typed into the post has none.
  say(
    state.source === 'file'
      ? `Added ${money}: ${state.raised} raised, ${state.donors} donors.`
      : `Added ${money}: ${state.raised} raised.`,
  );
}

/** Says `text` in the page's live region, and shows it. */
function say(text: string) {
  const status = byId('copy-status');
  status.textContent = '';
  // A fresh text node, so that the same words said twice are heard twice.
  requestAnimationFrame(() => (status.textContent = text));
}

async function copy(textareaId: string, what: string) {
  const textarea = byId<HTMLTextAreaElement>(textareaId);
  try {
    await navigator.clipboard.writeText(textarea.value);
    say(`Copied ${what}.`);
  } catch {
    // No clipboard here (a page not served over HTTPS, or permission refused): the text selected for the keyboard.
    textarea.focus();
    textarea.select();
    say(`Could not copy ${what} by itself: it is selected, press Ctrl+C (or ⌘C) to copy it.`);
  }
}

/** The goal the blogger had typed before a platform preset cleared it. */
let goalBeforePreset = '';

fillChoices();
writeForm();
update();
byId('preview-frame').append(preview);

form.addEventListener('input', (event) => {
  if ((event.target as HTMLElement).id === 'gift') return;
  update();
});
form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.id === 'preset' || (target.name === 'source' && target.value === 'preset')) {
    const before = readForm();
    // A preset leaves the goal to the platform: kept here, it comes back if the blogger turns back.
    if (before.goal.trim()) goalBeforePreset = before.goal;
    state = withPreset(before, byId<HTMLSelectElement>('preset').value);
    writeForm();
  } else if (target.name === 'source' && !readForm().goal.trim() && goalBeforePreset) {
    state = { ...readForm(), goal: goalBeforePreset };
    writeForm();
  } else if (target.name === 'source' && target.value === 'file' && /YOUR_/.test(state.src)) {
    // A platform's address is no place for a file of one's own.
    state = { ...readForm(), src: '/totals.json' };
    writeForm();
  }
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());
byId('tiers').addEventListener('click', onTierAction);
byId('add-tier').addEventListener('click', addTier);
byId('add-gift').addEventListener('click', onGift);
byId('gift').addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    onGift();
  }
});
byId('copy-snippet').addEventListener('click', () => copy('snippet-output', 'the snippet'));
byId('download-picture').addEventListener('click', downloadPicture);
byId('picture').addEventListener('change', update);
byId('pictureSrc').addEventListener('input', update);
byId('copy-css').addEventListener('click', () => copy('css-output', 'the CSS'));
byId('copy-totals').addEventListener('click', () => copy('totals-output', 'totals.json'));
for (const id of ['snippet-output', 'css-output', 'totals-output'])
  byId<HTMLTextAreaElement>(id).addEventListener('focus', (event) =>
    (event.target as HTMLTextAreaElement).select(),
  );
// A bookmarked address pasted into this tab.
window.addEventListener('hashchange', () => {
  state = stateFromHash(location.hash);
  writeForm();
  update();
});

import { expect } from '@open-wc/testing';
import type { CampaignProgress } from '../src/campaign-progress.js';

// The waits below count real time, also in tests that fake the clock (sinon): a missing event
// still fails after WAIT_MS, however far the test moves its fake clock.
const { setTimeout, clearTimeout } = globalThis;

/** The element of `part` in the widget's shadow root. */
export function part(el: CampaignProgress, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~='${name}']`);
  if (!found) throw new Error(`no part "${name}"`);
  return found;
}

/** What a reader sees, as laid out (a line break between blocks), white space folded. */
export function visibleText(el: Element): string {
  const root = (el.shadowRoot?.querySelector('[part=base]') ?? el) as HTMLElement;
  return root.innerText.replace(/\s+/g, ' ').trim();
}

/** Nothing a reader sees or hears is a leaked JavaScript value. */
export function expectNoLeakedValues(el: CampaignProgress) {
  const bar = part(el, 'thermometer');
  const heard = [...bar.attributes].map((attribute) => attribute.value).join(' ');
  expect(`${visibleText(el)} ${heard}`).not.to.match(/NaN|undefined|null|Infinity|\[object/);
}

/** Finishes running CSS transitions, so geometry reads the final state (a pulse that never ends is stopped). */
export function finishTransitions(el: CampaignProgress) {
  for (const animation of el.shadowRoot!.getAnimations()) {
    if (animation.effect?.getComputedTiming().endTime === Infinity) animation.cancel();
    else animation.finish();
  }
}

/** The filled share of the tube as drawn on screen, from 0 to 1. */
export function drawnFill(el: CampaignProgress): number {
  finishTransitions(el);
  return part(el, 'fill').getBoundingClientRect().height / part(el, 'track').clientHeight;
}

/** Collects console warnings while `run` runs. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

type WidgetEvents = Pick<GlobalEventHandlersEventMap, 'campaign-progress-error' | 'campaign-progress-update'>;

/**
 * How long a test waits for an event before failing, well inside mocha's 10 s per test: a test
 * whose event never comes fails with what it waited for, not mocha's bare timeout.
 */
export const WAIT_MS = 3000;

/**
 * The next event of one of `types` that any widget fires: they bubble and cross shadow roots, so
 * all reach the document. Rejects after `WAIT_MS`, naming what it waited for. Call it before
 * whatever should cause the event, never after: a fast event would be missed.
 */
export function nextEvent<K extends keyof WidgetEvents>(...types: K[]): Promise<WidgetEvents[K]> {
  return nextEventAt(document, ...types);
}

/** Like `nextEvent`, for events that reach `target`. */
export function nextEventAt<K extends keyof WidgetEvents>(
  target: EventTarget,
  ...types: K[]
): Promise<WidgetEvents[K]> {
  const waiting = new Promise<WidgetEvents[K]>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      for (const type of types) target.removeEventListener(type, settle);
    };
    const settle = (event: Event) => {
      stop();
      resolve(event as WidgetEvents[K]);
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no ${types.join(' or ')} within ${WAIT_MS} ms`));
    }, WAIT_MS);
    for (const type of types) target.addEventListener(type, settle);
  });
  // A test that fails before it awaits this must not be blamed again, later, for its timeout.
  waiting.catch(() => {});
  return waiting;
}

/** `promise`, or a failure saying "no `what` within 3000 ms" if it takes longer than `WAIT_MS`. */
export function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer!: ReturnType<typeof setTimeout>;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Every event of `types` that widgets fire, from now until `stop()`. `count(n)` resolves once `n`
 * have come, and rejects after `WAIT_MS` saying how many did.
 */
export function recordEvents<K extends keyof WidgetEvents>(...types: K[]) {
  const events: WidgetEvents[K][] = [];
  const waiters = new Set<() => void>();
  const record = (event: Event) => {
    events.push(event as WidgetEvents[K]);
    for (const check of waiters) check();
  };
  for (const type of types) document.addEventListener(type, record);
  return {
    events,
    count(n: number): Promise<WidgetEvents[K][]> {
      const waiting = new Promise<WidgetEvents[K][]>((resolve, reject) => {
        const check = () => {
          if (events.length < n) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(events);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `${n} ${types.join(' or ')} events expected within ${WAIT_MS} ms, ${events.length} came`,
            ),
          );
        }, WAIT_MS);
        waiters.add(check);
        check();
      });
      waiting.catch(() => {});
      return waiting;
    },
    stop: () => {
      for (const type of types) document.removeEventListener(type, record);
    },
  };
}

/**
 * Resolves once `condition()` holds, checked every few milliseconds of real time; rejects after
 * `WAIT_MS` saying "`what` never happened". For what fires no event: a request reaching a server.
 */
export function until(condition: () => unknown | Promise<unknown>, what: string): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = async () => {
      try {
        if (await condition()) return resolve();
      } catch (error) {
        return reject(error);
      }
      if (performance.now() - started > WAIT_MS)
        reject(new Error(`${what} never happened within ${WAIT_MS} ms`));
      else setTimeout(check, 5);
    };
    void check();
  });
}

/** Resolves after `ms` milliseconds of real time, also while a test fakes the clock. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `value` with every DOM node in it (at any depth of arrays) as its markup. */
function asText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asText);
  if (value instanceof Element) return value.outerHTML;
  if (value instanceof Node) return value.nodeName;
  return String(value);
}

// web-test-runner sends a failed assertion's actual and expected values to the terminal by
// structured clone, which a DOM node cannot survive: the whole file then never reports, and the
// run waits for testsFinishTimeout instead of failing (modernweb-dev/web#2967). As text, they
// arrive; the assertion's own message already shows the element.
afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    try {
      structuredClone(error[key]);
    } catch {
      error[key] = asText(error[key]);
    }
  }
});

/** A colour as `getComputedStyle` gives it (`rgb()`, `rgba()` or `color(srgb …)`): 0–255 channels, alpha 0–1. */
export type Rgba = [red: number, green: number, blue: number, alpha: number];

export function parseColor(value: string): Rgba {
  const numbers = (value.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
  if (value.startsWith('color(srgb')) {
    const [red, green, blue, alpha = 1] = numbers;
    return [red * 255, green * 255, blue * 255, alpha];
  }
  if (!value.startsWith('rgb')) throw new Error(`cannot read the colour ${value}`);
  const [red, green, blue, alpha = 1] = numbers;
  return [red, green, blue, alpha];
}

/** `top` painted over the opaque `bottom`. */
const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [
  r * a + br * (1 - a),
  g * a + bg * (1 - a),
  b * a + bb * (1 - a),
  1,
];

/** The parent of `node`, out through a shadow root to its host. */
const parentOf = (node: Element) =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** What is painted behind `element`'s content: every background from the page's canvas down to it. */
export function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = parentOf(node)) {
    layers.push(parseColor(getComputedStyle(node).backgroundColor));
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** WCAG 2 contrast ratio between two colours, the first painted over the second if translucent. */
export function contrast(front: Rgba, back: Rgba): number {
  const luminance = (color: Rgba) => {
    const [r, g, b] = color.slice(0, 3).map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [luminance(over(front, back)), luminance(back)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/** The contrast of `element`'s text against what is behind it. */
export const textContrast = (element: Element) =>
  contrast(parseColor(getComputedStyle(element).color), backgroundOf(element));

/** Where `text` is in `root`'s text, as a range within the one text node that holds it. */
export function rangeOf(root: Element, text: string): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range;
  }
  throw new Error(`"${text}" is not in one text node of ${root.textContent}`);
}

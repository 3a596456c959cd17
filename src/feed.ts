/**
 * Totals feeds, one per URL per page, shared by every widget that reads it: N widgets cost one
 * request per refresh and update together. A feed polls at the shortest `refresh` its subscribers
 * ask for, not while the page is hidden, backs off when it fails, and keeps a stored copy so that
 * a return visit paints at once. It knows nothing of totals: each widget reads the JSON its own way.
 */
import { readJson } from './json.js';

/** Why a feed could not be used. */
export type FeedFailure = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid';
interface Failure {
  reason: FeedFailure;
  message: string;
}

/** How long a feed may take, in milliseconds, before it counts as down. */
export const DEFAULT_TIMEOUT = 10_000;
/** The shortest refresh, and the first retry of a failing feed that does not poll. */
export const MIN_REFRESH = 15_000;
const MAX_BACKOFF = 600_000;
const STORED_FOR = 7 * 24 * 3_600_000;

/** What one subscriber asks of a feed, in milliseconds. `refresh` 0 loads once. */
export interface FeedOptions {
  refresh: number;
  timeout: number;
}

/** A subscriber, told whenever the feed's state changes. */
export type FeedListener = () => void;

/**
 * When to ask again: at the refresh interval, or after failures at twice the last wait (from
 * the interval, or 15 s for a feed that loads once), capped at 10 minutes; `undefined` for a
 * feed that loads once and has what it needs. A tenth of random jitter keeps readers who opened
 * the page together from asking together.
 */
export function nextDelay(refresh: number, failures: number, random = Math.random()): number | undefined {
  if (!refresh && !failures) return undefined;
  // Only backing off is capped: a feed asked to refresh hourly polls hourly (and setTimeout fires
  // at once past 2^31 - 1 ms).
  const cap = failures ? MAX_BACKOFF : 2 ** 31 - 1;
  return Math.min((refresh || MIN_REFRESH / 2) * 2 ** failures * (1 + random / 10), cap);
}

/** A feed's shared state, told to every widget that reads it. */
export class Feed {
  /** The last good answer, parsed. */
  json?: unknown;
  /** When it came, in ms since the epoch (from the stored copy, until the network answers). */
  at?: number;
  /** Why the latest request failed, until one succeeds. */
  failure?: Failure;
  loading = false;
  /** `json` is the stored copy from an earlier page view, not yet confirmed by the network. */
  stored = false;

  readonly #storageKey: string;
  readonly #subscribers = new Map<FeedListener, FeedOptions>();
  /** The text of the last good answer, to tell a changed answer from the same one again. */
  #text: string | undefined;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #request: AbortController | undefined;
  /** A poll fell due while the page was hidden. */
  #due = false;
  /** When the latest request ended: the next is planned from then, however often widgets move. */
  #ended = 0;

  constructor(readonly url: string) {
    this.#storageKey = `campaign-progress ${url}`;
    // Storage may throw (disabled, private mode) or hold anything: then there is no stored copy.
    try {
      const { at, json } = JSON.parse(localStorage.getItem(this.#storageKey)!);
      if (Date.now() - at < STORED_FOR) {
        this.at = at;
        this.json = json;
        this.stored = true;
      }
    } catch {
      // No stored copy, then.
    }
    // Back on screen: a poll that fell due while the page was hidden happens now.
    document.addEventListener('visibilitychange', () => {
      if (this.#due && !document.hidden) void this.#load();
    });
  }

  /** Adds or updates a subscriber; the returned function removes it. */
  subscribe(listener: FeedListener, options: FeedOptions): () => void {
    this.#subscribers.set(listener, options);
    if (!this.loading) {
      const { refresh } = this.#options();
      // Failing: ask now only when no retry is planned (every widget had left), so that widgets
      // arriving or moving never cut the backoff short. Else: nothing from the network yet, or
      // older than the (perhaps new, shorter) refresh.
      const askNow = this.failure
        ? this.#timer === undefined
        : this.#text === undefined || (refresh !== 0 && Date.now() - this.at! >= refresh);
      if (askNow) void this.#load();
      else this.#schedule();
    }
    return () => {
      this.#subscribers.delete(listener);
      // Moving a widget within the page unsubscribes and subscribes again at once: that keeps the request.
      queueMicrotask(() => {
        if (this.#subscribers.size > 0) return;
        this.#stop();
        this.#request?.abort();
        this.#request = undefined;
        this.loading = false;
      });
    };
  }

  /** The shortest refresh and the longest timeout its subscribers ask for. */
  #options(): FeedOptions {
    const all = [...this.#subscribers.values()];
    const refresh = Math.min(...all.map((options) => options.refresh || Infinity));
    return {
      refresh: refresh < Infinity ? refresh : 0,
      timeout: Math.max(...all.map((options) => options.timeout)),
    };
  }

  #notify() {
    for (const listener of this.#subscribers.keys()) listener();
  }

  /** Plans no request. */
  #stop() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#due = false;
  }

  /** Plans the next request, if the subscribers' refresh or a failure calls for one. */
  #schedule() {
    this.#stop();
    const delay = nextDelay(this.#options().refresh, this.#failures);
    if (delay === undefined) return;
    this.#timer = setTimeout(
      () => {
        this.#due = document.hidden;
        if (!this.#due) void this.#load();
      },
      this.#ended + delay - Date.now(),
    );
  }

  async #load() {
    this.#stop();
    const mine = new AbortController();
    this.#request = mine;
    this.loading = true;
    if (this.json === undefined) this.#notify();
    // Widgets drawn together subscribe together: wait for them all, then the most patient one's timeout counts.
    await null;
    const { timeout } = this.#options();
    const timeoutTimer = setTimeout(() => mine.abort(`no answer within ${timeout / 1000} s`), timeout);
    const answer = await fetchJson(this.url, mine.signal);
    clearTimeout(timeoutTimer);
    // Another request took its place, or none did: no one was left to read it.
    if (mine !== this.#request) return;
    this.loading = false;
    this.#ended = Date.now();
    if ('ok' in answer) this.#succeed(answer.text, answer.value);
    else {
      this.#failures++;
      this.failure = answer;
      this.#notify();
    }
    this.#schedule();
  }

  #succeed(text: string, json: unknown) {
    this.#failures = 0;
    this.at = Date.now();
    this.stored = false;
    // The browser's cache answers a 304 with the same text: nothing to redraw, nothing to report.
    const changed = text !== this.#text || this.failure !== undefined;
    this.failure = undefined;
    if (!changed) return;
    this.#text = text;
    this.json = json;
    try {
      localStorage.setItem(this.#storageKey, JSON.stringify({ at: this.at, json }));
    } catch {
      // Full or disabled: the next page view waits for the network.
    }
    this.#notify();
  }
}

/** The page's feeds, by absolute URL. */
const feeds = new Map<string, Feed>();

/** The page's one feed for `url`, resolved against the page. @throws {TypeError} for an invalid URL. */
export function feedFor(url: string): Feed {
  const href = new URL(url, document.baseURI).href;
  let feed = feeds.get(href);
  if (!feed) {
    feed = new Feed(href);
    feeds.set(href, feed);
  }
  return feed;
}

/** The feed's JSON as read, or why it could not be used. */
type Answer = { ok: true; text: string; value: unknown } | Failure;

const failed = (reason: FeedFailure, message: string): Failure => ({ reason, message });

async function fetchJson(url: string, signal: AbortSignal): Promise<Answer> {
  let response: Response;
  let bytes: ArrayBuffer;
  try {
    // Static hosts send Last-Modified and no Cache-Control, so a browser may reuse its copy for hours
    // after the blogger edits the file: revalidate every time (a 304 when unchanged). Only
    // CORS-safelisted headers: If-None-Match by hand would cost a preflight that static hosts refuse.
    response = await fetch(url, {
      signal,
      credentials: 'omit',
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    });
    // As bytes: text() would quietly turn a file saved in another encoding into "�".
    bytes = await response.arrayBuffer();
  } catch {
    if (typeof signal.reason === 'string') return failed('timeout', signal.reason);
    // A page cannot tell a server that is down from one on another site that refuses to be read.
    const elsewhere = new URL(url).origin !== origin;
    return failed(
      'network',
      `the feed could not be reached${elsewhere ? ': the other site may not allow cross-origin reads (CORS); see "Hosting" in the README' : ''}`,
    );
  }
  if (!response.ok)
    return failed('http', `the feed answered ${response.status} ${response.statusText}`.trim());
  const json = readJson(bytes);
  if (!json.ok) {
    const type = response.headers.get('Content-Type') ?? 'no content type';
    return failed('not-json', `the feed is not valid JSON: ${json.message} (${type.split(';')[0]})`);
  }
  return json;
}

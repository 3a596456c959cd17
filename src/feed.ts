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
  /** Adds or updates a subscriber; the returned function removes it. */
  subscribe: (listener: FeedListener, options: FeedOptions) => () => void;

  // Its state in the constructor's variables, its steps in functions there: a build renames those
  // to a letter each, where `this.#private` names stay three.
  constructor(readonly url: string) {
    const key = `campaign-progress ${url}`;
    const subscribers = new Map<FeedListener, FeedOptions>();
    let text: string | undefined;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | 0 | undefined;
    let request: AbortController | undefined;
    /** A poll fell due while the page was hidden. */
    let due = false;
    /** When the latest request ended: the next is planned from then, however often widgets move. */
    let ended = 0;

    /** The shortest refresh and the longest timeout its subscribers ask for. */
    const options = (): FeedOptions => {
      const all = [...subscribers.values()];
      const refresh = Math.min(...all.map((options) => options.refresh || Infinity));
      return {
        refresh: refresh < Infinity ? refresh : 0,
        timeout: Math.max(...all.map((options) => options.timeout)),
      };
    };

    const notify = () => {
      for (const listener of subscribers.keys()) listener();
    };

    /** Plans the next request, or none when `stop`. */
    const schedule = (stop?: boolean) => {
      clearTimeout(timer);
      due = false;
      // No timer is 0 or undefined (a delay is never 0, a timer id never 0).
      const next = stop ? 0 : nextDelay(options().refresh, failures);
      timer =
        next &&
        setTimeout(
          () => {
            due = document.hidden;
            if (!due) void load();
          },
          ended + next - Date.now(),
        );
    };

    const load = async () => {
      schedule(true);
      const mine = (request = new AbortController());
      this.loading = true;
      if (this.json === undefined) notify();
      // Widgets drawn together subscribe together: wait for them all, then the most patient one's timeout counts.
      await null;
      const { timeout } = options();
      const timeoutTimer = setTimeout(() => mine.abort(`no answer within ${timeout / 1000} s`), timeout);
      const answer = await fetchJson(url, mine.signal);
      clearTimeout(timeoutTimer);
      // Another request took its place, or none did: no one was left to read it.
      if (mine !== request) return;
      this.loading = false;
      ended = Date.now();
      if ('ok' in answer) {
        failures = 0;
        this.at = Date.now();
        this.stored = false;
        // The browser's cache answers a 304 with the same text: nothing to redraw, nothing to report.
        const changed = answer.text !== text || this.failure;
        this.failure = undefined;
        if (changed) {
          text = answer.text;
          this.json = answer.value;
          try {
            localStorage.setItem(key, JSON.stringify({ at: this.at, json: this.json }));
          } catch {
            // Full or disabled: the next page view waits for the network.
          }
          notify();
        }
      } else {
        failures++;
        this.failure = answer;
        notify();
      }
      schedule();
    };

    // Storage may throw (disabled, private mode) or hold anything: then there is no stored copy.
    try {
      const { at, json } = JSON.parse(localStorage.getItem(key)!);
      if (Date.now() - at < STORED_FOR) Object.assign(this, { at, json, stored: true });
    } catch {
      // No stored copy, then.
    }
    // Back on screen: a poll that fell due while the page was hidden happens now.
    document.addEventListener('visibilitychange', () => {
      if (due && !document.hidden) void load();
    });

    this.subscribe = (listener, wanted) => {
      subscribers.set(listener, wanted);
      if (!this.loading) {
        const { refresh } = options();
        // Failing: ask now only when no retry is planned (every widget had left), so that widgets
        // arriving or moving never cut the backoff short. Else: nothing from the network yet, or
        // older than the (perhaps new, shorter) refresh.
        if (this.failure ? !timer : text === undefined || (refresh && Date.now() - this.at! >= refresh))
          void load();
        else schedule();
      }
      return () => {
        subscribers.delete(listener);
        // Moving a widget within the page unsubscribes and subscribes again at once: that keeps the request.
        queueMicrotask(() => {
          if (subscribers.size) return;
          schedule(true);
          request?.abort();
          request = undefined;
          this.loading = false;
        });
      };
    };
  }
}

// By absolute URL: never a name an object inherits.
const feeds: Record<string, Feed> = {};

/** The page's one feed for `url`, resolved against the page. @throws {TypeError} for an invalid URL. */
export function feedFor(url: string): Feed {
  const href = new URL(url, document.baseURI).href;
  return (feeds[href] ??= new Feed(href));
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
    if (typeof signal.reason == 'string') return failed('timeout', signal.reason);
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

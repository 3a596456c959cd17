/**
 * A widget's side of its totals feed, as a Lit reactive controller (the shape `@lit/task` has):
 * it subscribes to the page's shared feed while the widget is on the page (and, when lazy, once it
 * nears the viewport), reads each new answer with the widget's own paths, and fires the widget's
 * update and error events after the render that shows them.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { CampaignProgressUpdateEvent, reportError, type CampaignProgressErrorDetail } from './events.js';
import { feedFor, type Feed, type FeedOptions } from './feed.js';
import { readTotals, type FeedPaths, type Totals } from './totals.js';

/** What the widget asks of its feed. */
export interface FeedRequest extends FeedOptions {
  src: string;
  /** Wait until the widget nears the viewport. */
  lazy?: boolean;
  paths: FeedPaths;
}

type Host = ReactiveElement & { src: string };
type Failure = Omit<CampaignProgressErrorDetail, 'src'>;

/** Reads the feed of `host`, which it adds itself to: `new FeedController(this)`. */
export class FeedController implements ReactiveController {
  /** The last good totals from the current src: never another URL's. */
  totals?: Totals;
  /** Why the feed cannot be used now; `totals`, if any, are then possibly out of date. */
  failure?: Failure;

  readonly #host: Host;
  #request: FeedRequest | undefined;
  #feed: Feed | undefined;
  #leave: (() => void) | undefined;
  #observer: IntersectionObserver | undefined;
  /** The feed's answer last read, so that each is read and reported once. */
  #read: unknown;
  /** A lazy widget has come near the viewport. */
  #near = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** When the feed last answered well, in ms since the epoch. */
  get at(): number | undefined {
    return this.#feed?.at;
  }

  /** Waiting for a first answer. */
  get loading(): boolean {
    return this.#feed !== undefined && !this.totals && !this.failure;
  }

  /** `totals` are the copy stored by an earlier page view, not yet confirmed by the network. */
  get stored(): boolean {
    return !!this.#feed?.stored;
  }

  /** Follows the widget's settings; called on each of its updates, cheap when nothing changed. */
  follow(next: FeedRequest) {
    const was = this.#request;
    this.#request = next;
    if (next.src !== was?.src) {
      this.hostDisconnected();
      this.totals = undefined;
      this.failure = undefined;
      this.#read = undefined;
      this.#feed = undefined;
      this.#near = false;
      if (next.src) {
        try {
          this.#feed = feedFor(next.src);
        } catch {
          this.#fail({ reason: 'network', message: `"${next.src}" is not a valid URL` });
        }
      }
      this.hostConnected();
      // What the feed already has (a stored copy, or another widget's answer) shows at once.
      if (this.#feed) this.#onFeed();
    } else if (JSON.stringify(next.paths) !== JSON.stringify(was.paths)) {
      this.#read = undefined;
      if (this.#feed) this.#onFeed();
    } else if (this.#leave && (next.refresh !== was.refresh || next.timeout !== was.timeout)) {
      this.#feed!.subscribe(this.#onFeed, next);
    }
  }

  hostConnected() {
    // (A feed is only set with its request.)
    if (!this.#feed || this.#leave || !this.#host.isConnected) return;
    if (this.#request!.lazy && !this.#near) {
      this.#observer ??= new IntersectionObserver(
        ([entry]) => {
          if (!entry.isIntersecting) return;
          this.#near = true;
          // Nothing to leave yet: this only lets the observer go.
          this.hostDisconnected();
          this.hostConnected();
        },
        { rootMargin: '300px' },
      );
      this.#observer.observe(this.#host);
      return;
    }
    this.#leave = this.#feed.subscribe(this.#onFeed, this.#request!);
    // A feed that already has its answer tells no one again: take it now.
    this.#onFeed();
  }

  hostDisconnected() {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#leave?.();
    this.#leave = undefined;
  }

  /** The feed's subscriber (an arrow, so that it is the same function each time it subscribes). */
  #onFeed = () => {
    // First, so that the events below wait for the render that shows what they report.
    this.#host.requestUpdate();
    const { json, stored, failure, loading } = this.#feed!;
    if (json !== undefined && json !== this.#read) {
      this.#read = json;
      const request = this.#request!;
      const result = readTotals(json, request.paths);
      if (!result.ok) {
        // A stored copy it cannot read (a feed's error object, once stored) is no copy: wait for the network.
        if (!stored) this.#fail({ reason: 'invalid', message: result.message });
        return;
      }
      this.totals = result.totals;
      this.failure = undefined;
      for (const warning of result.warnings)
        console.warn(`campaign-progress: ${this.#feed!.url}: ${warning}`);
      // A stored copy is shown, not announced: the page hears of totals the network confirms.
      // Nor are the last good totals of a feed that is failing now: its failure is the news.
      if (!stored && !failure) {
        const totals = result.totals;
        this.#afterRender(() => this.#host.dispatchEvent(new CampaignProgressUpdateEvent(totals)));
      }
    }
    // (While the feed tries again, an earlier failure is not news.)
    if (failure && !loading && failure !== this.failure) this.#fail(failure);
  };

  // Called while the widget updates (follow) or after #onFeed has asked for an update: shown by that one.
  // Messages name the address the feed asked, which a relative src does not show.
  #fail(failure: Failure) {
    this.failure = failure;
    const src = this.#feed?.url ?? this.#request!.src;
    const message = failure.message + relativeHint(this.#request!.src, failure);
    this.#afterRender(() => reportError(this.#host, { ...failure, message, src }));
  }

  /** Runs `report` once the widget shows what it reports, unless the page has set a new src meanwhile. */
  #afterRender(report: () => void) {
    const { src } = this.#request!;
    void this.#host.updateComplete.then(() => {
      if (this.#request!.src === src && this.#host.src === src) report();
    });
  }
}

/**
 * A hint for a relative `src` that finds nothing: it is relative to the page's address, which
 * differs for every permalink (`totals.json` on a post at `/2027/04/appeal/` is
 * `/2027/04/appeal/totals.json`); '' for any other src or failure.
 */
export function relativeHint(src: string, { reason, message }: { reason: string; message: string }): string {
  const relative = !/^\s*(\/|[a-z][a-z\d+.-]*:)/i.test(src);
  if (!relative || !(reason === 'network' || message.startsWith('the feed answered 404'))) return '';
  const rooted = `/${src.trim().replace(/^(\.\.?\/)+/, '')}`;
  return ` (src "${src}" is relative to this page; write "${rooted}" for the file at your site's root)`;
}

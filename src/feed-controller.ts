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

export class FeedController implements ReactiveController {
  /** The last good totals from the current src: never another URL's. */
  totals?: Totals;
  /** Why the feed cannot be used now; `totals`, if any, are then possibly out of date. */
  failure?: Omit<CampaignProgressErrorDetail, 'src'>;

  #host: Host;
  #request?: FeedRequest;
  #feed?: Feed;
  #leave?: () => void;
  #observer?: IntersectionObserver;
  /** The feed's answer last read, so that each is read and reported once. */
  #read?: unknown;
  /** A lazy widget has come near the viewport. */
  #near = false;

  constructor(host: Host) {
    (this.#host = host).addController(this);
  }

  /** When the feed last answered well, in ms since the epoch. */
  get at() {
    return this.#feed?.at;
  }

  /** Waiting for a first answer. */
  get loading() {
    return !!this.#feed && !this.totals && !this.failure;
  }

  /** Follows the widget's settings; called on each of its updates, cheap when nothing changed. */
  follow(request: FeedRequest) {
    const was = this.#request;
    this.#request = request;
    if (request.src !== was?.src) {
      this.hostDisconnected();
      this.totals = this.failure = this.#read = this.#feed = undefined;
      this.#near = false;
      if (request.src) {
        try {
          this.#feed = feedFor(request.src);
        } catch {
          this.#fail({ reason: 'network', message: `"${request.src}" is not a valid URL` });
        }
      }
      this.hostConnected();
      // What the feed already has (a stored copy, or another widget's answer) shows at once.
      if (this.#feed) this.#onFeed();
    } else if (JSON.stringify(request.paths) !== JSON.stringify(was.paths)) {
      this.#read = undefined;
      if (this.#feed) this.#onFeed();
    } else if (this.#leave && (request.refresh !== was.refresh || request.timeout !== was.timeout)) {
      this.#feed!.subscribe(this.#onFeed, request);
    }
  }

  hostConnected() {
    const request = this.#request;
    if (!this.#feed || this.#leave || !request || !this.#host.isConnected) return;
    if (request.lazy && !this.#near) {
      this.#observer ??= new IntersectionObserver(
        ([entry]) => {
          if (!entry.isIntersecting) return;
          this.#near = true;
          this.#observer!.disconnect();
          this.hostConnected();
        },
        { rootMargin: '300px' },
      );
      this.#observer.observe(this.#host);
      return;
    }
    this.#leave = this.#feed.subscribe(this.#onFeed, request);
    // A feed that already has its answer tells no one again: take it now.
    this.#onFeed();
  }

  hostDisconnected() {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#leave?.();
    this.#leave = undefined;
  }

  #onFeed = () => {
    // First, so that the events below wait for the render that shows what they report.
    this.#host.requestUpdate();
    const feed = this.#feed!;
    const { json } = feed;
    if (json !== undefined && json !== this.#read) {
      this.#read = json;
      const result = readTotals(json, this.#request!.paths);
      // A stored copy it cannot read (a feed's error object, once stored) is no copy: wait for the network.
      if (!result.ok) return feed.stored || this.#fail({ reason: 'invalid', message: result.message });
      this.totals = result.totals;
      this.failure = undefined;
      const { src } = this.#request!;
      for (const warning of result.warnings) console.warn(`campaign-progress: ${src}: ${warning}`);
      // A stored copy is shown, not announced: the page hears of totals the network confirms.
      // Nor are the last good totals of a feed that is failing now: its failure is the news.
      if (!feed.stored && !feed.failure)
        this.#after(() => this.#host.dispatchEvent(new CampaignProgressUpdateEvent(result.totals)));
    }
    // (While the feed tries again, an earlier failure is not news.)
    if (feed.failure && !feed.loading && feed.failure !== this.failure) this.#fail(feed.failure);
  };

  #fail(failure: Omit<CampaignProgressErrorDetail, 'src'>) {
    this.failure = failure;
    this.#host.requestUpdate();
    const { src } = this.#request!;
    this.#after(() => reportError(this.#host, { ...failure, src }));
  }

  /** Runs `report` once the widget shows what it reports, unless the page has set a new src meanwhile. */
  #after(report: () => void) {
    const { src } = this.#request!;
    void this.#host.updateComplete.then(() => {
      if (this.#request?.src === src && this.#host.src === src) report();
    });
  }
}

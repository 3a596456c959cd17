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

export interface FeedController extends ReactiveController {
  /** The last good totals from the current src: never another URL's. */
  totals?: Totals;
  /** Why the feed cannot be used now; `totals`, if any, are then possibly out of date. */
  failure?: Omit<CampaignProgressErrorDetail, 'src'>;
  /** When the feed last answered well, in ms since the epoch. */
  readonly at?: number;
  /** Waiting for a first answer. */
  readonly loading: boolean;
  /** Follows the widget's settings; called on each of its updates, cheap when nothing changed. */
  follow(request: FeedRequest): void;
}

/**
 * The controller for `host`, added to it. Its state lives in this function's variables, which a
 * build renames to a letter each (`this.#private` names stay three).
 */
export function feedController(host: Host): FeedController {
  let request: FeedRequest | undefined;
  let feed: Feed | undefined;
  let leave: (() => void) | undefined;
  let observer: IntersectionObserver | undefined;
  /** The feed's answer last read, so that each is read and reported once. */
  let read: unknown;
  /** A lazy widget has come near the viewport. */
  let near = false;

  /** Runs `report` once the widget shows what it reports, unless the page has set a new src meanwhile. */
  const after = (report: () => void) => {
    const { src } = request!;
    void host.updateComplete.then(() => {
      if (request!.src === src && host.src === src) report();
    });
  };

  // Called while the widget updates (follow) or after onFeed has asked for an update: shown by that one.
  // Messages name the address the feed asked, which a relative src does not show.
  const fail = (failure: Omit<CampaignProgressErrorDetail, 'src'>) => {
    controller.failure = failure;
    const src = feed?.url ?? request!.src;
    const message = failure.message + relativeHint(request!.src, failure);
    after(() => reportError(host, { ...failure, message, src }));
  };

  const onFeed = () => {
    // First, so that the events below wait for the render that shows what they report.
    host.requestUpdate();
    const { json, stored, failure } = feed!;
    if (json !== undefined && json !== read) {
      read = json;
      const result = readTotals(json, request!.paths);
      // A stored copy it cannot read (a feed's error object, once stored) is no copy: wait for the network.
      if (!result.ok) return stored || fail({ reason: 'invalid', message: result.message });
      controller.totals = result.totals;
      controller.failure = undefined;
      for (const warning of result.warnings) console.warn(`campaign-progress: ${feed!.url}: ${warning}`);
      // A stored copy is shown, not announced: the page hears of totals the network confirms.
      // Nor are the last good totals of a feed that is failing now: its failure is the news.
      if (!stored && !failure)
        after(() => host.dispatchEvent(new CampaignProgressUpdateEvent(result.totals)));
    }
    // (While the feed tries again, an earlier failure is not news.)
    if (failure && !feed!.loading && failure !== controller.failure) fail(failure);
  };

  const connect = () => {
    // (A feed is only set with its request.)
    if (!feed || leave || !host.isConnected) return;
    if (request!.lazy && !near) {
      observer ??= new IntersectionObserver(
        ([entry]) => {
          if (!entry.isIntersecting) return;
          near = true;
          // Nothing to leave yet: this only lets the observer go.
          disconnect();
          connect();
        },
        { rootMargin: '300px' },
      );
      observer.observe(host);
      return;
    }
    leave = feed.subscribe(onFeed, request!);
    // A feed that already has its answer tells no one again: take it now.
    onFeed();
  };

  const disconnect = () => {
    observer?.disconnect();
    observer = undefined;
    leave?.();
    leave = undefined;
  };

  const controller: FeedController = {
    get at() {
      return feed?.at;
    },

    get loading() {
      return !!feed && !controller.totals && !controller.failure;
    },

    follow(next) {
      const was = request;
      request = next;
      if (next.src !== was?.src) {
        disconnect();
        controller.totals = controller.failure = read = feed = undefined;
        near = false;
        if (next.src) {
          try {
            feed = feedFor(next.src);
          } catch {
            fail({ reason: 'network', message: `"${next.src}" is not a valid URL` });
          }
        }
        connect();
        // What the feed already has (a stored copy, or another widget's answer) shows at once.
        if (feed) onFeed();
      } else if (JSON.stringify(next.paths) !== JSON.stringify(was.paths)) {
        read = undefined;
        if (feed) onFeed();
      } else if (leave && (next.refresh !== was.refresh || next.timeout !== was.timeout)) {
        feed!.subscribe(onFeed, next);
      }
    },

    hostConnected: connect,
    hostDisconnected: disconnect,
  };
  host.addController(controller);
  return controller;
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

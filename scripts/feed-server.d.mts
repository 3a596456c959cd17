// Types for scripts/feed-server.mjs, so that vite.config.ts and TypeScript tests can import it.
/// <reference types="node" />
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

export interface FeedOptions {
  /** Seconds between growth steps (+$15, +1 donor) when a URL has no `every=`; 0 freezes. Default 20. */
  every?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Where `platforms/<name>.json` are read from. Default `test/fixtures/platforms/`. */
  platformsDir?: string;
}

export interface FeedResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What `GET /feed/_stats?campaign=<name>` answers, counted over that campaign's `totals.json`. */
export interface FeedStats {
  /** Requests other than `OPTIONS`. */
  requests: number;
  /** Requests that carried `If-None-Match` or `If-Modified-Since`. */
  conditional: number;
  /** Requests answered `304 Not Modified`. */
  notModified: number;
  /** `OPTIONS` requests: CORS preflights. */
  options: number;
}

/**
 * The feed's core: answers one request, or `undefined` when the URL is not under `/feed/`, or `null`
 * when `signal` aborted first (a stalled or delayed request whose client left).
 */
export function createFeed(
  options?: FeedOptions,
): (
  url: string,
  headers?: IncomingHttpHeaders | Record<string, string | string[] | undefined>,
  init?: { method?: string; body?: string; signal?: AbortSignal },
) => Promise<FeedResult | null | undefined>;

/** Connect/Node middleware for Vite: `configureServer(server) { server.middlewares.use(feedMiddleware()) }`. */
export function feedMiddleware(
  options?: FeedOptions,
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => Promise<void>;

/** Koa middleware for @web/test-runner and @web/dev-server: `middleware: [koaFeedMiddleware()]`. */
export function koaFeedMiddleware(options?: FeedOptions): (
  ctx: {
    url: string;
    method: string;
    headers: IncomingHttpHeaders;
    req: IncomingMessage;
    res: ServerResponse;
    status: number;
    body: unknown;
    set(headers: Record<string, string>): void;
  },
  next: () => Promise<unknown>,
) => Promise<unknown>;

/** Starts a standalone feed server; `url` ends in `/feed/`. */
export function startFeedServer(
  options?: FeedOptions & { port?: number; host?: string; log?: (line: string) => void },
): Promise<{ url: string; close: () => Promise<void> }>;

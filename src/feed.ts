/**
 * Loading a totals feed over the network. Widgets on one page that read the same URL share one
 * request and its answer, so a post with the widget at the top and the bottom asks the server once.
 */
import { readJson } from './json.js';
import { readTotals, type Totals } from './totals.js';

/** Why a feed could not be used. */
export type FeedFailure = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid';

export type FeedResult =
  { ok: true; totals: Totals; warnings: string[] } | { ok: false; reason: FeedFailure; message: string };

/** How long a feed may take, in milliseconds, before it counts as down. */
export const DEFAULT_TIMEOUT = 10_000;

interface SharedRequest {
  result: Promise<FeedResult>;
  controller: AbortController;
  readers: number;
}

const pending = new Map<string, SharedRequest>();
const loaded = new Map<string, FeedResult>();

/**
 * Loads the totals at `url` (resolved against the page), resolving with the totals or a failure.
 * Like `fetch`, it rejects only when `signal` aborts. Each reader has its own `timeout`; the
 * shared request itself is aborted once no reader is left waiting for it.
 */
export function loadTotals(
  url: string,
  { signal, timeout = DEFAULT_TIMEOUT }: { signal: AbortSignal; timeout?: number },
): Promise<FeedResult> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let key: string;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    return Promise.resolve({ ok: false, reason: 'network', message: `"${url}" is not a valid URL` });
  }
  const done = loaded.get(key);
  if (done) return Promise.resolve(done);

  let request = pending.get(key);
  if (!request) {
    const controller = new AbortController();
    const result = fetchTotals(key, controller.signal).then((result) => {
      if (pending.get(key) === request) pending.delete(key);
      if (result.ok) loaded.set(key, result);
      return result;
    });
    request = { result, controller, readers: 0 };
    pending.set(key, request);
  }
  const shared = request;
  shared.readers++;
  return new Promise((resolve, reject) => {
    const stopWaiting = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    };
    const leave = () => {
      stopWaiting();
      if (--shared.readers === 0 && pending.get(key) === shared) {
        pending.delete(key);
        shared.controller.abort();
      }
    };
    const abort = () => {
      leave();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      leave();
      resolve({ ok: false, reason: 'timeout', message: `no answer within ${timeout / 1000} s` });
    }, timeout);
    signal.addEventListener('abort', abort, { once: true });
    void shared.result.then((result) => {
      stopWaiting();
      resolve(result);
    });
  });
}

async function fetchTotals(url: string, signal: AbortSignal): Promise<FeedResult> {
  let response: Response;
  let bytes: ArrayBuffer;
  try {
    // Static hosts send Last-Modified and no Cache-Control, so a browser may reuse its copy for hours
    // after the blogger edits the file: ask every time (a 304 when unchanged). Accept is a
    // CORS-safelisted header, so a feed on another site needs no preflight.
    response = await fetch(url, {
      signal,
      credentials: 'omit',
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    });
    // As bytes: text() would quietly turn a file saved in another encoding into "�".
    bytes = await response.arrayBuffer();
  } catch {
    // A page cannot tell a server that is down from one on another site that refuses to be read.
    const elsewhere = new URL(url).origin !== origin;
    return {
      ok: false,
      reason: 'network',
      message: `the feed could not be reached${elsewhere ? ': the other site may not allow cross-origin reads (CORS); see "Hosting" in the README' : ''}`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      reason: 'http',
      message: `the feed answered ${response.status} ${response.statusText}`.trim(),
    };
  }
  const json = readJson(bytes);
  if (!json.ok) {
    const type = response.headers.get('Content-Type') ?? 'no content type';
    return {
      ok: false,
      reason: 'not-json',
      message: `the feed is not valid JSON: ${json.message} (${type.split(';')[0]})`,
    };
  }
  const totals = readTotals(json.value);
  return totals.ok ? totals : { ok: false, reason: 'invalid', message: totals.message };
}

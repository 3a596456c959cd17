/**
 * A route table for `fetch`: each route answers with a real `Response` (or a network failure),
 * and every route gets a URL of its own, so the page-wide feed cache never mixes two tests.
 */
export type Answer = Response | 'network-error' | 'never';
type Route = (request: Request) => Answer | Promise<Answer>;

let routeCount = 0;
// Test files share the browser's storage, where feeds keep their stored copies by URL: each page's
// routes have URLs of their own.
const page = Math.random().toString(36).slice(2, 8);

export interface Network {
  /** Adds a route and returns its URL. */
  route(answer: Route | Answer): string;
  /** Every request made while the stub was installed. */
  requests: Request[];
  restore(): void;
}

export function stubNetwork(): Network {
  const realFetch = window.fetch;
  const routes = new Map<string, Route>();
  const requests: Request[] = [];
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    const route = routes.get(new URL(request.url).pathname);
    if (!route) throw new Error(`no route for ${request.url}`);
    const aborted = new Promise<never>((_, reject) => {
      if (request.signal.aborted) reject(request.signal.reason);
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
    const answer = await Promise.race([route(request), aborted]);
    if (answer === 'never') return aborted;
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return answer;
  };
  return {
    route(answer) {
      const path = `/stub/${page}-feed-${++routeCount}.json`;
      routes.set(
        path,
        typeof answer === 'function' ? answer : () => (answer instanceof Response ? answer.clone() : answer),
      );
      return path;
    },
    requests,
    restore: () => {
      window.fetch = realFetch;
    },
  };
}

/** A JSON response, as a feed host sends it. */
export function json(body: unknown, init?: ResponseInit): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Resolves after `ms` milliseconds. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A feed whose answer the test lets through when it chooses, with `answer()`: what happens
 * meanwhile (moving or removing a widget, changing its src) then never depends on timing.
 */
export function heldFeed(network: Network, body: unknown) {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const src = network.route(async () => {
    await answered;
    return json(body);
  });
  return { src, answer };
}

/** The full address a widget fetches for `src`, which its messages and error events name. */
export const address = (src: string) => new URL(src, document.baseURI).href;

// A local totals feed for the demo, the tests and manual testing: a campaign that grows while you watch,
// answers conditional requests with 304, and fails on demand the ways real feed hosts fail. No dependencies.
//
//   node scripts/feed-server.mjs --port 8123 [--host 127.0.0.1] [--every 20]
//
// Routes, under /feed/:
//   GET  totals.json                the campaign: +$15 and +1 donor every `every` seconds (0 = never)
//   GET  platforms/<name>.json      a real platform's response shape, from test/fixtures/platforms/
//   POST _set?campaign=x            replace that campaign's totals with the JSON body (any content type)
//   GET  _stats?campaign=x          { requests, conditional, notModified, options } for its totals.json
// Query switches, on totals.json and platforms/*.json, one URL per behaviour:
//   campaign=<name> every=<s> status=<code> retryAfter=<s> delay=<ms> stall=1
//   body=html|truncated|empty|not-utf8|wrong-types cors=0 redirect=1 lastModifiedOnly=1
//   age=<days>: the totals say they were updated that many days ago (at the start of that UTC day), as a
//     campaign whose figures are old
//   failAfterFirst=1: the status= or body= fault is for revalidations only (requests that carry
//     If-None-Match or If-Modified-Since), so each reader's first request is answered and only later
//     polls fail, whatever other readers did before. With body= the feed then stays broken for that
//     reader (the bad body keeps the validators, so the browser keeps revalidating); with status=
//     it flaps, since browsers drop their stored copy on a failed revalidation: good, fault, good…
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MOUNT = '/feed/';
const PLATFORMS_DIR = fileURLToPath(new URL('../test/fixtures/platforms/', import.meta.url));
// The sample appeal (a $1,000 goal in US dollars), at the figures the demo's and tests' static feeds show.
const START = { raised: 620, goal: 1000, currency: 'USD', donors: 14 };
const STEP = { raised: 15, donors: 1 };
const SWITCHES =
  'campaign every status retryAfter failAfterFirst delay stall body cors redirect lastModifiedOnly age';
const noRequests = () => ({ requests: 0, conditional: 0, notModified: 0, options: 0 });

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Retry-After',
};
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

const BODIES = {
  // What a host serves when the file is missing and it falls back to the site's page.
  html: () => ({
    type: 'text/html; charset=utf-8',
    bytes: Buffer.from('<!doctype html><html lang="en"><title>Page not found</title><h1>Oops</h1></html>\n'),
  }),
  truncated: (json) => ({ bytes: Buffer.from(json.slice(0, Math.floor(json.length / 2))) }),
  empty: () => ({ bytes: Buffer.alloc(0) }),
  // A hand-edited file saved as "Unicode" by Windows Notepad: UTF-16LE with a byte-order mark.
  'not-utf8': (json) => ({
    type: 'application/json',
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
  }),
  'wrong-types': () => ({
    bytes: Buffer.from(JSON.stringify({ raised: '$620', goal: true, currency: 840, donors: 'many' })),
  }),
};

/**
 * @typedef {object} FeedOptions
 * @property {number} [every] Seconds between growth steps when a URL has no `every=`; 0 freezes. Default 20.
 * @property {() => number} [now] The clock, in milliseconds. Default `Date.now`.
 * @property {string} [platformsDir] Where `platforms/<name>.json` are read from.
 *
 * @typedef {object} FeedResult
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {Buffer} body
 */

/**
 * The feed's core, shared by every adapter: answers one request, or `undefined` when the URL is not
 * under `/feed/`, or `null` when `signal` aborted first (a stalled or delayed request whose client left).
 * @param {FeedOptions} [options]
 * @returns {(url: string, headers?: Record<string, string | string[] | undefined>,
 *   init?: { method?: string, body?: string, signal?: AbortSignal }) => Promise<FeedResult | null | undefined>}
 */
export function createFeed({ every: defaultEvery = 20, now = Date.now, platformsDir = PLATFORMS_DIR } = {}) {
  const campaigns = new Map();

  function campaign(name) {
    if (!campaigns.has(name)) {
      const createdAt = now();
      const totals = { ...START, updated: new Date(createdAt).toISOString() };
      campaigns.set(name, { totals, changedAt: createdAt, lastModified: createdAt, stats: noRequests() });
    }
    return campaigns.get(name);
  }
  campaign('default');

  /** The campaign as it stands now: its totals grown by the steps since they were set. */
  function current(state, everySeconds) {
    const everyMs = Math.max(everySeconds, 1) * 1000;
    const steps = everySeconds > 0 ? Math.max(0, Math.floor((now() - state.changedAt) / everyMs)) : 0;
    const changedAt = state.changedAt + steps * everyMs;
    const totals = { ...state.totals };
    if (typeof totals.raised === 'number') totals.raised += steps * STEP.raised;
    if (typeof totals.donors === 'number') totals.donors += steps * STEP.donors;
    if (steps > 0) totals.updated = new Date(changedAt).toISOString();
    state.lastModified = Math.max(state.lastModified, changedAt);
    return { json: JSON.stringify(totals), lastModified: state.lastModified };
  }

  return async function handle(url, headers = {}, { method = 'GET', body = '', signal } = {}) {
    if (!isFeed(url)) return undefined;
    const parsed = new URL(url, 'http://feed.invalid');
    const route = parsed.pathname.slice(MOUNT.length);
    const query = parsed.searchParams;
    const cors = query.get('cors') !== '0';
    const corsHeaders = cors ? CORS : {};
    const name = query.get('campaign') ?? 'default';

    if (route === '_set' || route === '_stats') {
      if (method === 'OPTIONS') return preflight(headers);
      if (route === '_stats') {
        const stats = campaigns.get(name)?.stats ?? noRequests();
        return reply(200, { ...CORS, ...JSON_TYPE, 'Cache-Control': 'no-store' }, JSON.stringify(stats));
      }
      if (method !== 'POST') return reply(405, { ...CORS, Allow: 'POST, OPTIONS' }, '');
      let totals;
      try {
        totals = JSON.parse(body);
      } catch {
        return reply(400, { ...CORS, ...JSON_TYPE }, JSON.stringify({ error: 'the body is not JSON' }));
      }
      const state = campaign(name);
      // Last-Modified counts whole seconds: a change must move it on by one, or a client that only
      // has If-Modified-Since would be told 304 about new figures.
      const previous = Math.floor(state.lastModified / 1000) * 1000;
      Object.assign(state, { totals, changedAt: Math.max(now(), previous + 1000) });
      state.lastModified = state.changedAt;
      return reply(204, { ...CORS, 'Cache-Control': 'no-store' }, '');
    }

    let resource;
    if (route === 'totals.json') {
      const state = campaign(name);
      if (method === 'OPTIONS') state.stats.options++;
      else state.stats.requests++;
      const every = Number(query.get('every') ?? defaultEvery);
      resource = { state, ...current(state, Number.isFinite(every) ? every : defaultEvery) };
      const age = Number(query.get('age'));
      if (age > 0) resource.json = JSON.stringify({ ...JSON.parse(resource.json), updated: daysAgo(age) });
    } else if (/^platforms\/[\w-]+\.json$/.test(route)) {
      const file = `${platformsDir}/${route.slice('platforms/'.length)}`;
      try {
        const [json, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
        resource = { json, lastModified: info.mtimeMs };
      } catch {
        return reply(404, { ...corsHeaders, ...JSON_TYPE }, JSON.stringify({ error: 'no such platform' }));
      }
    } else if (route === '') {
      return reply(200, { ...corsHeaders, ...JSON_TYPE }, JSON.stringify(index(), null, 2));
    } else {
      return reply(404, { ...corsHeaders, ...JSON_TYPE }, JSON.stringify({ error: 'not found' }));
    }

    // Like a static host: it answers the preflight when it speaks CORS, and refuses OPTIONS when it does not.
    if (method === 'OPTIONS') return cors ? preflight(headers) : reply(405, { Allow: 'GET, HEAD' }, '');
    if (method !== 'GET' && method !== 'HEAD') return reply(405, { ...corsHeaders, Allow: 'GET, HEAD' }, '');

    if (query.get('stall') === '1') {
      // Without a signal this never settles: pass one, or the request is held until the process ends.
      if (!signal?.aborted) await new Promise((resolve) => signal?.addEventListener('abort', resolve));
      return null;
    }
    const delay = Number(query.get('delay'));
    if (delay > 0) {
      try {
        await sleep(delay, undefined, { signal });
      } catch {
        return null;
      }
    }
    if (query.get('redirect') === '1') {
      query.delete('redirect');
      const location = query.size > 0 ? `${parsed.pathname}?${query}` : parsed.pathname;
      return reply(302, { ...corsHeaders, Location: location }, '');
    }
    const lastModifiedOnly = query.get('lastModifiedOnly') === '1';
    const etag = `"${createHash('sha1').update(resource.json).digest('base64url').slice(0, 16)}"`;
    const validators = {
      ...(lastModifiedOnly ? {} : { ETag: etag, 'Cache-Control': 'no-cache' }),
      'Last-Modified': new Date(resource.lastModified).toUTCString(),
    };
    const ifNoneMatch = header(headers, 'if-none-match');
    const ifModifiedSince = header(headers, 'if-modified-since');
    const afterFirst = query.get('failAfterFirst') === '1';
    const faulty = !afterFirst || ifNoneMatch !== undefined || ifModifiedSince !== undefined;
    const status = Number(query.get('status'));
    if (faulty && status >= 400 && status <= 599) {
      const retry =
        status === 429 || status === 503 ? { 'Retry-After': query.get('retryAfter') ?? '30' } : {};
      const error = JSON.stringify({ error: `status ${status}, as asked` });
      return reply(status, { ...corsHeaders, ...retry, ...JSON_TYPE }, error);
    }
    const variant = faulty ? BODIES[query.get('body') ?? '']?.(resource.json) : undefined;
    if (variant) {
      const type = { 'Content-Type': variant.type ?? JSON_TYPE['Content-Type'] };
      // After a first good answer, the bad body keeps its validators, so that the browser stores it
      // and keeps revalidating: the feed stays broken for that reader.
      const cache = afterFirst ? validators : { 'Cache-Control': 'no-cache' };
      return reply(200, { ...corsHeaders, ...type, ...cache }, variant.bytes);
    }

    if (resource.state && (ifNoneMatch || ifModifiedSince)) resource.state.stats.conditional++;
    const unchanged =
      ifNoneMatch !== undefined
        ? !lastModifiedOnly &&
          ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')))
        : ifModifiedSince !== undefined &&
          Math.floor(resource.lastModified / 1000) * 1000 <= Date.parse(ifModifiedSince);
    if (unchanged) {
      if (resource.state) resource.state.stats.notModified++;
      return reply(304, { ...corsHeaders, ...validators }, '');
    }
    return reply(200, { ...corsHeaders, ...validators, ...JSON_TYPE }, resource.json);
  };

  function index() {
    return {
      feed: `${MOUNT}totals.json`,
      switches: SWITCHES.split(' '),
      bodies: Object.keys(BODIES),
      platforms: `${MOUNT}platforms/<name>.json`,
      control: [`POST ${MOUNT}_set?campaign=<name>`, `GET ${MOUNT}_stats?campaign=<name>`],
    };
  }

  /** The start of the UTC day `days` before today: the same all day long, and so is the feed's ETag. */
  function daysAgo(days) {
    const day = 86_400_000;
    return new Date((Math.floor(now() / day) - days) * day).toISOString();
  }
}

function isFeed(url) {
  return (url ?? '').startsWith(MOUNT);
}

function reply(status, headers, body) {
  return { status, headers, body: Buffer.isBuffer(body) ? body : Buffer.from(body) };
}

function preflight(headers) {
  return reply(
    204,
    {
      ...CORS,
      'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
      'Access-Control-Allow-Headers': header(headers, 'access-control-request-headers') ?? 'Content-Type',
    },
    '',
  );
}

function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

async function readBody(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Aborts when the response is finished or the client hangs up, so a stalled request is let go. */
function closeSignal(res) {
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  return controller.signal;
}

/**
 * The feed as Connect/Node middleware, for Vite's dev server:
 * `configureServer(server) { server.middlewares.use(feedMiddleware()) }` (no mount path: it matches `/feed/`).
 * Vite's own CORS middleware runs before any plugin's and answers every preflight itself; with
 * `server: { cors: false }` preflights reach the feed, so that `cors=0` and the `options` count hold there too.
 * @param {FeedOptions} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse,
 *   next: (error?: unknown) => void) => Promise<void>}
 */
export function feedMiddleware(options) {
  const handle = createFeed(options);
  return async (req, res, next) => {
    if (!isFeed(req.url)) return next();
    try {
      const body = req.method === 'POST' ? await readBody(req) : '';
      const signal = closeSignal(res);
      const result = await handle(req.url ?? '/', req.headers, { method: req.method, body, signal });
      if (!result || res.writableEnded || res.destroyed) return;
      // The feed decides its own CORS: a host's CORS middleware that ran first (Vite's does) must not add to it.
      for (const name of res.getHeaderNames()) if (name.startsWith('access-control-')) res.removeHeader(name);
      const length =
        result.status === 204 || result.status === 304 ? {} : { 'Content-Length': result.body.length };
      res.writeHead(result.status, { ...result.headers, ...length });
      res.end(result.body);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The feed as Koa middleware, for @web/test-runner and @web/dev-server: `middleware: [koaFeedMiddleware()]`.
 * @param {FeedOptions} [options]
 * @returns {(ctx: any, next: () => Promise<unknown>) => Promise<unknown>}
 */
export function koaFeedMiddleware(options) {
  const handle = createFeed(options);
  return async (ctx, next) => {
    if (!isFeed(ctx.url)) return next();
    const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
    const signal = closeSignal(ctx.res);
    const result = await handle(ctx.url, ctx.headers, { method: ctx.method, body, signal });
    if (!result) return;
    ctx.status = result.status;
    // Headers first: Koa picks a Content-Type of its own for a body that arrives without one.
    ctx.set(result.headers);
    ctx.body = result.body;
  };
}

/**
 * Starts a standalone feed server (as `node scripts/feed-server.mjs` does).
 * @param {FeedOptions & { port?: number, host?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startFeedServer({ port = 8123, host = '127.0.0.1', log, ...options } = {}) {
  const middleware = feedMiddleware(options);
  const server = createServer((req, res) => {
    if (log)
      res.on('close', () => log(`${req.method} ${req.url} ${res.writableEnded ? res.statusCode : '(left)'}`));
    middleware(req, res, (error) => {
      res.writeHead(error ? 500 : 404, { 'Content-Type': 'text/plain' });
      res.end(error ? 'feed server error\n' : `not found: try ${MOUNT}totals.json\n`);
    });
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${typeof address === 'object' && address ? address.port : port}${MOUNT}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8123' },
      host: { type: 'string', default: '127.0.0.1' },
      every: { type: 'string', default: '20' },
    },
  });
  const server = await startFeedServer({
    port: Number(values.port),
    host: values.host,
    every: Number(values.every),
    log: (line) => console.log(line),
  });
  console.log(`feed: ${server.url}totals.json (every ${values.every} s; index at ${server.url})`);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => server.close().then(() => process.exit(0)));
}

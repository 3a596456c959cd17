import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { browsers, chromiumArgs, chromiumPath, firefoxPath } from './scripts/browsers.mjs';
import { runnable } from './scripts/ensure-browsers.mjs';
import { koaFeedMiddleware } from './scripts/feed-server.mjs';
import { pictureCommand } from './scripts/picture-command.mjs';

// npm test installs missing browsers before this runs (scripts/ensure-browsers.mjs); this guard is
// for web-test-runner started on its own.
for (const { name, path } of browsers) {
  if (!runnable(path)) {
    throw new Error(
      `${name} is not at ${path}. Run "npm test", which installs the browsers or says what to do (scripts/ensure-browsers.mjs).`,
    );
  }
}

// Every test page is served under a Content-Security-Policy as strict as a careful blog's: no
// inline styles at all, so a widget that writes a style attribute fails here as it would there.
const CSP = "style-src 'self'; object-src 'none'; base-uri 'none'";

// Reduced motion and forced colours are browser settings: this file runs in browsers started with them.
const PREFERENCES_TEST = 'test/preferences.test.ts';
// So is a dark colour scheme, which the auto theme follows.
const DARK_SYSTEM_TEST = 'test/dark-system.test.ts';

function chromium(extraArgs = []) {
  return chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      args: [...chromiumArgs, ...extraArgs],
    },
  });
}

function firefox(extraPrefsFirefox = {}) {
  return puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox },
  });
}

/**
 * `executeServerCommand('emulate-time-zone', 'Asia/Tokyo')` sets the browser's time zone for the
 * test's page (no zone: the system's again), through Puppeteer: CDP in Chromium, BiDi in Firefox.
 */
function timeZoneCommand() {
  return {
    name: 'emulate-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      await session.browser.getPage(session.id).emulateTimezone(payload || undefined);
      return true;
    },
  };
}

/** Stands in for a CDN: the built file is fetched from a second origin, as bloggers load it. */
function cdnOrigin(ctx) {
  const port = ctx.host.split(':')[1];
  return `http://localhost:${port}`;
}

export default {
  files: ['test/**/*.test.ts', `!${PREFERENCES_TEST}`, `!${DARK_SYSTEM_TEST}`],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // A test waiting for an event fails after 3 s, naming it (test/helpers.ts). The rest of the 10 s
  // is for work that is only slow on a busy machine: with other suites running (a load average
  // above 20 on 2 cores), a fixture and its axe audit have taken more than 5 s.
  testFramework: { config: { timeout: 10_000 } },
  // On such a machine Firefox has also taken longer than the default 30 s to start and open a test
  // page. Only starting up gets this long: a stuck test still fails within its own 10 s.
  browserStartTimeout: 90_000,
  // Lit's dev mode (kept for its warnings) announces itself once per file: that line is noise here.
  testRunnerHtml: (framework) => `<!doctype html>
    <html lang="en">
      <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
      <body><script type="module" src="${framework}"></script></body>
    </html>`,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    timeZoneCommand(),
    pictureCommand(),
  ],
  reporters: [defaultReporter(), plainCount()],
  browsers: [chromium(), firefox()],
  groups: [
    {
      name: 'reader-preferences',
      files: PREFERENCES_TEST,
      browsers: [
        chromium(['--force-prefers-reduced-motion', '--force-high-contrast']),
        firefox({ 'ui.prefersReducedMotion': 1, 'browser.display.document_color_use': 2 }),
      ],
    },
    {
      name: 'dark-system',
      files: DARK_SYSTEM_TEST,
      browsers: [
        chromium(['--force-dark-mode']),
        firefox({ 'layout.css.prefers-color-scheme.content-override': 0 }),
      ],
    },
  ],
  middleware: [
    staticHost,
    // The local feed server under /feed/: growing totals, ETags and 304s, and faults on demand. Tests
    // name a campaign of their own (?campaign=…), since feeds and stored copies are kept by URL.
    koaFeedMiddleware(),
    async function securityHeaders(ctx, next) {
      await next();
      if (ctx.path.startsWith('/dist/')) ctx.set('Access-Control-Allow-Origin', '*');
      const demoBuilt = ctx.path.startsWith('/demo/') && ctx.path.endsWith('.html') && 'built' in ctx.query;
      if ((ctx.path.startsWith('/test/fixtures/') && ctx.path.endsWith('.html')) || demoBuilt) {
        // A blogger's page: scripts only from the page itself and the CDN, nothing inline.
        const cdn = cdnOrigin(ctx);
        const trustedTypes = ctx.path.includes('trusted-types')
          ? "; require-trusted-types-for 'script'; trusted-types lit-html"
          : '';
        ctx.set(
          'Content-Security-Policy',
          `default-src 'self'; script-src 'self' ${cdn}; ${CSP}${trustedTypes}`,
        );
        // A 304 (a reload) has no body: the browser shows the page it was sent before.
        if (ctx.status === 304) return;
        const body = typeof ctx.body === 'string' ? ctx.body : await streamToString(ctx.body);
        ctx.body = demoBuilt ? publishedDemo(body, cdn) : body.replaceAll('%CDN%', cdn);
      } else {
        ctx.set('Content-Security-Policy', CSP);
      }
    },
    releasedPackage,
  ],
};

/** What `npm run release:check` leaves: the packed package as npm installed it, and a Vite app built on it. */
const RELEASE_CHECK = new URL('./node_modules/.cache/release-check/app/', import.meta.url);
const { version: VERSION } = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
};

/**
 * Stands in for jsDelivr: `/npm/campaign-progress@<version or major>/<file>` is the file from the packed
 * tarball, with a CDN's CORS header, as cdn.jsdelivr.net serves a package from npm; a version this is
 * not is not found. `/release-app/` is the Vite app built on the tarball. Both come from
 * `npm run release:check`, which `npm test` runs first.
 */
async function releasedPackage(ctx, next) {
  const cdn = /^\/npm\/campaign-progress@([^/]+)\/(.+)$/.exec(ctx.path);
  const app = /^\/release-app\/(.*)$/.exec(ctx.path);
  if (!cdn && !app) return next();
  if (cdn && cdn[1] !== VERSION && cdn[1] !== VERSION.split('.')[0]) {
    ctx.status = 404;
    ctx.body = `campaign-progress@${cdn[1]}: this stand-in for jsDelivr has only ${VERSION}`;
    return;
  }
  const file = cdn
    ? new URL(`node_modules/campaign-progress/${cdn[2]}`, RELEASE_CHECK)
    : new URL(`dist/${app[1] || 'index.html'}`, RELEASE_CHECK);
  if (!file.href.startsWith(RELEASE_CHECK.href)) return next();
  try {
    ctx.body = await readFile(file);
  } catch {
    ctx.status = 404;
    ctx.body = `${ctx.path} is not there: run "npm run release:check" (after "npm run build"), which packs the package and builds the app that this serves`;
    return;
  }
  ctx.type = TYPES[extname(file.pathname)] ?? 'application/octet-stream';
  if (cdn) ctx.set('Access-Control-Allow-Origin', '*');
}

const DEMO_SCRIPT = '<script type="module" src="../src/define.ts"></script>';

/**
 * A demo page (`/demo/….html?built`) as a blogger would publish it: the built file from the CDN in
 * place of the sources Vite serves, after the fixtures' watchers of the page and its console.
 */
function publishedDemo(body, cdn) {
  if (!body.includes(DEMO_SCRIPT)) throw new Error(`a demo page without ${DEMO_SCRIPT}`);
  return body.replace(
    DEMO_SCRIPT,
    `<script src="/test/fixtures/watch.js"></script>
    <script src="/test/fixtures/console-watch.js"></script>
    <script type="module" src="${cdn}/dist/campaign-progress.js"></script>`,
  );
}

/** Files on the stand-in static host, by path: their body, Last-Modified and the requests for them. */
const hostedFiles = new Map();

/**
 * A static host as Apache and nginx serve a file by default: `Last-Modified`, no `Cache-Control`,
 * and 304 to a conditional request when the file has not changed since. Browsers may then reuse
 * their copy for hours without asking, unless the widget revalidates. A test "edits" a file by
 * POSTing `{ body, lastModified }` to its path under /test/static-host/ with `?edit` (a POST to
 * the file's own URL would make the browser drop its copy), and reads the requests made for it
 * with `?requests`. Any origin may read the files, as on a host that allows CORS;
 * a preflight (OPTIONS) is refused, so a request that needs one fails.
 */
async function staticHost(ctx, next) {
  if (!ctx.path.startsWith('/test/static-host/')) return next();
  const file = hostedFiles.get(ctx.path);
  if (ctx.method === 'POST') {
    const { body, lastModified } = JSON.parse(await streamToString(ctx.req));
    hostedFiles.set(ctx.path, { body, lastModified: new Date(lastModified), requests: file?.requests ?? [] });
    ctx.status = 204;
    return;
  }
  if (!file) {
    ctx.status = 404;
    return;
  }
  if ('requests' in ctx.query) {
    ctx.body = file.requests;
    return;
  }
  const since = ctx.get('If-Modified-Since');
  ctx.set('Access-Control-Allow-Origin', '*');
  if (ctx.method === 'OPTIONS') {
    ctx.status = 405;
  } else {
    ctx.set('Last-Modified', file.lastModified.toUTCString());
    // HTTP dates count whole seconds.
    if (since && Math.floor(file.lastModified / 1000) <= Math.floor(new Date(since) / 1000)) ctx.status = 304;
    else {
      ctx.type = 'application/json';
      ctx.body = file.body;
    }
  }
  file.requests.push({ method: ctx.method, status: ctx.status, origin: ctx.get('Origin') || null });
}

/** Ends the run with a plain "N passed, N failed" line, counted over every browser and group. */
function plainCount() {
  return {
    onTestRunFinished({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        const before = count.failed;
        if (session.testResults) walk(session.testResults);
        // A file that failed to load, or threw outside a test, has no failed test to count.
        if (!session.passed && count.failed === before) count.failed++;
      }
      const skipped = count.skipped ? `, ${count.skipped} skipped` : '';
      // After web-test-runner's own closing lines, so that it is the last line of the run.
      process.once('exit', () => console.log(`${count.passed} passed, ${count.failed} failed${skipped}`));
    },
  };
}

async function streamToString(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

// Writes the demo as a static site into site/: the post, the variations, the gallery and the snippet
// builder, loading the built file beside them, for any static host (GitHub Pages, a folder on a web
// server). Every link is relative, so the site works wherever it is put. Run after `vite build`
// (`npm run build:site` does both).
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = `${root}demo/`;
const site = `${root}site/`;

const WIDGET_SCRIPT = '<script type="module" src="../src/define.ts"></script>';
const BUILDER_SCRIPT = '<script type="module" src="./builder/builder.ts"></script>';

/**
 * The dev server's local feed (/feed/…, scripts/feed-server.mjs) does not exist on a static host: its
 * campaigns become the sample campaign's static totals.json ($620 of $1,000, 14 donors), a feed made
 * to fail becomes a file that is not there, and the platforms' responses are copied beside the pages.
 */
function staticFeed(url) {
  const query = new URLSearchParams(url.split('?')[1]?.replaceAll('&amp;', '&'));
  if (url.startsWith('/feed/platforms/')) return `./platforms/${url.slice('/feed/platforms/'.length)}`;
  if (query.has('status')) return './no-such-feed.json';
  return './totals.json';
}

/** A demo page as the site serves it: the built file for the sources, static feeds for the live ones. */
function publish(name, html) {
  if (!html.includes(WIDGET_SCRIPT)) throw new Error(`demo/${name} does not load ${WIDGET_SCRIPT}`);
  const published = html
    .replace(WIDGET_SCRIPT, '<script type="module" src="./campaign-progress.js"></script>')
    .replace(BUILDER_SCRIPT, '<script type="module" src="./builder/builder.js"></script>')
    .replace(/src="(\/feed\/[^"]*)"/g, (_, url) => `src="${staticFeed(url)}"`);
  const absolute = [...published.matchAll(/\s(?:src|href)="(\/[^"]*)"/g)].map(([, url]) => url);
  if (absolute.length) throw new Error(`site/${name} would link to the host's root: ${absolute.join(', ')}`);
  return published;
}

await rm(site, { recursive: true, force: true });
await mkdir(`${site}platforms`, { recursive: true });

// The builder's script, compiled from TypeScript, with the pure helpers it shares with the widget.
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    outDir: `${site}builder`,
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: `${demo}builder/builder.ts`, formats: ['es'], fileName: () => 'builder.js' },
  },
});

await copyFile(`${root}dist/campaign-progress.js`, `${site}campaign-progress.js`);
for (const name of await readdir(demo)) {
  if (name.endsWith('.html'))
    await writeFile(`${site}${name}`, publish(name, await readFile(`${demo}${name}`, 'utf8')));
  else if (name.endsWith('.css') || name.endsWith('.json') || name.endsWith('.js'))
    await copyFile(`${demo}${name}`, `${site}${name}`);
}
const platforms = `${root}test/fixtures/platforms/`;
for (const name of await readdir(platforms))
  await copyFile(`${platforms}${name}`, `${site}platforms/${name}`);

console.log(
  `site/: the demo, variations, gallery and snippet builder, with the built file, for any static host`,
);

import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { feedMiddleware } from './scripts/feed-server.mjs';
import { LIT_NOTICE } from './scripts/release.mjs';

/**
 * `npm start` lands on the demo: the dev server sends `/` to `/demo/`, and prints the demo's
 * address beside its own. No browser is opened for it: a machine without a desktop has none.
 */
function demoAtRoot(): Plugin {
  return {
    name: 'demo-at-root',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0];
        if (path !== '/' && path !== '/index.html') return next();
        response.writeHead(302, { Location: '/demo/' }).end();
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const local = server.resolvedUrls?.local[0];
        if (local) server.config.logger.info(`  ➜  Demo:    ${new URL('demo/', local)}`);
      };
    },
  };
}

/**
 * The local feed server under `/feed/` (scripts/feed-server.mjs), so that the demo's widgets read a
 * campaign that grows while you watch, and feeds that fail, from the dev server's own origin.
 */
function liveFeed(): Plugin {
  return {
    name: 'live-feed',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(feedMiddleware());
    },
  };
}

/**
 * Lit's production build writes to the page's globals: version lists (`litHtmlVersions`…), kept for
 * a dev-mode warning about several copies, and `litPropertyMetadata` with `Symbol.metadata`, for
 * decorators, which this element does not use. A widget pasted into other people's pages adds
 * nothing to their `window`, so the build takes these out; a Lit release that writes them some other
 * way fails the build here rather than leak.
 */
function noLitGlobals(): Plugin {
  const removals: [file: RegExp, code: RegExp, replacement: string][] = [
    [
      /reactive-element\.js$/,
      /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/,
      '',
    ],
    [/reactive-element\.js$/, /litPropertyMetadata\.get\(\w+\)/, 'void 0'],
    [/reactive-element\.js$/, /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
    [/lit-html\.js$/, /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
    [/lit-element\.js$/, /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
  ];
  return {
    name: 'no-lit-globals',
    apply: 'build',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!/[/\\]node_modules[/\\](@lit[/\\]reactive-element|lit-html|lit-element)[/\\]/.test(path)) return;
      for (const [file, pattern, replacement] of removals) {
        if (!file.test(path)) continue;
        if (!pattern.test(code))
          this.error(`no-lit-globals: ${pattern} is not in ${path}; check Lit's globals`);
        code = code.replace(pattern, replacement);
      }
      return code;
    },
  };
}

const { name, version, license } = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, string>;

export default defineConfig({
  // Lit's html and css templates are plain strings to the minifier: their white space ships unless
  // squeezed here, at build time.
  plugins: [{ ...minifyTemplateLiterals(), apply: 'build' }, noLitGlobals(), demoAtRoot(), liveFeed()],
  // Vite's CORS middleware would answer every preflight before the feed sees it: the feed speaks
  // CORS for itself (and refuses it with cors=0, as a static host does).
  server: { host: '127.0.0.1', cors: false },
  build: {
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'campaign-progress.js',
    },
    target: 'es2022',
    rolldownOptions: {
      output: {
        minify: {
          compress: true,
          mangle: true,
          codegen: true,
        },
        comments: { annotation: false },
        // Which release a page has, and under what licences, for whoever opens the file (after
        // minification, which would drop it): Lit's BSD licence asks that its notice travel with it.
        postBanner: `/*! ${name} ${version} | ${license} | ${LIT_NOTICE} */`,
      },
    },
  },
});

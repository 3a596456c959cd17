// The benchmark's peers: the lightest progress bars of three web-component libraries, each built
// the way this widget is (Vite library mode, one minified ES module with its Lit bundled), from its
// progress-bar component alone. Installed from the npm registry on demand, with their dependencies,
// into node_modules/.cache/bench-peers, not as dev dependencies: they are for `npm run bench` only,
// and every `npm ci` would otherwise fetch three component libraries. Fetched and built once per
// install; a machine without the registry gets no peer rows, and is told so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve('node_modules/.cache/bench-peers');

/**
 * Each peer: its package, the module of its progress bar, and its markup in the benchmark's pages
 * for a campaign at `percent` per cent, named `name`.
 */
export const peers = {
  shoelace: {
    title: 'Shoelace <sl-progress-bar>',
    package: '@shoelace-style/shoelace@2.20.1',
    module: '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js',
    tag: 'sl-progress-bar',
    markup: (percent, name) => `<sl-progress-bar value="${percent}" label="${name}"></sl-progress-bar>`,
  },
  material: {
    title: 'Material Web <md-linear-progress>',
    package: '@material/web@2.5.0',
    module: '@material/web/progress/linear-progress.js',
    tag: 'md-linear-progress',
    markup: (percent, name) =>
      `<md-linear-progress value="${percent / 100}" aria-label="${name}"></md-linear-progress>`,
  },
  webawesome: {
    title: 'Web Awesome <wa-progress-bar>',
    package: '@awesome.me/webawesome@3.14.0',
    module: '@awesome.me/webawesome/dist/components/progress-bar/progress-bar.js',
    tag: 'wa-progress-bar',
    markup: (percent, name) => `<wa-progress-bar value="${percent}" label="${name}"></wa-progress-bar>`,
  },
};

const built = (name) => `${DIR}/dist/${name}.js`;

/**
 * The peers' built files by name, installing and building the missing ones; `{}` with a warning
 * when they cannot be installed (no registry), so that the benchmark still runs without them.
 */
export async function peerBuilds() {
  const names = Object.keys(peers);
  if (!names.every((name) => existsSync(built(name)))) {
    console.log(`bench-peers: installing ${names.map((name) => peers[name].package).join(', ')} into ${DIR}`);
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(`${DIR}/entries`, { recursive: true });
    // A package.json of its own, so that npm installs here and not into the project.
    writeFileSync(`${DIR}/package.json`, '{ "private": true }\n');
    try {
      execFileSync(
        'npm',
        [
          'install',
          '--prefix',
          DIR,
          '--no-save',
          '--no-audit',
          '--no-fund',
          '--ignore-scripts',
          ...names.map((name) => peers[name].package),
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
    } catch {
      console.warn('bench-peers: could not install the peers; the benchmark runs without their rows');
      return {};
    }
    const { build } = await import('vite');
    const { default: minifyTemplateLiterals } = await import('rollup-plugin-minify-template-literals');
    for (const name of names) {
      const entry = `${DIR}/entries/${name}.js`;
      writeFileSync(entry, `import '${peers[name].module}';\n`);
      await build({
        configFile: false,
        logLevel: 'warn',
        root: DIR,
        plugins: [minifyTemplateLiterals()],
        build: {
          lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
          outDir: `${DIR}/dist`,
          emptyOutDir: false,
          target: 'es2022',
          rolldownOptions: { output: { minify: true, comments: { annotation: false } } },
        },
      });
    }
  }
  return Object.fromEntries(names.map((name) => [name, built(name)]));
}

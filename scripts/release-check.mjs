// The package as a user gets it: `npm pack`, installed into a blank project from the npm cache alone
// (no network), then (b) a Vite app that imports it and uses Lit of its own must build with one copy of
// Lit, and (c) a TypeScript file using the element and its events must type-check against the packed
// types. The unpacked package and the app's build stay in node_modules/.cache/release-check/ for
// test/release.test.ts, which loads them in browsers (a). Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { LIT_NOTICE } from './release.mjs';

const ROOT = process.cwd();
const CHECK_DIR = resolve(ROOT, 'node_modules/.cache/release-check');
const APP = join(CHECK_DIR, 'app');
const started = Date.now();

/** Says what is checked, and stops the script with `message` when `ok` is false. */
function check(what, ok, message) {
  if (!ok) {
    console.error(`release-check: FAILED: ${what}: ${message}`);
    process.exit(1);
  }
  console.log(`release-check: ok: ${what}`);
}

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    console.error(`release-check: FAILED: ${command} ${args.join(' ')} (in ${cwd})`);
    console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`.trim());
    process.exit(1);
  }
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
check(
  'the one-file build and the unbundled build are built',
  existsSync('dist/campaign-progress.js') && existsSync('dist/lib/define.js'),
  'run "npm run build" first',
);
const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | ${LIT_NOTICE} */\n`;
check(
  `the one-file build starts with its banner, ${banner.trim()}`,
  readFileSync('dist/campaign-progress.js', 'utf8').startsWith(banner),
  'the banner in vite.config.ts is missing or names another version',
);

rmSync(CHECK_DIR, { recursive: true, force: true });
mkdirSync(APP, { recursive: true });

// --- npm pack: what `npm publish` would upload.
const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', CHECK_DIR], ROOT));
const tarball = join(CHECK_DIR, packed.filename);
const files = packed.files.map((file) => file.path);
const expected = [
  'package.json',
  'README.md',
  'LICENSE',
  'THIRD-PARTY-NOTICES.md',
  'CHANGELOG.md',
  'dist/campaign-progress.js',
  'dist/custom-elements.json',
  'dist/lib/define.js',
  'dist/lib/define.d.ts',
  'dist/lib/campaign-progress.js',
  'totals.schema.json',
  'bin/campaign-progress.mjs',
];
const missing = expected.filter((file) => !files.includes(file));
check(`the tarball holds ${expected.join(', ')}`, missing.length === 0, `missing ${missing.join(', ')}`);
const extra = files.filter(
  (file) =>
    !expected.includes(file) &&
    !/^dist\/lib\/(picture\/)?[\w.-]+\.(js|d\.ts)$/.test(file) &&
    file !== 'totals.schema.json',
);
check(
  `the tarball holds nothing else (${files.length} files, ${packed.size} B)`,
  extra.length === 0,
  `unexpected ${extra.join(', ')}`,
);

const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const unshipped = manifest.modules.map((module) => module.path).filter((path) => !files.includes(path));
check(
  `the custom elements manifest (${pkg.customElements}) is shipped and names shipped modules`,
  files.includes(pkg.customElements) && unshipped.length === 0,
  unshipped.length ? `not in the tarball: ${unshipped.join(', ')}` : 'the manifest is not in the tarball',
);

// --- A blank project, installed from the npm cache only. `npm ci` leaves package tarballs in the
// cache, not the registry's lists of versions, so the project is installed from a lockfile: the
// tarball, and Lit at the versions this repository's lockfile has (which `npm ci` cached).
const dependencies = { [pkg.name]: `file:${packed.filename}`, lit: pkg.dependencies.lit };
writeFileSync(
  join(APP, 'package.json'),
  JSON.stringify({ name: 'release-check-app', private: true, type: 'module', dependencies }, null, 2),
);
const repoLock = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
const locked = {
  '': { name: 'release-check-app', dependencies },
  [`node_modules/${pkg.name}`]: {
    version: pkg.version,
    resolved: `file:${packed.filename}`,
    integrity: packed.integrity,
    license: pkg.license,
    dependencies: pkg.dependencies,
    bin: pkg.bin,
    peerDependencies: pkg.peerDependencies,
    peerDependenciesMeta: pkg.peerDependenciesMeta,
  },
};
const wanted = Object.keys(pkg.dependencies);
while (wanted.length) {
  const name = wanted.pop();
  const key = `node_modules/${name}`;
  if (locked[key]) continue;
  if (!repoLock[key]) check(`${name} is in package-lock.json`, false, 'run "npm install"');
  // As a dependency of the app: not dev, peer or optional.
  const entry = { ...repoLock[key] };
  for (const flag of ['dev', 'peer', 'optional', 'devOptional']) delete entry[flag];
  locked[key] = entry;
  wanted.push(...Object.keys(entry.dependencies ?? {}));
}
writeFileSync(
  join(APP, 'package-lock.json'),
  JSON.stringify(
    { name: 'release-check-app', lockfileVersion: 3, requires: true, packages: locked },
    null,
    2,
  ),
);
// The tarball sits beside the project so that its lockfile names it by a relative path.
copyFileSync(tarball, join(APP, packed.filename));
run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], APP);
const installed = join(APP, 'node_modules', pkg.name);
check(
  'the tarball installs into a blank project with no network (npm ci --offline)',
  existsSync(join(installed, 'package.json')),
  'not installed',
);
// The picture command comes with the package; the browser driver it needs does not, so that the
// widget's users never download it (an optional peer: npx -p puppeteer-core brings it when asked).
check(
  'the package installs its picture command, and not the puppeteer-core it may use',
  existsSync(join(APP, 'node_modules', '.bin', 'campaign-progress')) &&
    !existsSync(join(APP, 'node_modules', 'puppeteer-core')),
  'node_modules/.bin/campaign-progress is missing, or puppeteer-core was installed',
);
check(
  'npx campaign-progress --help answers from the installed package',
  run(join(APP, 'node_modules', '.bin', 'campaign-progress'), ['--help'], APP).includes(
    'Usage: campaign-progress picture',
  ),
  'no usage',
);
const litCopies = readdirSync(join(APP, 'node_modules'), { recursive: true }).filter((path) =>
  /(^|[/\\])lit-html[/\\]package\.json$/.test(path),
);
check(
  'npm installs one lit-html for the app and the package',
  litCopies.length === 1,
  `${litCopies.length} copies: ${litCopies.join(', ')}`,
);

// --- (b) A Vite app that imports the package and uses Lit itself.
writeFileSync(
  join(APP, 'index.html'),
  `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>An app with a bundler</title></head>
  <body>
    <app-root></app-root>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`,
);
writeFileSync(
  join(APP, 'main.js'),
  `import 'campaign-progress';
import { LitElement, html } from 'lit';

// The app's own Lit element, which renders the widget: one Lit for both.
class AppRoot extends LitElement {
  render() {
    return html\`<campaign-progress raised="620" goal="1000" currency="USD" heading="Built by Vite"></campaign-progress>\`;
  }
}
customElements.define('app-root', AppRoot);
`,
);
await build({
  root: APP,
  base: './',
  configFile: false,
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true },
});
const assets = join(APP, 'dist', 'assets');
const bundle = readdirSync(assets)
  .filter((file) => file.endsWith('.js'))
  .map((file) => readFileSync(join(assets, file), 'utf8'))
  .join('\n');
// Each Lit package announces its version once per copy (the list Lit's dev mode warns about), and
// lit-html's attribute marker `$lit$` is one string literal per copy.
const markers = {
  'lit-html ($lit$)': /\$lit\$/g,
  'lit-html (litHtmlVersions)': /litHtmlVersions/g,
  'lit-element (litElementVersions)': /litElementVersions/g,
  '@lit/reactive-element (reactiveElementVersions)': /reactiveElementVersions/g,
};
for (const [name, marker] of Object.entries(markers)) {
  const count = bundle.match(marker)?.length ?? 0;
  check(`the Vite app's bundle has one copy of ${name}`, count === 1, `found ${count}`);
}
check(
  "the Vite app's bundle has the widget and the app's element",
  bundle.includes('campaign-progress') && bundle.includes('app-root'),
  'one of them is missing',
);

// --- (c) TypeScript, strict, against the packed types.
writeFileSync(
  join(APP, 'check.ts'),
  `import 'campaign-progress';
import { CampaignProgress, CampaignProgressUpdateEvent, type Totals } from 'campaign-progress';
import { CampaignProgress as Unregistered } from 'campaign-progress/lib/campaign-progress.js';

const found = document.querySelector('campaign-progress')!;
const raised: number | string | undefined = found.raised;
const created: CampaignProgress = document.createElement('campaign-progress');
const goal: number | string | undefined = created.goal;
const sameClass: typeof Unregistered = CampaignProgress;

found.addEventListener('campaign-progress-update', (event) => event.detail.raised.toFixed());
found.addEventListener('campaign-progress-update', (event) => {
  const update: CampaignProgressUpdateEvent = event;
  const totals: Totals = update.detail;
  return totals;
});
found.addEventListener('campaign-progress-goal-reached', (event) => event.detail.goal.toFixed());
found.addEventListener('campaign-progress-error', (event) => event.detail.message.trim());
document.addEventListener('campaign-progress-update', (event) => event.detail.raised.toFixed());

// The types say no, where a wrong guess would pass as \`any\`:
// @ts-expect-error: raised is a number or a numeric string
found.raised = true;
// @ts-expect-error: an update's detail is the totals, which have no such field
found.addEventListener('campaign-progress-update', (event) => event.detail.nonsense);

export { raised, goal, sameClass };
`,
);
writeFileSync(
  join(APP, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ['check.ts'],
    },
    null,
    2,
  ),
);
run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(APP, 'tsconfig.json')], APP);
check(
  'a strict TypeScript file using the element, its properties and its events type-checks against the packed types',
  true,
);

console.log(
  `release-check: all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s; the packed files are in ${installed}, the Vite app's build in ${join(APP, 'dist')}`,
);

// Writes the built file's Subresource Integrity hash, and the package's version, into the README's
// pinned snippet (the jsDelivr address with an exact version), so that the `integrity` a blogger pastes
// is always the shipped file's. Run after `npm run build`; `npm run docs:check` fails until it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { pinnedScript, sri } from './release.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = sri(readFileSync('dist/campaign-progress.js'));
const readme = readFileSync('README.md', 'utf8');
const pinned = pinnedScript.exec(readme);
if (!pinned) {
  console.error(
    'release:hash: the README has no pinned snippet (an exact-version jsDelivr script tag with integrity)',
  );
  process.exit(1);
}
writeFileSync('README.md', readme.replace(pinnedScript, pinnedTag(version, integrity)));
console.log(`release:hash: README pins campaign-progress@${version}, ${integrity}`);

function pinnedTag(version, integrity) {
  return `<script type="module" src="https://cdn.jsdelivr.net/npm/campaign-progress@${version}/dist/campaign-progress.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
}

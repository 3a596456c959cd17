// Checks the README's API tables against dist/custom-elements.json, which `cem analyze` generates from
// the element's JSDoc: an attribute, event, part or custom property added, renamed or removed in the code
// and not in the README (or the other way round) fails the test command. It also checks that the README's
// pinned script tag names this version and the built file's integrity hash.
import { readFileSync } from 'node:fs';
import { pinnedScript, sri } from './release.mjs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((d) => d.tagName === 'campaign-progress');
const readme = readFileSync('README.md', 'utf8');

/** The backticked names in the first column of the tables under `## heading`, with their second column. */
function documented(heading) {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return new Map(
    [...section.matchAll(/^\| `([^`]+)` +\| *([^|]*?) *\|/gm)].map(([, name, second]) => [name, second]),
  );
}

const problems = [];
function compare(what, inCode, inReadme) {
  for (const name of inCode)
    if (!inReadme.has(name)) problems.push(`${what} "${name}" is in the code but not in the README`);
  for (const name of inReadme.keys())
    if (!inCode.includes(name)) problems.push(`${what} "${name}" is in the README but not in the code`);
}

const styling = documented('Styling');
const readmeParts = new Map([...styling].filter(([name]) => !name.startsWith('--')));
const readmeProperties = new Map([...styling].filter(([name]) => name.startsWith('--')));

compare(
  'attribute',
  element.attributes.map((a) => a.name),
  documented('Attributes'),
);
compare(
  'event',
  element.events.map((e) => e.name),
  documented('Events'),
);
compare(
  'part',
  element.cssParts.map((p) => p.name),
  readmeParts,
);
compare(
  'custom property',
  element.cssProperties.map((p) => p.name),
  readmeProperties,
);
for (const property of element.cssProperties) {
  const readmeDefault = readmeProperties.get(property.name);
  if (readmeDefault !== undefined && readmeDefault !== `\`${property.default}\``) {
    problems.push(
      `custom property "${property.name}" defaults to ${property.default} in the code, ${readmeDefault} in the README`,
    );
  }
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const pinned = pinnedScript.exec(readme);
const built = sri(readFileSync('dist/campaign-progress.js'));
if (!pinned)
  problems.push('the README has no pinned script tag (jsDelivr, an exact version, integrity, crossorigin)');
else if (pinned[1] !== version || pinned[2] !== built)
  problems.push(
    `the README's pinned script tag is campaign-progress@${pinned[1]} with ${pinned[2] || 'no hash'}, not this build's @${version} with ${built}: run "npm run release:hash" (after "npm run build") to write them`,
  );

for (const problem of problems) console.error(`docs: ${problem}`);
if (problems.length) process.exit(1);
console.log(
  `docs: README matches the manifest (${element.attributes.length} attributes, ${element.events.length} events, ${element.cssParts.length} parts, ${element.cssProperties.length} custom properties) and pins this build (@${version}, ${built})`,
);

// The WordPress block library's stylesheets, for test/blog-stylesheets.test.ts. The package is
// fetched from the npm registry as its tarball alone: installed as a dev dependency it would bring
// 280 packages (React, WordPress's editor) and a gigabyte to every `npm ci` for two CSS files.
// Kept in node_modules/.cache, so it is fetched once per install.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';

const PACKAGE = '@wordpress/block-library@11.0.0';
const DIR = 'node_modules/.cache/blog-styles';
const FILES = ['package/build-style/style.css', 'package/build-style/theme.css'];

if (!FILES.every((file) => existsSync(`${DIR}/${file}`))) {
  console.log(`blog-styles: fetching ${PACKAGE}'s stylesheets for the tests`);
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', DIR], { encoding: 'utf8' }),
  );
  execFileSync('tar', ['-xzf', `${DIR}/${filename}`, '-C', DIR, ...FILES]);
  rmSync(`${DIR}/${filename}`);
}

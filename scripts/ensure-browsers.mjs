// Run first by `npm test` and `npm run bench`, so that a newcomer's `npm ci && npm test` works on a
// fresh Debian machine: a browser missing from its Debian path is installed with apt (as root, or
// through `sudo -n`), saying so, as `npx playwright install --with-deps` does for its own browsers.
// Where that cannot work it stops at once with the command to run. With both browsers there it
// does nothing.
import { accessSync, constants, realpathSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { browsers } from './browsers.mjs';

// Lock::Timeout waits for another apt (an unattended upgrade, say) instead of failing at once.
const APT_GET = ['apt-get', '-q', '-o', 'DPkg::Lock::Timeout=300'];

const MAC_EXAMPLE =
  'CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" FIREFOX_PATH="/Applications/Firefox.app/Contents/MacOS/firefox" npm test';

/** Whether `path` is a program this user can run. */
export function runnable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What to do about the `missing` browsers on this system: `{ commands }` to run (none when nothing
 * is missing), or `{ stop }`, a message saying why not and what to type instead. `system` tells the
 * platform, whether this is root, and (asked only when needed) whether apt-get and `sudo -n` work.
 */
export function plan(missing, { platform, isRoot, hasAptGet, canSudo }) {
  if (!missing.length) return { commands: [] };

  // A path set on purpose is the user's choice: installing a package would not put a browser there.
  const misdirected = missing.filter((browser) => browser.path !== browser.debianPath);
  if (misdirected.length) {
    return {
      stop: misdirected
        .map(
          (browser) =>
            `${browser.variable} is "${browser.path}", but there is no program to run there. Point it at ` +
            `${browser.accepts}, or unset it to use ${browser.debianPath}.`,
        )
        .join('\n'),
    };
  }

  const packages = missing.map((browser) => browser.debianPackage);
  const named = missing.map((browser) => `${browser.name} (${browser.debianPath})`).join(' and ');
  const cannot = (reason, todo) => ({
    stop: `The tests need ${named}, which ${missing.length > 1 ? 'are' : 'is'} missing, and ${reason}.\n${todo}`,
  });
  const byHand = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  const elsewhere = `point ${missing.map((browser) => browser.variable).join(' and ')} at browsers you have`;

  if (platform !== 'linux') {
    return cannot(
      `this is ${platform}, where the tests cannot install browsers`,
      `Install Chrome and Firefox, and ${elsewhere}; on macOS:\n\n  ${MAC_EXAMPLE}\n`,
    );
  }
  if (!hasAptGet()) {
    return cannot(
      'there is no apt-get here to install them with',
      `Install Chromium and Firefox with this system's package manager, and ${elsewhere}:\n\n` +
        `  CHROME_PATH=$(command -v chromium) FIREFOX_PATH=$(command -v firefox) npm test\n`,
    );
  }
  const sudo = isRoot ? [] : canSudo() ? ['sudo', '-n'] : undefined;
  if (!sudo) {
    return cannot(
      'installing them takes root, which this user is not, and `sudo -n` did not work',
      `Run this, then npm test again:\n\n  ${byHand}\n\nor ${elsewhere}.`,
    );
  }
  const env = sudo.length ? ['DEBIAN_FRONTEND=noninteractive'] : [];
  return {
    announce: `The tests need ${named}. Installing the Debian package${packages.length > 1 ? 's' : ''} ${packages.join(' ')} with apt:`,
    commands: [
      [...sudo, ...env, ...APT_GET, 'update'],
      [...sudo, ...env, ...APT_GET, 'install', '-y', ...packages],
    ],
    packages,
  };
}

/** What this machine is, for `plan`. */
export function thisSystem() {
  const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  return {
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    hasAptGet: () => succeeds('apt-get', ['--version']),
    canSudo: () => succeeds('sudo', ['-n', 'true']),
  };
}

/**
 * Installs the `missing` browsers, or exits saying why it cannot. By default, the browsers not
 * where the tests look for them on this system.
 */
export function ensureBrowsers(
  missing = browsers.filter((browser) => !runnable(browser.path)),
  system = thisSystem(),
) {
  const say = (message) => console.log(`campaign-progress: ${message}`);
  const fail = (message) => {
    console.error(`campaign-progress: ${message}`);
    process.exit(1);
  };
  const steps = plan(missing, system);
  if (steps.stop) fail(steps.stop);
  if (!steps.commands.length) return;

  say(steps.announce);
  for (const [command, ...args] of steps.commands) {
    console.log(`+ ${[command, ...args].join(' ')}`);
    const { status, error } = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (status !== 0) {
      fail(
        `"${[command, ...args].join(' ')}" failed (${error?.message ?? `exit code ${status}`}), so the ` +
          `browsers are still missing. Where apt has no ${steps.packages.join(' or ')} package (Ubuntu ` +
          'ships Chromium and Firefox as snaps), install them your own way and point CHROME_PATH and ' +
          'FIREFOX_PATH at them.',
      );
    }
  }
  const stillMissing = missing.filter((browser) => !runnable(browser.path));
  if (stillMissing.length) {
    fail(
      `apt installed ${steps.packages.join(' ')}, yet ${stillMissing.map((b) => b.path).join(' and ')} is missing.`,
    );
  }
  say(`installed ${missing.map((browser) => browser.path).join(' and ')}.`);
}

// Run as a script, it does its job; imported (by web-test-runner.config.mjs, say), it only defines.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) ensureBrowsers();

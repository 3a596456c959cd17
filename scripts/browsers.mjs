// The system browsers the tests and the benchmark drive, and how to start Chromium here.

/**
 * Each browser: where it is (`path`), the variable that points elsewhere and what it may point at,
 * and the Debian package that puts it at its Debian path.
 */
export const browsers = [
  {
    name: 'Chromium',
    variable: 'CHROME_PATH',
    accepts: 'Chromium or Chrome',
    debianPath: '/usr/bin/chromium',
    debianPackage: 'chromium',
  },
  {
    name: 'Firefox ESR',
    variable: 'FIREFOX_PATH',
    accepts: 'Firefox',
    debianPath: '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
  },
].map((browser) => ({ ...browser, path: process.env[browser.variable] || browser.debianPath }));

export const [{ path: chromiumPath }, { path: firefoxPath }] = browsers;

// As root Chromium needs --no-sandbox; without the background-networking flags it keeps calling
// out to a network this machine does not have.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

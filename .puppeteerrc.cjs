// The tests drive the system's Chromium and Firefox: puppeteer (a dependency of
// @web/test-runner-puppeteer) must never download a browser of its own. npm 11 skips its install
// script anyway; npm 10, the one Node 20 ships with, runs it, and the script reads this file.
module.exports = { skipDownload: true };

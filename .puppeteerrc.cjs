// The tests drive the system's Chromium and Firefox: never download a browser of puppeteer's own.
module.exports = { skipDownload: true };

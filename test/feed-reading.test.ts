/**
 * Reading a hand-edited feed: slips that cannot change a figure are forgiven, and what is still
 * unreadable gets a message that helps fix the file.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { readJson } from '../src/json.js';
import { captureWarnings, nextEvent, part } from './helpers.js';
import { address, json, stubNetwork, type Network } from './network.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readJson', () => {
  it('reads plain JSON', () => {
    expect(readJson(utf8('{ "raised": 620, "goal": 1000 }'))).to.deep.include({
      ok: true,
      value: { raised: 620, goal: 1000 },
    });
  });

  it('forgives trailing commas and // and /* */ comments', () => {
    const file = `{
      // April's appeal
      "raised": 620, /* updated Tuesday */
      "goal": 1000,
      "tiers": [45, 240,],
    }`;
    expect(readJson(utf8(file))).to.deep.include({
      ok: true,
      value: { raised: 620, goal: 1000, tiers: [45, 240] },
    });
  });

  it('leaves // and /* inside strings alone', () => {
    const file = '{ "raised": 620, "page": "https://example.org/a//b", "note": "/* not a comment */, }" }';
    expect(readJson(utf8(file))).to.deep.include({
      ok: true,
      value: { raised: 620, page: 'https://example.org/a//b', note: '/* not a comment */, }' },
    });
    expect(readJson(utf8('{ "quote": "a \\"//\\" b", "raised": 1 }'))).to.deep.include({
      value: { quote: 'a "//" b', raised: 1 },
    });
  });

  it('reads a UTF-8 file with a byte order mark', () => {
    expect(readJson(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"raised":1}')]))).to.deep.include({
      ok: true,
      value: { raised: 1 },
    });
  });

  it('says the file is empty', () => {
    for (const file of ['', '  \n', '// nothing yet\n'])
      expect(readJson(utf8(file)), JSON.stringify(file)).to.deep.equal({
        ok: false,
        message: 'the file is empty',
      });
  });

  it('says the file is not UTF-8', () => {
    // "raised": 620, "note": "café" saved as Windows-1252 (é is 0xE9).
    const latin1 = new Uint8Array([...utf8('{"raised": 620, "note": "caf'), 0xe9, ...utf8('"}')]);
    expect(readJson(latin1)).to.deep.equal({ ok: false, message: 'the file is not UTF-8' });
    // Notepad's "Unicode": UTF-16 with its byte order mark.
    expect(readJson(new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x7d, 0]))).to.deep.equal({
      ok: false,
      message: 'the file is not UTF-8',
    });
  });

  // Where the browser's parser names a place, the message gives it; these are the places.
  const placed: [string, string, string][] = [
    ['curly quotes', '{ \u201craised\u201d: 620 }', 'line 1, column 3'],
    ['a missing comma', '{\n  "raised": 620\n  "goal": 1000\n}', 'line 3, column 3'],
    ['single quotes', "{ 'raised': 620 }", 'line 1, column 3'],
    ['an unquoted key', '{ raised: 620 }', 'line 1, column 3'],
    ['a missing colon', '{ "raised" 620 }', 'line 1, column 12'],
    ['an unclosed comment', '{ "raised": 620 /* oops }', 'line 1, column 17'],
    ['a second closing brace', '{ "raised": 620 }}', 'line 1, column 18'],
    ['a decimal comma', '{ "raised": 620,50 }', 'line 1, column 17'],
    ['Windows line ends', '{\r\n  "raised": 620,\r\n  x\r\n}', 'line 3, column 3'],
    ['a cut-short file', '{ "raised": 620, "goal": 10', 'line 1, column 28'],
    ['a list that never closes', '[1, 2', 'line 1, column 6'],
    ['a comment hiding the end', '{ "raised": 620 // }', 'line 1, column 21'],
    ['an unclosed string', '{ "raised": 620, "note": "hi }', 'line 1, column 31'],
  ];
  for (const [name, file, place] of placed) {
    it(`places ${name} by line and column`, () => {
      expect(readJson(utf8(file))).to.deep.equal({ ok: false, message: `see ${place}` });
    });
  }

  // An unexpected token: Firefox places it; Chromium quotes the text around it instead.
  for (const [name, file, place, token] of [
    ['an unquoted value', '{\n  "raised": 620,\n  "currency": USD\n}', 'line 3, column 15', "'U'"],
    ['a dollar amount', '{ "raised": $620, "goal": 1000 }', 'line 1, column 13', "'$'"],
  ]) {
    it(`places ${name}, or quotes the text around it`, () => {
      const result = readJson(utf8(file));
      expect(result.ok).to.equal(false);
      const { message } = result as { message: string };
      if (message.startsWith('see ')) expect(message).to.equal(`see ${place}`);
      else
        expect(message).to.match(
          new RegExp(`^Unexpected token ${token.replace('$', '\\$')}, .*USD|620`, 's'),
        );
    });
  }

  it('says when the file is a web page', () => {
    for (const file of ['<!doctype html><title>Not found</title>', '\n  <html>'])
      expect(readJson(utf8(file))).to.deep.equal({ ok: false, message: 'the file is a web page' });
  });
});

describe('a hand-edited feed', () => {
  let network: Network;
  beforeEach(() => {
    network = stubNetwork();
  });
  afterEach(() => network.restore());

  /** A widget with goal 1000 on a feed whose file is `body`, once it has settled. */
  async function onFile(body: BodyInit) {
    const src = network.route(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    const event = nextEvent('campaign-progress-update', 'campaign-progress-error');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
      );
      await event;
      await el.updateComplete;
    });
    return { el, src, event: await event, warnings };
  }

  it('shows its figures despite a comment and a trailing comma', async () => {
    const { el, event } = await onFile('{\n  "raised": 620, // after the bake sale\n  "donors": 14,\n}\n');
    expect(event.type).to.equal('campaign-progress-update');
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(part(el, 'donors').textContent).to.equal('14 donors');
    await expect(el).shadowDom.to.be.accessible();
  });

  for (const [name, body, message] of [
    [
      'a slip',
      '{\n  "raised": 620,\n  "currency": "USD"\n  "donors": 14\n}',
      'the feed is not valid JSON: see line 4, column 3 (application/json)',
    ],
    ['nothing', '', 'the feed is not valid JSON: the file is empty (application/json)'],
    [
      'another encoding',
      new Uint8Array([...utf8('{"raised": 620, "note": "caf'), 0xe9, ...utf8('"}')]),
      'the feed is not valid JSON: the file is not UTF-8 (application/json)',
    ],
  ] as const) {
    it(`says where the trouble is when the file holds ${name}`, async () => {
      const { el, src, event, warnings } = await onFile(body);
      expect(event.detail).to.deep.equal({ reason: 'not-json', message, src: address(src) });
      expect(warnings).to.deep.equal([`campaign-progress: ${address(src)}: ${message}`]);
      expect(part(el, 'status').textContent).to.equal('Totals unavailable');
    });
  }
});

describe('the address a feed message names', () => {
  let network: Network;
  beforeEach(() => {
    network = stubNetwork();
  });
  afterEach(() => network.restore());

  /** A widget on `src`, once the feed has answered: the event and the console's lines. */
  async function widgetOn(src: string) {
    const event = nextEvent('campaign-progress-update', 'campaign-progress-error');
    const warnings = await captureWarnings(async () => {
      const el = await fixture<CampaignProgress>(
        html`<campaign-progress src=${src} goal="1000"></campaign-progress>`,
      );
      await event;
      await el.updateComplete;
    });
    return { event: await event, warnings };
  }

  for (const [name, answer, failure] of [
    ['a 404', new Response('', { status: 404, statusText: 'Not Found' }), 'the feed answered 404 Not Found'],
    ['a network failure', 'network-error', 'the feed could not be reached'],
  ] as const) {
    it(`names the full address of a relative src, and says what a relative src means, on ${name}`, async () => {
      // "stub/…" on this page: relative, as "totals.json" is in a blog post.
      const src = network.route(answer).slice(1);
      const { event, warnings } = await widgetOn(src);
      const message = `${failure} (src "${src}" is relative to this page; write "/${src}" for the file at your site's root)`;
      expect(event.detail).to.deep.equal({
        reason: answer === 'network-error' ? 'network' : 'http',
        message,
        src: address(src),
      });
      expect(address(src)).to.match(/^http:\/\/[^/]+\/stub\//);
      expect(warnings).to.deep.equal([`campaign-progress: ${address(src)}: ${message}`]);
    });
  }

  it('gives no such hint for a root-relative or absolute src, nor for a feed that answers', async () => {
    const missing = () => network.route(new Response('', { status: 404, statusText: 'Not Found' }));
    for (const src of [missing(), address(missing())]) {
      const { event } = await widgetOn(src);
      expect(event.detail).to.deep.equal({
        reason: 'http',
        message: 'the feed answered 404 Not Found',
        src: address(src),
      });
    }
    // A relative src that reaches a file: the trouble is the file, not where it is.
    const broken = network.route(json('{ "raised": 620 ')).slice(1);
    const { event } = await widgetOn(broken);
    expect(event.detail).to.include({ reason: 'not-json', src: address(broken) });
    expect((event as CustomEvent<{ message: string }>).detail.message).not.to.contain('relative');
  });

  it('names the full address in a warning about the feed’s figures', async () => {
    const src = network.route(json({ raised: 620, donors: 'many' })).slice(1);
    const { event, warnings } = await widgetOn(src);
    expect(event.type).to.equal('campaign-progress-update');
    expect(warnings).to.deep.equal([
      `campaign-progress: ${address(src)}: "donors" must be a whole number like 14, not "many" (ignored)`,
    ]);
  });

  it('names the address a relative src has on a page deep in a site, as a blog post’s permalink is', async () => {
    // A page at /test/fixtures/, fetching for real: nothing is there.
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/fixtures/page-view.html';
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentWindow as Window & typeof globalThis;
      await waitUntil(
        () => page.customElements.get('campaign-progress'),
        'the page never defined the element',
      );
      const el = page.document.createElement('campaign-progress');
      el.setAttribute('src', 'no-such-totals.json');
      el.setAttribute('goal', '1000');
      const error = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('campaign-progress-error', (event) => resolve(event as CustomEvent)),
      );
      page.console.warn = () => {};
      page.document.body.append(el);
      expect((await error).detail).to.deep.equal({
        reason: 'http',
        message: `the feed answered 404 Not Found (src "no-such-totals.json" is relative to this page; write "/no-such-totals.json" for the file at your site's root)`,
        src: `${location.origin}/test/fixtures/no-such-totals.json`,
      });
    } finally {
      frame.remove();
    }
  });
});

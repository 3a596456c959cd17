/**
 * `npx campaign-progress picture`, tried as a new user would: good input gives progress.png (1200 px
 * wide), progress.svg and the alt text, the same for the same input and clock; broken input says
 * what is wrong, exits non-zero and leaves no file behind. The command runs on the test server
 * (scripts/picture-command.mjs), each in a fresh directory.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CommandFile {
  name: string;
  size: number;
  sha256: string;
  width?: number;
  height?: number;
  text?: string;
}
interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
  files: CommandFile[];
  ms: number;
}

const picture = (...args: string[]) =>
  executeServerCommand<CommandResult, string[]>('picture-command', ['picture', ...args]);

const SAMPLE = [
  '--src',
  'demo/totals.json',
  '--tiers',
  'test/fixtures/picture-tiers.json',
  '--heading',
  'Make a Difference for Freedom',
  '--ends',
  '2026-12-19',
  '--donate-href',
  'https://example.org/donate',
];
const NOW = ['--now', '2026-12-07T12:00Z'];

describe('the picture command', function () {
  // It starts a headless Chromium: seconds, more on a busy machine.
  this.timeout(60_000);

  it('writes progress.png at 1200 px wide, progress.svg and the alt text', async () => {
    const result = await picture(...SAMPLE, ...NOW);
    expect(result.stderr).to.equal('');
    expect(result.code).to.equal(0);
    expect(result.files.map(({ name }) => name)).to.deep.equal([
      'progress.png',
      'progress.svg',
      'progress.txt',
    ]);
    const [png, svg, alt] = result.files;
    expect(png.width).to.equal(1200);
    expect(png.size).to.be.below(60_000);
    expect(alt.text).to.equal('Make a Difference for Freedom: $620 raised of $1,000 goal\n');
    expect(svg.text).to.include('<title>Make a Difference for Freedom: $620 raised of $1,000 goal</title>');
    expect(svg.text).to.include('>14 donors · 13 days left</text>');
    expect(png.height).to.equal(2 * Number(/height="(\d+)"/.exec(svg.text!)![1]));
  });

  it('makes the same files from the same input and clock', async () => {
    const [first, second] = await Promise.all([picture(...SAMPLE, ...NOW), picture(...NOW, ...SAMPLE)]);
    expect(second.code).to.equal(0);
    expect(second.files.map(({ sha256 }) => sha256)).to.deep.equal(first.files.map(({ sha256 }) => sha256));
  });

  it('speaks Arabic, right to left, and reads a feed from a URL', async () => {
    const result = await picture(
      ...SAMPLE.slice(2),
      ...NOW,
      '--src',
      `${location.origin}/demo/totals.json`,
      '--locale',
      'ar',
      '--theme',
      'dark',
    );
    expect(result.stderr).to.equal('');
    const [png, svg, alt] = result.files;
    expect(png.size).to.be.below(60_000);
    expect(svg.text).to.include('direction="rtl"').and.include('lang="ar"');
    expect(alt.text).to.include('جمعنا');
  });

  for (const [what, args, message] of [
    ['a file that is not there', ['--src', 'no-such-totals.json'], 'no such file: no-such-totals.json'],
    ['a file that is not JSON', ['--src', 'test/fixtures/truncated.json'], 'test/fixtures/truncated.json:'],
    [
      'a path that leads nowhere',
      ['--src', 'demo/totals.json', '--raised-path', 'data.total'],
      'the feed has nothing at raised-path "data.total"',
    ],
    ['an unknown currency', ['--src', 'demo/totals.json', '--currency', 'XYZ'], 'unknown currency "XYZ"'],
    [
      'an address nothing answers at',
      ['--src', 'http://127.0.0.1:1/totals.json'],
      'could not reach http://127.0.0.1:1/totals.json',
    ],
    ['a feed the server does not have', ['--src', `${location.origin}/no-such-totals.json`], 'answered 404'],
    ['a goal that is not a number', ['--src', 'demo/totals.json', '--goal', 'lots'], '--goal must be'],
    ['an option it does not know', ['--src', 'demo/totals.json', '--colour', 'red'], "'--colour'"],
    ['no totals at all', [], 'give --src totals.json'],
  ] as const) {
    it(`says what is wrong with ${what}, exits non-zero and writes nothing`, async () => {
      const result = await picture(...args, ...NOW);
      expect(result.stderr).to.include(message);
      expect(result.stderr).not.to.match(/\n\s+at /); // a sentence, not a stack trace
      expect(result.code).not.to.equal(0);
      expect(result.files).to.deep.equal([]);
    });
  }
});

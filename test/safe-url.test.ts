import { expect } from '@open-wc/testing';
import { safeHttpUrl } from '../src/safe-url.js';

describe('safeHttpUrl', () => {
  const base = 'https://blog.example/2026/04/appeal.html';

  it('keeps http and https links, and resolves relative ones against the page', () => {
    expect(safeHttpUrl('https://example.org/donate?c=ijm', base)).to.equal(
      'https://example.org/donate?c=ijm',
    );
    expect(safeHttpUrl('http://example.org/', base)).to.equal('http://example.org/');
    expect(safeHttpUrl('/give', base)).to.equal('https://blog.example/give');
    expect(safeHttpUrl('give', base)).to.equal('https://blog.example/2026/04/give');
  });

  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:me@example.org',
    'http://[broken',
  ]) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(safeHttpUrl(url, base)).to.equal(undefined);
    });
  }

  it('gives nothing for no URL', () => {
    expect(safeHttpUrl('', base)).to.equal(undefined);
    expect(safeHttpUrl(null, base)).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import { safeLinkUrl } from '../src/safe-url.js';

describe('safeLinkUrl', () => {
  const base = 'https://blog.example/2026/04/appeal.html';

  it('keeps http and https links, and resolves relative ones against the page', () => {
    expect(safeLinkUrl('https://example.org/donate?c=ijm', base)).to.equal(
      'https://example.org/donate?c=ijm',
    );
    expect(safeLinkUrl('http://example.org/', base)).to.equal('http://example.org/');
    expect(safeLinkUrl('/give', base)).to.equal('https://blog.example/give');
    expect(safeLinkUrl('give', base)).to.equal('https://blog.example/2026/04/give');
  });

  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'tel:+15551234',
    'http://[broken',
  ]) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(safeLinkUrl(url, base)).to.equal(undefined);
    });
  }

  it('keeps mailto links, for pledges by e-mail', () => {
    expect(safeLinkUrl('mailto:pledge@example.org?subject=My%20pledge', base)).to.equal(
      'mailto:pledge@example.org?subject=My%20pledge',
    );
  });

  it('gives nothing for no URL', () => {
    expect(safeLinkUrl('', base)).to.equal(undefined);
    expect(safeLinkUrl(null, base)).to.equal(undefined);
  });
});

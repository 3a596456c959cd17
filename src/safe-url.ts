// The web, and e-mail: a pledge by e-mail is a plausible, harmless link. Nothing that runs code.
const SCHEMES = /^(https?|mailto):$/;

/**
 * The absolute form of `url` when it is an `http:`, `https:` or `mailto:` URL (relative URLs
 * resolve against the page), otherwise `undefined`: a `javascript:` or `data:` link must never
 * reach a reader's click. For every link the widget shows.
 */
export function safeLinkUrl(url: string | null | undefined, base = document.baseURI): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    if (SCHEMES.test(parsed.protocol)) return parsed.href;
  } catch {
    // An unparsable URL is refused like a dangerous one.
  }
  return undefined;
}

// Dotted names ending in a top-level domain ("example.org", "www.example.org"), but not a file
// name such as "donate.html" or "give.php", which is a true relative link.
const DOMAIN = /^([\w-]+\.)+(?!(s?html?|php|aspx?|pdf)\b)[a-z]{2,}([/?#:]|$)/i;

/**
 * `url` with `https://` in front when it starts with a domain name (`example.org/donate`), which
 * a browser would otherwise take for a path on the page's own site, a 404; anything else unchanged.
 */
export function withScheme(url: string): string {
  return DOMAIN.test(url.trim()) ? `https://${url.trim()}` : url;
}

// A donate link may name the gift's amount; some editors percent-encode the braces.
const AMOUNT = /\{amount\}|%7Bamount%7D/gi;

/**
 * The donate link for a gift of `amount`: `{amount}` in `template` becomes the plain number ("45",
 * "12.5"). Without an amount, the query pair that holds the placeholder goes (and any other
 * placeholder with it), so the main link never shows a raw `{amount}`.
 */
export function fillAmount(template: string, amount?: number): string {
  if (amount !== undefined) return template.replace(AMOUNT, String(amount));
  return template
    .replace(/([?&])[^?&#]*(?:\{amount\}|%7Bamount%7D)[^&#]*/gi, (_, separator: string) =>
      separator === '?' ? '?' : '',
    )
    .replace('?&', '?')
    .replace(/\?(?=#|$)/, '')
    .replace(AMOUNT, '');
}

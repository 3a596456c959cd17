/**
 * The absolute form of `url` when it is an `http:` or `https:` URL (relative URLs resolve against
 * the page), otherwise `undefined`: a `javascript:` or `data:` link must never reach a reader's click.
 */
export function safeHttpUrl(url: string | null | undefined, base = document.baseURI): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    // An unparsable URL is refused like a dangerous one.
  }
  return undefined;
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

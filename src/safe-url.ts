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

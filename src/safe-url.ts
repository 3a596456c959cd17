/**
 * The absolute form of `url` when it is an `http:` or `https:` URL (relative URLs resolve against
 * the page), otherwise `undefined` with a console warning: a `javascript:` or `data:` link must
 * never reach a reader's click.
 */
export function safeHttpUrl(
  url: string | null | undefined,
  name: string,
  base = document.baseURI,
): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    // Falls through to the warning: an unparsable URL is refused like a dangerous one.
  }
  console.warn(`campaign-progress: refusing the ${name} "${url}": only http: and https: links are used`);
  return undefined;
}

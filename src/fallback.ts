/**
 * The page's own donate link, written inside the element for readers without JavaScript: the
 * widget's donate link when the page gives no `donate-href`, so that a snippet pasted without one
 * still leaves readers a way to give.
 */

/** A link as the page wrote it: its `href` attribute, unresolved, and its text. */
export interface FallbackLink {
  href: string;
  label: string;
}

/** The first link inside `element` (its light DOM), with its text trimmed and its spaces collapsed. */
export function fallbackLink(element: Element): FallbackLink | undefined {
  const link = element.querySelector('a[href]');
  if (!link) return undefined;
  return { href: link.getAttribute('href')!, label: link.textContent!.replace(/\s+/g, ' ').trim() };
}

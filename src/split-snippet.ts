/**
 * A snippet that a blog's automatic paragraphs split apart, put back together.
 *
 * WordPress's classic editor (`wpautop`) and Hugo's Markdown wrap a one-line snippet in `<p>`. A
 * paragraph cannot hold a list, so the HTML parser closes it at the fallback tiers' `<ul>`, and
 * closes the unknown `<campaign-progress>` inside it too: the tiers, and the donate link after them,
 * land beside the widget instead of in it, shown beneath it next to its own donate button. The
 * parser leaves one of two shapes:
 *
 *   <p><campaign-progress …></campaign-progress></p> <ul>…tiers…</ul> <a>Donate</a> <p></p>
 *   <p><campaign-progress …></campaign-progress></p> <ul>…tiers…</ul> <p><a>Donate</a></p>
 *
 * (the first from the snippet as written inside a paragraph, the second from `wpautop`'s own
 * paragraphs around each line). Both are recognised only when nothing else stands between: the
 * widget ends its paragraph, and a list holding `<campaign-tier>` elements comes straight after,
 * which no page writes on purpose. Any other list, or a widget with text after it, is left alone.
 */

/** White space, a comment or a `<br>`: nothing a reader sees between two pieces of the snippet. */
const blank = (node: Node) =>
  node.nodeType === Node.COMMENT_NODE ||
  node.nodeName === 'BR' ||
  (node.nodeType === Node.TEXT_NODE && !node.textContent!.trim());

/** The next node after `node` that is not blank, if any. */
function nextAfter(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && blank(next)) next = next.nextSibling;
  return next;
}

const isElement = (node: Node | null, ...names: string[]): node is Element =>
  node instanceof Element && names.includes(node.localName);

/** A paragraph that holds one link and nothing else: the fallback donate link, on its own line. */
const linkOnly = (node: Node | null) => {
  if (!isElement(node, 'p')) return false;
  const [first, ...more] = [...node.childNodes].filter((child) => !blank(child));
  return !more.length && isElement(first, 'a');
};

/**
 * Moves the fallback tiers (and the donate link after them) that the parser put after `element`
 * back inside it, when its paragraph was split as above; otherwise does nothing.
 */
export function reclaimSplitSnippet(element: Element): void {
  const paragraph = element.parentElement;
  if (!isElement(paragraph, 'p') || nextAfter(element)) return;
  const list = nextAfter(paragraph);
  if (!isElement(list, 'ul', 'ol') || !list.querySelector('campaign-tier')) return;
  const link = nextAfter(list);
  element.append(list, ...(isElement(link, 'a') || linkOnly(link) ? [link!] : []));
}

// What the release scripts and the docs check share: the README's pinned script tag and the hash in it.
import { createHash } from 'node:crypto';

/** The README's script tag for one exact version on jsDelivr, with its integrity hash. */
export const pinnedScript =
  /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/campaign-progress@(\d+\.\d+\.\d+[^/"]*)\/dist\/campaign-progress\.js" integrity="([^"]*)" crossorigin="anonymous"><\/script>/;

/** A Subresource Integrity value for `bytes`, as browsers check it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * The one-file build carries Lit inside it, and Lit's BSD licence asks that its notice travel with
 * it: the banner names it, THIRD-PARTY-NOTICES.md in the package holds the whole text.
 */
export const LIT_NOTICE = 'includes Lit, BSD-3-Clause, Copyright (c) 2017 Google LLC';

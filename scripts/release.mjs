// What the release scripts and the docs check share: the README's pinned script tag and the hash in it.
import { createHash } from 'node:crypto';

/** The README's script tag for one exact version on jsDelivr, with its integrity hash. */
export const pinnedScript =
  /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/campaign-progress@(\d+\.\d+\.\d+[^/"]*)\/dist\/campaign-progress\.js" integrity="([^"]*)" crossorigin="anonymous"><\/script>/;

/** A Subresource Integrity value for `bytes`, as browsers check it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

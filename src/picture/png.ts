/**
 * A small PNG encoder for pictures of few colours: the pixels reduced to a palette of at most 256
 * (the card's own colours and the most common shades of its anti-aliased edges), each row one
 * byte a pixel, compressed by the platform's `CompressionStream`. A browser's own encoder keeps
 * every shade in full colour: three times the bytes, too many for an e-mail. Pure: no DOM.
 */

/** The most colours a palette PNG holds. */
const MAX_COLORS = 256;

/**
 * RGBA `pixels` (`width` × `height`, as `ImageData` holds them) as PNG bytes, in at most `colors`
 * colours: the most frequent ones, every other pixel drawn in its nearest.
 */
export async function encodePng(
  pixels: Uint8ClampedArray,
  width: number,
  height: number,
  colors = 64,
): Promise<Uint8Array<ArrayBuffer>> {
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, width * height);
  const { palette, indexOf } = paletteOf(words, Math.min(colors, MAX_COLORS));
  // Each row starts with its filter byte: 0, none, the best for a palette image.
  const rows = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = indexOf(words[y * width + x]);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits an index, palette colour, deflate, no filter method, not interlaced
  const rgb = new Uint8Array(palette.length * 3);
  const alpha = new Uint8Array(palette.length);
  palette.forEach((word, i) => {
    const [r, g, b, a] = bytesOf(word);
    rgb.set([r, g, b], i * 3);
    alpha[i] = a;
  });
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', rgb),
    chunk('tRNS', alpha),
    chunk('IDAT', await deflate(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/**
 * The palette of `words` (RGBA pixels read as 32-bit words): every colour when they are few, else
 * the `size` most frequent; and each pixel's index in it.
 */
export function paletteOf(
  words: Uint32Array,
  size: number,
): { palette: number[]; indexOf: (word: number) => number } {
  const counts = new Map<number, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const palette = [...counts]
    .sort(([wordA, a], [wordB, b]) => b - a || wordA - wordB)
    .slice(0, size)
    .map(([word]) => word);
  const index = new Map(palette.map((word, i) => [word, i]));
  const channels = palette.map(bytesOf);
  const indexOf = (word: number) => {
    let found = index.get(word);
    if (found === undefined) {
      const [r, g, b, a] = bytesOf(word);
      let best = Infinity;
      channels.forEach(([r2, g2, b2, a2], i) => {
        const distance = (r - r2) ** 2 + (g - g2) ** 2 + (b - b2) ** 2 + (a - a2) ** 2;
        if (distance < best) [best, found] = [distance, i];
      });
      index.set(word, found!);
    }
    return found!;
  };
  return { palette, indexOf };
}

/** A pixel's red, green, blue and alpha, from its word as `ImageData`'s bytes read on this machine. */
function bytesOf(word: number): [number, number, number, number] {
  const bytes = new Uint8Array(new Uint32Array([word]).buffer);
  return [bytes[0], bytes[1], bytes[2], bytes[3]];
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(
    Array.from(type, (char) => char.charCodeAt(0)),
    4,
  );
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
    return n;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

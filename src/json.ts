/**
 * Reading a hand-edited JSON file: bytes in, the value or a message that helps fix the file out.
 * Slips that cannot change a figure are forgiven: `//` and `/* *\/` comments, trailing commas.
 * Pure: no DOM.
 */

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

// A string (kept whole: "https://…" holds no comment), else a comment, else a comma that only a
// closing bracket follows, comments aside.
const SLIPS = /("(?:[^"\\\n]|\\.)*")|\/\/.*|\/\*[\s\S]*?\*\/|,(?=(?:\s|\/\/.*|\/\*[\s\S]*?\*\/)*[\]}])/g;

/** Reads `bytes` as UTF-8 JSON, forgiving comments and trailing commas. */
export function readJson(bytes: AllowSharedBufferSource): JsonResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'the file is not UTF-8' };
  }
  // Slips become spaces, so that a place in the text is the same place in the file.
  text = text.replace(SLIPS, (slip, string?: string) => string ?? slip.replace(/[^\n]/g, ' '));
  if (!text.trim()) return { ok: false, message: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const lines = text.slice(0, errorOffset(text)).split('\n');
    return { ok: false, message: `see line ${lines.length}, column ${lines[lines.length - 1].length + 1}` };
  }
}

// One token after its white space: a string, a number or literal, or a mark.
const TOKEN =
  // eslint-disable-next-line no-control-regex -- a JSON string may not hold a raw control character.
  /[\t\n\r ]*(?:"(?:[^"\\\0-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[[\]{}:,])/y;

/**
 * Where JSON's grammar breaks in `text`: the offset of the first character that cannot be there.
 * Engines place their errors differently, and Chromium (for an unexpected token) and Safari not at
 * all, so the widget finds the place itself, the same in every browser.
 */
function errorOffset(text: string): number {
  // The closers of the brackets open, innermost last; what may come next: "v" a value (a
  // bracket opens one), "k" a key, a mark, or nothing once the value is complete.
  let open = '';
  let expected = 'v';
  let at = (TOKEN.lastIndex = 0);
  for (let token; (token = TOKEN.exec(text)); at = TOKEN.lastIndex) {
    const first = token[0].trim()[0];
    const kind = first === '"' && expected < 'v' ? 'k' : /["\w{[-]/.test(first) ? 'v' : first;
    if (!expected.includes(kind)) break;
    if (first === '{' || first === '[') {
      open += first === '{' ? '}' : ']';
      expected = first === '{' ? 'k}' : 'v]';
    } else if (kind === 'k') expected = ':';
    else if (kind === ':') expected = 'v';
    else if (kind === ',') expected = open.slice(-1) === '}' ? 'k' : 'v';
    else {
      // A value is complete: a string, number or literal, or a closing bracket's.
      if (kind !== 'v') open = open.slice(0, -1);
      expected = open && `,${open.slice(-1)}`;
    }
  }
  return at + text.slice(at).search(/[^\t\n\r ]|$/);
}

/**
 * Reading a hand-edited JSON file: bytes in, the value or a message that helps fix the file out.
 * Slips that cannot change a figure are forgiven: `//` and `/* *\/` comments, trailing commas.
 * Pure: no DOM.
 */

export type JsonResult = { ok: true; value: unknown; text: string } | { ok: false; message: string };

// A string (kept whole: "https://…" holds no comment), else a comment, else a comma that only a
// closing bracket follows, comments aside.
const SLIPS = /("(?:[^"\\\n]|\\.)*")|\/\/.*|\/\*[\s\S]*?\*\/|,(?=(?:\s|\/\/.*|\/\*[\s\S]*?\*\/)*[\]}])/g;

/** Reads `bytes` as UTF-8 JSON, forgiving comments and trailing commas. */
export function readJson(bytes: AllowSharedBufferSource): JsonResult {
  let text: string | undefined;
  try {
    // Slips become spaces, so that a place in the text is the same place in the file.
    text = new TextDecoder('utf-8', { fatal: true })
      .decode(bytes)
      .replace(SLIPS, (slip, string?: string) => string ?? slip.replace(/[^\n]/g, ' '));
    return { ok: true, value: JSON.parse(text), text };
  } catch (error) {
    // The browser's parser places most slips ("line 3 column 15"). Where it does not (Chromium
    // quotes the text around an unexpected token instead, Safari names the token), its own words.
    const { message } = error as Error;
    return {
      ok: false,
      message:
        text === undefined
          ? 'the file is not UTF-8'
          : !text.trim()
            ? 'the file is empty'
            : /^\s*</.test(text)
              ? 'the file is a web page'
              : message.replace(/.*?line (\d+) column (\d+).*/s, 'see line $1, column $2'),
    };
  }
}

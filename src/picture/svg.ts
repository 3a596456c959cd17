/**
 * The picture of the widget as an SVG document: a compact card drawn from `PictureContent`, its
 * text wrapped by widths a `measure` function gives (a canvas in a browser), so that the words fit
 * the same way wherever it is rasterised. Pure: no DOM.
 */
import type { PictureContent } from './content.js';

/** The width of `text` in CSS px when drawn in `font` (a CSS font shorthand: "700 44px sans-serif"). */
export type Measure = (text: string, font: string) => number;

/** The card's colours: the `--campaign-progress-*` tokens and the theme's surface. */
export interface PictureColors {
  /** `--campaign-progress-fill-color`. */
  fill: string;
  /** `--campaign-progress-track-color`. */
  track: string;
  /** `--campaign-progress-accent-color`: the donate button. */
  accent: string;
  /** `--campaign-progress-on-accent-color`: the donate button's words. */
  onAccent: string;
  /** `--campaign-progress-success-color`: the fill and the words once the goal is reached. */
  success: string;
  /** `--campaign-progress-mark-color`: the tiers' marks on the bar. */
  mark: string;
  background: string;
  text: string;
  /** The quieter facts. */
  muted: string;
  border: string;
}

export interface PictureOptions {
  /** The width in CSS px: 600, an e-mail's column. */
  width?: number;
  theme?: 'light' | 'dark';
  /** The page's own colours, each in place of the theme's. */
  colors?: Partial<PictureColors>;
  /** The font families: `--campaign-progress-font`. */
  font?: string;
}

/** The SVG document, its size in CSS px and its alt text. */
export interface PictureSvg {
  svg: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * The widget's own colours in each theme (src/campaign-progress.styles.ts), its mixes with the text
 * colour (the track at 12%, the muted text at 72%, the border at 15%) worked out on the card's surface.
 */
export const THEME_COLORS: Record<'light' | 'dark', PictureColors> = {
  light: {
    fill: '#c62828',
    track: '#e4e4e5',
    accent: '#b71c1c',
    onAccent: '#fff',
    success: '#2e7d32',
    mark: '#fff',
    background: '#fff',
    text: '#202124',
    muted: '#5e5f61',
    border: '#dedede',
  },
  dark: {
    fill: '#f28b82',
    track: '#38393c',
    accent: '#f28b82',
    onAccent: '#202124',
    success: '#81c995',
    mark: '#202124',
    background: '#202124',
    text: '#e8eaed',
    muted: '#b0b2b5',
    border: '#3e3f42',
  },
};

/** Fonts every system has one of, Arabic ones included. */
export const PICTURE_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', Arial, sans-serif";

const PAD = 32;
const ROUND = (n: number) => Math.round(n * 10) / 10;

/** A style of text: its size, weight and line height in px. */
interface TextStyle {
  size: number;
  weight: 400 | 700;
  line: number;
}

const STYLES = {
  heading: { size: 22, weight: 700, line: 28 },
  raised: { size: 44, weight: 700, line: 50 },
  percent: { size: 22, weight: 400, line: 28 },
  body: { size: 17, weight: 400, line: 24 },
  facts: { size: 15, weight: 400, line: 22 },
  strong: { size: 16, weight: 700, line: 23 },
  tier: { size: 16, weight: 400, line: 23 },
  button: { size: 17, weight: 700, line: 24 },
} satisfies Record<string, TextStyle>;

/** `text` broken into lines that `fit`, at spaces, or anywhere in a word wider than a line. */
export function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  // At spaces only: never at the no-break spaces inside "1 000 $US" or "62 %".
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A word wider than the line (a long URL, a compound) is cut where it must be.
    let piece = '';
    for (const char of Array.from(word)) {
      if (piece && !fits(piece + char)) {
        lines.push(piece);
        piece = '';
      }
      piece += char;
    }
    line = piece;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` escaped for SVG element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * The picture of `content`: the heading, the raised amount large with the percentage beside it, the
 * goal, a thin bar, the facts on one muted line, the status, the impact sentences, the first tiers
 * and a donate button, laid out from the start edge (the right one in Arabic).
 */
export function pictureSvg(content: PictureContent, options: PictureOptions, measure: Measure): PictureSvg {
  const width = options.width ?? 600;
  const colors = { ...THEME_COLORS[options.theme ?? 'light'], ...options.colors };
  const family = options.font ?? PICTURE_FONT;
  const rtl = content.dir === 'rtl';
  const inner = width - 2 * PAD;
  const font = (style: TextStyle) => `${style.weight} ${style.size}px ${family}`;
  const widthOf = (text: string, style: TextStyle) => measure(text, font(style));
  // x from the start edge: from the left, or in Arabic from the right.
  const x = (offset: number) => ROUND(rtl ? width - PAD - offset : PAD + offset);
  const parts: string[] = [];
  let y = PAD;

  const text = (
    line: string,
    style: TextStyle,
    at: number,
    baseline: number,
    color: string,
    anchor: 'start' | 'middle' = 'start',
  ) =>
    parts.push(
      `<text x="${anchor === 'middle' ? ROUND(at) : x(at)}" y="${ROUND(baseline)}" font-size="${style.size}"` +
        `${style.weight === 700 ? ' font-weight="700"' : ''} fill="${color}"` +
        `${anchor === 'middle' ? ' text-anchor="middle"' : ''}>${escapeXml(line)}</text>`,
    );
  // A block of wrapped lines from `offset`, `room` wide; moves y past it.
  const block = (words: string, style: TextStyle, color: string, offset = 0, room = inner) => {
    const lines = wrap(words, (line) => widthOf(line, style) <= room);
    lines.forEach((line, i) => text(line, style, offset, y + baselineIn(style) + i * style.line, color));
    return lines.length * style.line;
  };

  if (content.heading) y += block(content.heading, STYLES.heading, colors.text) + 14;

  // The summary's words before the amount (Arabic has some), the amount large, the percentage beside it.
  const figures = y + baselineIn(STYLES.raised);
  const start = content.before ? widthOf(content.before, STYLES.body) + 8 : 0;
  if (content.before) text(content.before, STYLES.body, 0, figures, colors.text);
  text(content.raised, STYLES.raised, start, figures, colors.text);
  const percentAt = start + widthOf(content.raised, STYLES.raised) + 12;
  text(content.percent, STYLES.percent, percentAt, figures, colors.muted);
  y += STYLES.raised.line;
  y += block(content.goal, STYLES.body, colors.text) + 14;

  const barColor = content.reached ? colors.success : colors.fill;
  const bar = 10;
  const filled = ROUND(inner * content.fill);
  parts.push(
    `<rect x="${PAD}" y="${y}" width="${inner}" height="${bar}" rx="${bar / 2}" fill="${colors.track}"/>`,
  );
  if (filled > 0)
    parts.push(
      `<rect x="${rtl ? ROUND(width - PAD - filled) : PAD}" y="${y}" width="${filled}" height="${bar}"` +
        ` rx="${bar / 2}" fill="${barColor}"/>`,
    );
  for (const mark of content.marks.filter((mark) => mark > 0 && mark < 1))
    parts.push(
      `<rect x="${ROUND(x(inner * mark) - 1)}" y="${y}" width="2" height="${bar}" fill="${colors.mark}"/>`,
    );
  y += bar + 14;

  if (content.status) y += block(content.status, STYLES.strong, colors.success);
  else if (content.toGo) y += block(content.toGo, STYLES.strong, colors.text);
  if (content.facts.length) y += block(content.facts.join(' · '), STYLES.facts, colors.muted);
  if (content.impact) {
    y += 14;
    y += block(content.impact, STYLES.body, colors.text);
  }

  if (content.tiers.length) {
    y += 18;
    y += block(content.tiersHeading, STYLES.strong, colors.text) + 6;
    const column = Math.max(...content.tiers.map(({ amount }) => widthOf(amount, STYLES.strong))) + 14;
    for (const tier of content.tiers) {
      text(tier.amount, STYLES.strong, 0, y + baselineIn(STYLES.tier), colors.text);
      const label = tier.funded ? `${tier.label} · ${tier.funded}` : tier.label;
      y += block(label, STYLES.tier, colors.text, column, inner - column) + 4;
    }
  }

  if (content.donate) {
    y += 16;
    const height = 44;
    const label = wrap(content.donate, (line) => widthOf(line, STYLES.button) <= inner - 48)[0];
    const pill = Math.min(inner, widthOf(label, STYLES.button) + 48);
    const left = rtl ? width - PAD - pill : PAD;
    parts.push(
      `<rect x="${ROUND(left)}" y="${y}" width="${ROUND(pill)}" height="${height}" rx="${height / 2}" fill="${colors.accent}"/>`,
    );
    text(
      label,
      STYLES.button,
      left + pill / 2,
      y + height / 2 + STYLES.button.size * 0.35,
      colors.onAccent,
      'middle',
    );
    y += height;
  }

  const height = Math.ceil(y + PAD);
  const title = escapeXml(content.alt);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" lang="${escapeXml(content.lang)}" direction="${content.dir}" font-family="${escapeXml(family)}">` +
    `<title>${title}</title>` +
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="16" fill="${colors.background}" stroke="${colors.border}"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height, alt: content.alt };
}

/** Where a line's baseline sits below its top: the text centred in its line height. */
function baselineIn(style: TextStyle): number {
  return (style.line - style.size) / 2 + style.size * 0.8;
}

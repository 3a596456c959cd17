/**
 * The picture made in a browser: text measured with a canvas, the SVG rasterised to PNG at twice
 * its size (for sharp text on high-density screens and in e-mail clients that scale it down).
 * Used by the snippet builder's Download picture button and, in a headless Chromium, by
 * `npx campaign-progress picture`. Not part of the widget's one-file build.
 */
import type { View } from '../view.js';
import { pictureContent } from './content.js';
import { encodePng } from './png.js';
import { pictureSvg, type Measure, type PictureOptions } from './svg.js';

/** The picture in both forms, its size in CSS px and its alt text. */
export interface Picture {
  png: Blob;
  svg: string;
  width: number;
  height: number;
  alt: string;
}

/** The pixel density the PNG is drawn at: 600 CSS px become 1200 pixels. */
export const PICTURE_DENSITY = 2;

/** Widths measured by a 2D canvas, as the browser will draw the SVG's text. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d')!;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/**
 * The picture of `view`, or a `RangeError` when the view has no figures to show.
 * @throws {RangeError}
 */
export async function pictureOf(view: View, options: PictureOptions = {}): Promise<Picture> {
  const content = pictureContent(view);
  if (!content) throw new RangeError(`no figures to draw: ${view.problems.join('; ') || view.status}`);
  const { svg, width, height, alt } = pictureSvg(content, options, canvasMeasure());
  return { png: await rasterise(svg, width, height), svg, width, height, alt };
}

/** `svg`, `width` × `height` CSS px, as a PNG at `PICTURE_DENSITY`. */
export async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PICTURE_DENSITY;
  canvas.height = height * PICTURE_DENSITY;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  // Drawn at the canvas's size, the SVG is rendered at that size: sharp, not a scaled-up bitmap.
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const png = await encodePng(data, canvas.width, canvas.height);
  return new Blob([png], { type: 'image/png' });
}

import { css } from 'lit';

export const styles = css`
  /* Without this, the element would show even when hidden: author styles beat the browser's [hidden]. */
  :host(:not([hidden])) {
    display: block;
  }

  /*
   * Every public token is read once, here, beside its default: a theme may set them on :root or on
   * the element. light-dark() picks the dark default under a dark colour scheme: the page's, or the
   * theme attribute's. Sizes are in em, from the widget's own font size: themes that set
   * html { font-size: 62.5% } and the post's text back to 16px would shrink a rem-sized widget.
   */
  [part='base'] {
    --_fill-color: var(--campaign-progress-fill-color, light-dark(#c62828, #f28b82));
    --_track-color: var(--campaign-progress-track-color, light-dark(#f3f3f3, #444));
    --_border-color: var(--campaign-progress-border-color, #767676);
    --_accent-color: var(--campaign-progress-accent-color, #b71c1c);
    --_on-accent-color: var(--campaign-progress-on-accent-color, #fff);
    --_preview-color: var(--campaign-progress-preview-color, var(--_fill-color));
    --_height: var(--campaign-progress-height, 12em);
    --_radius: var(--campaign-progress-radius, 0.75em);
    --_space: var(--campaign-progress-spacing, 1.25em);

    /*
     * The page's font and colours are inherited, its layout quirks are not: a theme's line-height: 0,
     * letter-spacing, text-transform, or word-break: break-all (which would split "$1,2|40").
     */
    all: initial;
    display: block;
    font: inherit;
    font-family: var(--campaign-progress-font, inherit);
    line-height: 1.4;
    color: inherit;
    color-scheme: inherit;
    /*
     * A URL or a long compound breaks anywhere rather than leave the box; "anywhere", not
     * "break-word", so that it also narrows the grid and flex tracks sized to their content.
     */
    overflow-wrap: anywhere;
    padding: min(var(--_space), 6%);
    border: 1px solid color-mix(in srgb, currentColor 15%, transparent);
    border-radius: var(--_radius);
  }

  /* A theme brings its own surface; without one the widget sits on the page's. */
  :host([theme]) [part='base'] {
    color-scheme: light;
    background: light-dark(#fff, #202124);
    color: light-dark(#202124, #e8eaed);
  }

  :host([theme='dark']) [part='base'] {
    color-scheme: dark;
  }

  :host([theme='auto']) [part='base'] {
    color-scheme: light dark;
  }

  [part='heading'] {
    margin-block-end: 0.75em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  /*
   * The tiers sit beside the gauge when there is room for both, else below it: a wrapping flex row
   * follows the widget's own width with no container query.
   */
  .body {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
    container-type: inline-size;
  }

  .gauge,
  [part='tiers'] {
    flex: 1 1 16em;
    min-inline-size: 0;
  }

  /* Its width sets the room the figures hold and the percentage's size. */
  .gauge {
    container-type: inline-size;
  }

  /* The tube beside the figures; the impact lines below both. */
  .meter {
    display: flex;
    gap: 1em;
  }

  /* At least its height, and as tall as the figures beside it: the room they hold is no gap. */
  [part='thermometer'] {
    position: relative;
    inline-size: 3em;
    min-block-size: var(--_height);
  }

  [part='track'] {
    position: absolute;
    inset: 0 0.875em 2.75em;
    overflow: hidden;
    border: 2px solid var(--_border-color);
    border-block-end: 0;
    border-radius: 1em 1em 0 0;
    background: var(--_track-color);
  }

  [part='fill'],
  [part='preview'] {
    position: absolute;
    inset: 0;
    background: var(--_fill-color);
    transform: scaleY(var(--_fill, 0));
    transform-origin: bottom;
    transition: transform 0.8s ease-out;
  }

  /*
   * A previewed gift: stripes above the fill, distinct from it and from the empty tube. Drawn
   * under the fill, so that with no gift previewed (a height of 0) nothing of it shows.
   */
  [part='preview'] {
    --_fill: var(--_preview);
    background: repeating-linear-gradient(
      -45deg,
      var(--_preview-color) 0 0.25em,
      var(--_track-color) 0 0.5em
    );
    transition-duration: 0.3s;
  }

  /* A tier's mark at its height; light on the fill once the total has passed it. */
  [part~='mark'] {
    position: absolute;
    inset: auto 0 calc(var(--_at) * 100%);
    block-size: 2px;
    background: var(--_border-color);
  }

  [part~='reached'] {
    --_border-color: var(--_track-color);
  }

  [part='bulb'] {
    position: absolute;
    inset: auto 0 0;
    aspect-ratio: 1;
    border: 2px solid var(--_border-color);
    border-radius: 50%;
    background: var(--_fill-color);
  }

  /* No figures yet: an empty bulb, so nothing suggests progress that is not known. */
  :not([aria-valuenow]) > [part='bulb'] {
    background: var(--_track-color);
  }

  /*
   * The figures' room is held from the start, in em so that it scales with the page's text:
   * loading, figures and failure take the same height, and nothing below the widget moves. It is
   * the longest the figures can be (over the goal: the percentage, the summary, the donors and
   * the status), by the width they have (the gauge's, less the tube's 4em beside them), in every
   * language: narrower, the summary and the status wrap onto more lines, about 1.3em more for each
   * em less width. The deadline and a feed's freshness add a line each. A flex item, so a root of
   * its own: its last line's margin stays inside.
   */
  .numbers {
    flex: 1;
    min-inline-size: 0;
    min-block-size: calc(max(10em, var(--_r, 35.1em) - 132cqi) + var(--_ends, 0em) + var(--_live, 0em));
  }

  .bar {
    --_r: 29.8em;
  }

  .ends {
    --_ends: 1.7em;
  }

  .live {
    --_live: 1.5em;
  }

  p {
    margin: 0 0 0.3em;
  }

  /* Live regions stay in the accessibility tree while empty, or their first words go unheard. */
  p:empty:not([role]) {
    display: none;
  }

  /* Large, but never so large that "1,850%" wraps in a narrow widget. */
  [part='percent'] {
    font-size: min(2.5em, 15cqi);
    font-weight: 700;
    line-height: 1.15;
  }

  /* Amounts never break mid-number, where "987,654,32 / 1.99" would misread. */
  [part='summary'] {
    font-weight: 600;
    overflow-wrap: normal;
  }

  [part='updated'],
  [part='status'] {
    font-size: 0.875em;
  }

  /* What the total has done, and what the next gift would: set apart, under the tube and figures. */
  [part='impact'] {
    margin-block-start: 1em;
    padding: 0.75em 1em 0.5em;
  }

  /* The inner boxes are rounded a little less than the widget. */
  [part='impact'],
  [part~='tier'],
  [part='donate'] {
    border-radius: calc(var(--_radius) / 1.5);
  }

  /* A tint of the fill: what a gift does, and the tier the reader is on. */
  [part='impact'],
  [part~='tier']:is(:hover, :focus-visible) {
    background: color-mix(in srgb, var(--_fill-color) 9%, transparent);
  }

  /* Every sentence an impact line could say shares one grid cell, all but one hidden. */
  .stack {
    display: grid;
  }

  .stack > * {
    grid-area: 1 / 1;
  }

  .hidden {
    visibility: hidden;
  }

  .gift {
    font-weight: 700;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  [part='tiers-heading'] {
    font-weight: 700;
  }

  /*
   * One grid for the whole list, each tier a row of it: the ticks, the amounts and the labels each
   * in a column, aligned whatever their width ("$45" above "$18,500").
   */
  ul {
    display: grid;
    grid-template-columns: auto auto minmax(0, 1fr);
    gap: 0 0.6em;
    margin: 0;
    padding: 0;
  }

  li,
  [part~='tier'] {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }

  li + li {
    border-block-start: 1px solid color-mix(in srgb, currentColor 15%, transparent);
  }

  [part~='tier'] {
    padding: 0.35em 0.5em;
    color: inherit;
    text-decoration: none;
  }

  /* A checklist: an empty ring on each tier, ticked once the total has reached it. */
  [part~='tier']::before {
    content: '✓' / '';
    inline-size: 1.2em;
    block-size: 1.2em;
    border: 2px solid var(--_border-color);
    border-radius: 50%;
    color: transparent;
    font-size: 0.8em;
    line-height: 1.2em;
    text-align: center;
  }

  /*
   * Filled in: its ring turns light, like the marks the fill has passed, and the tick is cut out of
   * the disc in the surface's colour (in forced colours too, where the disc is the highlight colour).
   */
  [part~='reached']::before {
    background: var(--_fill-color);
    color: Canvas;
  }

  [part='tier-amount'] {
    font-weight: 700;
    text-align: end;
    white-space: nowrap;
  }

  /* A narrow widget has no room for a third column: each label goes under its amount. */
  @container (inline-size < 15em) {
    [part='tier-label'] {
      grid-column: 2 / -1;
    }
  }

  /* At least 44 px tall, a finger's width, from its one line and its padding. */
  [part='donate'] {
    display: block;
    margin-block-start: var(--_space);
    padding: 0.75em 1em;
    background: var(--_accent-color);
    color: var(--_on-accent-color);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }

  [part='donate']:hover {
    text-decoration: underline;
  }

  a:focus-visible {
    outline: 3px solid;
    outline-offset: 2px;
  }

  /* Two tones, so the ring shows on light and dark pages alike. */
  [part='donate']:focus-visible {
    outline-color: var(--_accent-color);
    box-shadow: 0 0 0 2px var(--_on-accent-color);
  }

  /* The goal reached: the tube and bulb glow, twice. */
  .celebrating :is([part='track'], [part='bulb']) {
    animation: glow 0.6s 4 alternate;
  }

  @keyframes glow {
    to {
      box-shadow: 0 0 0.75em var(--_fill-color);
    }
  }

  /* The bar: a horizontal track for sidebars and footers, the tiers as marks and a compact list. */
  .bar .meter {
    flex-direction: column;
  }

  .bar [part='thermometer'] {
    inline-size: auto;
    min-block-size: 1.25em;
  }

  .bar [part='track'] {
    inset: 0;
    border-block-end: 2px solid var(--_border-color);
    border-radius: 1em;
  }

  .bar [part='track'] > * {
    transform: scaleX(var(--_fill, 0));
    transform-origin: left;
  }

  .bar [part='track']:dir(rtl) > * {
    transform-origin: right;
  }

  .bar [part~='mark'] {
    inset: 0 auto;
    inset-inline-start: calc(var(--_at) * 100%);
    inline-size: 2px;
    block-size: auto;
    transform: none;
  }

  .bar [part='bulb'] {
    display: none;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    [part='thermometer'],
    [part~='tier']::before {
      forced-color-adjust: none;
      --_fill-color: Highlight;
      --_preview-color: CanvasText;
      --_track-color: Canvas;
      --_border-color: CanvasText;
    }

    [part='donate'] {
      border: 2px solid ButtonText;
    }
  }
`;

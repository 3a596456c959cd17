import { css } from 'lit';

export const styles = css`
  /* Without this, the element would show even when hidden: author styles beat the browser's [hidden]. */
  :host(:not([hidden])) {
    display: block;
  }

  /*
   * Every public token is read once, here, beside its default: a theme may set them on :root or on
   * the element. light-dark() picks the dark default under a dark colour scheme: the page's, or the
   * theme attribute's. One accent family per scheme: the button, the fill and the tier pills.
   * Sizes are in em, from the widget's own font size: themes that set html { font-size: 62.5% }
   * and the post's text back to 16px would shrink a rem-sized widget.
   */
  [part='base'] {
    --_accent-color: var(--campaign-progress-accent-color, light-dark(#b71c1c, #f28b82));
    --_on-accent-color: var(--campaign-progress-on-accent-color, light-dark(#fff, #202124));
    --_fill-color: var(--campaign-progress-fill-color, light-dark(#c62828, #f28b82));
    --_success-color: var(--campaign-progress-success-color, light-dark(#2e7d32, #81c995));
    --_track-color: var(--campaign-progress-track-color, color-mix(in srgb, currentColor 12%, transparent));
    --_mark-color: var(--campaign-progress-mark-color, light-dark(#fff, #202124));
    --_preview-color: var(--campaign-progress-preview-color, var(--_fill-color));
    --_muted-color: color-mix(in srgb, currentColor 72%, transparent);
    --_height: var(--campaign-progress-height, 8em);
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
     * "break-word", so that it also narrows the flex items sized to their content.
     */
    overflow-wrap: anywhere;
    padding: min(var(--_space), 4%);
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

  p {
    margin: 0;
  }

  /* Live regions stay in the accessibility tree while empty, or their first words go unheard. */
  p:empty:not([role]) {
    display: none;
  }

  [part='heading'] {
    margin-block-end: 0.5em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  /*
   * The figures and the button, and beside them when there is room, else below, the tiers. Room
   * between pieces one above the other is a little less than beside: both follow the spacing token.
   */
  .columns {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.6) var(--_space);
    align-items: flex-start;
  }

  .progress,
  [part='tiers'] {
    flex: 1 1 15em;
    min-inline-size: 0;
  }

  /* The thermometer beside the figures, as tall as they are. */
  .meter {
    display: flex;
    gap: 0.6em;
  }

  .figures {
    flex: 1;
    min-inline-size: 0;
    display: grid;
    grid-template-areas: 'summary' 'gauge' 'status' 'facts' 'impact';
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
  }

  /*
   * The money first: the amount raised is the largest text, the rest of the sentence under it, as
   * wide as the figures, in every state; the percentage is one of the quieter facts.
   */
  [part='summary'] {
    grid-area: summary;
  }

  .amount,
  .after {
    display: block;
  }

  /* Each figure and fact its own run, so that numbers side by side never mix in a right-to-left line. */
  [part='raised'],
  .facts > * {
    unicode-bidi: isolate;
  }

  [part='raised'] {
    font-size: 1.75em;
    font-weight: 800;
    line-height: 1.2;
    overflow-wrap: normal;
  }

  /* Sized from the body's, so its line keeps its height: 1.4 × 1.5 = 1.2 × 1.75 = 1.75 × 1.2. */
  .long {
    font-size: 1.4em;
    line-height: 1.5;
  }

  .longer {
    font-size: 1.2em;
    line-height: 1.75;
  }

  /*
   * "of $1,000 goal" is never broken, nor is any amount, where "987,654,32 / 1.99" would misread:
   * it moves to a line of its own whole, and wraps only where it is longer than the line, rather
   * than leave the widget.
   */
  .together {
    display: inline-block;
    max-inline-size: 100%;
    overflow-wrap: normal;
  }

  /* No goal known yet: its words are a stand-in (below), and hold no room of their own. */
  .together:empty {
    display: none;
  }

  /* The percentage, first of them (the stand-ins holding their room too). */
  .facts > :first-child {
    font-weight: 700;
  }

  /*
   * The figures to come: a block the size of the amount, never a "$0"; under it the goal's words,
   * or with no goal known yet, a block as tall as they will be.
   */
  .skeleton [part='raised'] {
    display: inline-block;
    vertical-align: top;
    inline-size: 4.5em;
    block-size: 1.2em;
    border-radius: 0.25em;
    background: var(--_track-color);
  }

  /* Words that only hold their room: neither seen nor heard, nor part of the text. */
  [data-reserve]::before {
    content: attr(data-reserve);
    visibility: hidden;
  }

  .loading [data-reserve] {
    inline-size: fit-content;
    border-radius: 0.25em;
    background: var(--_track-color);
  }

  /*
   * One place for the status and what is left to go: in a live widget, as tall as the longest it
   * can come to say, so the widget keeps its height as the feed answers.
   */
  [part='status'],
  [part='to-go'],
  .status {
    grid-area: status;
    align-self: center;
  }

  .reserve {
    visibility: hidden;
  }

  [part='to-go'],
  .status {
    font-weight: 700;
  }

  /* The facts, quieter: "14 donors · 12 days left · Updated 2 hours ago". */
  .facts {
    grid-area: facts;
    align-self: center;
    color: var(--_muted-color);
    font-size: 0.8125em;
  }

  /* An unknown fact is an empty part: not shown, nor set apart from its neighbours. */
  .facts > :empty {
    display: none;
  }

  .facts > :not(:empty) ~ :not(:empty)::before {
    content: '·' / '';
    margin-inline-end: 0.3em;
  }

  /* The gauge: a thin rounded bar, or a tube and its bulb; no outline, the fill in the accent. */
  [part='thermometer'] {
    position: relative;
    flex: none;
    inline-size: 1.5em;
    min-block-size: var(--_height);
  }

  [part='track'] {
    position: absolute;
    inset: 0 0.3em 1.2em;
    overflow: hidden;
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
    background: repeating-linear-gradient(-45deg, var(--_preview-color) 0 0.2em, transparent 0 0.4em);
    transition-duration: 0.3s;
  }

  /*
   * A tier's mark: a notch at its height, in the surface's colour where the fill has passed it, in
   * the text's, quieter, on the empty track ahead, where the next tier is looked for.
   */
  [part~='mark'] {
    position: absolute;
    inset: auto 0 calc(var(--_at) * 100%);
    block-size: 2px;
    background: color-mix(in srgb, currentColor 45%, transparent);
  }

  [part~='mark'][part~='reached'] {
    background: var(--_mark-color);
  }

  [part='bulb'] {
    position: absolute;
    inset: auto 0 0;
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_fill-color);
  }

  /* Waiting: the gauge pulses, empty; with no figures to be had, it is not drawn. */
  .loading [part='track'],
  .loading [part='bulb'] {
    background: var(--_track-color);
    animation: pulse 1s ease-in-out infinite alternate;
  }

  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }

  /*
   * No figures, and none coming: no empty gauge to read as "$0"; the amount's skeleton stays, still,
   * and the message comes under it, over the rows the goal's line, the gauge and the status hold,
   * so that a long one (three lines in a narrow column with large text) fits the room held while
   * loading and the widget keeps its height.
   */
  .failed [part='thermometer'] {
    visibility: hidden;
  }

  .failed [part='status'] {
    grid-area: summary / summary / status / status;
    align-self: end;
  }

  .bar [part='thermometer'] {
    grid-area: gauge;
    inline-size: auto;
    min-block-size: 0.5em;
    margin-block: 0.5em 0.6em;
  }

  /*
   * The bar fills from the start of the layout, which is right to left on a right-to-left page or
   * in right-to-left words: also inside figures that read left to right, as an English widget's do
   * on an Arabic page.
   */
  [part='base']:dir(rtl) {
    --_layout-direction: rtl;
    --_layout-start: right;
  }

  .bar [part='track'] {
    inset: 0;
    border-radius: 1em;
    direction: var(--_layout-direction, ltr);
  }

  .bar [part='track'] > * {
    transform: scaleX(var(--_fill, 0));
    transform-origin: var(--_layout-start, left);
  }

  .bar [part~='mark'] {
    inset: 0 auto;
    inset-inline-start: calc(var(--_at) * 100%);
    inline-size: 2px;
    block-size: auto;
    transform: none;
  }

  /* The goal reached: said in bold in the success colour, the fill in it too. */
  .reached {
    --_fill-color: var(--_success-color);
  }

  .reached [part='status'],
  .celebration {
    color: var(--_success-color);
    font-weight: 700;
  }

  /* ...and on the page view that reaches it, the gauge glows, twice. */
  .celebrating :is([part='track'], [part='bulb']) {
    animation: glow 0.6s 4 alternate;
  }

  @keyframes glow {
    to {
      box-shadow: 0 0 0.75em var(--_fill-color);
    }
  }

  /* One cell for all that the impact line can come to say, all but one hidden. */
  .slot {
    display: grid;
  }

  /* The line in the middle of the room held for the longest: any room left splits above and below. */
  .slot > * {
    grid-area: 1 / 1;
    align-self: center;
  }

  /* What the gifts so far do: set apart under the figures. */
  [part='impact'] {
    grid-area: impact;
    margin-block-start: 0.5em;
    padding: 0.3em 0.6em;
    border-radius: calc(var(--_radius) / 1.5);
    background: color-mix(in srgb, var(--_fill-color) 9%, transparent);
    font-size: 0.875em;
  }

  /* At least 44 px tall, a finger's width, from its one line and its padding. */
  [part='donate'] {
    display: block;
    margin-block-start: calc(var(--_space) * 0.6);
    padding: 0.7em 1em;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_accent-color);
    color: var(--_on-accent-color);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }

  [part='donate']:hover {
    text-decoration: underline;
  }

  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid;
    outline-offset: 2px;
  }

  /* Two tones, so the ring shows on light and dark pages alike. */
  [part='donate']:focus-visible {
    outline-color: var(--_accent-color);
    box-shadow: 0 0 0 2px var(--_on-accent-color);
  }

  [part='tiers-heading'] {
    font-weight: 700;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li + li {
    border-block-start: 1px solid color-mix(in srgb, currentColor 12%, transparent);
  }

  /*
   * Each tier a way to give, its amount a pill as wide as the longest so the labels line up; where
   * the row has no room for both, the label goes under its pill.
   */
  [part~='tier'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.7em;
    padding: 0.25em 0.2em;
    border-radius: calc(var(--_radius) / 1.5);
    color: inherit;
    text-decoration: none;
  }

  [part~='tier']:is(:hover, :focus-visible) {
    background: color-mix(in srgb, var(--_fill-color) 9%, transparent);
  }

  [part='tier-amount'] {
    flex: none;
    min-inline-size: calc(var(--_amount-length) * 0.9ch + 1.4em);
    padding: 0.1em 0.7em;
    border: 1.5px solid var(--_accent-color);
    border-radius: 1em;
    color: var(--_accent-color);
    font-size: 0.875em;
    font-weight: 700;
    text-align: center;
    white-space: nowrap;
  }

  [part~='reached'] [part='tier-amount'] {
    background: var(--_accent-color);
    color: var(--_on-accent-color);
  }

  /* Labels wrap between words, hyphenated where the browser can, never mid-word. */
  [part='tier-label'] {
    flex: 1 1 9em;
    /* A word longer than the line breaks, rather than push the row out of the widget. */
    min-inline-size: 0;
    overflow-wrap: break-word;
    hyphens: auto;
    font-size: 0.875em;
  }

  /* A label runs as its words do (an English one in an Arabic widget), on the list's side: by its amount. */
  [part='tiers']:dir(rtl) [part='tier-label'] {
    text-align: right;
  }

  /* "funded": held, hidden, beside every tier not yet reached, so that none grows when it is. */
  [part='tier-label'] > * {
    color: var(--_muted-color);
    font-size: 0.8125em;
  }

  summary {
    padding: 0.25em 0.2em;
    color: var(--_accent-color);
    font-size: 0.875em;
    font-weight: 700;
    cursor: pointer;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    [part='thermometer'] {
      forced-color-adjust: none;
      --_fill-color: Highlight;
      --_preview-color: CanvasText;
      --_track-color: Canvas;
      --_mark-color: CanvasText;
      outline: 1px solid CanvasText;
    }

    [part='donate'],
    [part='tier-amount'] {
      border: 2px solid ButtonText;
    }
  }
`;

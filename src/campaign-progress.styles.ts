import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * Sizes are in em, from the widget's own font size: themes that set html { font-size: 62.5% }
   * and the post's text back to 16px would shrink a rem-sized thermometer and button.
   */
  [part='base'] {
    --_fill-color: var(--campaign-progress-fill-color, #c62828);
    --_track-color: var(--campaign-progress-track-color, #f3f3f3);
    --_border-color: var(--campaign-progress-border-color, #767676);
    --_accent-color: var(--campaign-progress-accent-color, #b71c1c);
    --_on-accent-color: var(--campaign-progress-on-accent-color, #ffffff);
    --_preview-color: var(--campaign-progress-preview-color, var(--_fill-color));
    --_height: var(--campaign-progress-height, 12em);

    box-sizing: border-box;
    min-inline-size: 0;
    padding: 1em;
    border: 1px solid var(--_border-color);
    border-radius: 0.75em;
    /* The host page's typography is inherited; its layout quirks are not. */
    line-height: 1.4;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    /* A theme's word-break: break-word or line-break: anywhere would split "$1,2|40" (see summary). */
    word-break: normal;
    line-break: auto;
    overflow-wrap: break-word;
  }

  [part='heading'] {
    margin-block-end: 0.6em;
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
    gap: 1em 1.5em;
    align-items: flex-start;
    container-type: inline-size;
  }

  .gauge,
  [part='tiers'] {
    flex: 1 1 16em;
    min-inline-size: 0;
  }

  .gauge {
    display: flex;
    gap: 1em;
    align-items: flex-start;
  }

  [part='thermometer'] {
    position: relative;
    flex: none;
    inline-size: 3em;
    block-size: var(--_height);
  }

  [part='track'] {
    position: absolute;
    inset-block: 0 2.75em;
    inset-inline-start: 0.875em;
    inline-size: 1.25em;
    box-sizing: border-box;
    overflow: hidden;
    border: 2px solid var(--_border-color);
    border-block-end: 0;
    border-radius: 0.625em 0.625em 0 0;
    background: var(--_track-color);
  }

  [part='fill'],
  [part='preview'] {
    position: absolute;
    inset: 0;
    background: var(--_fill-color);
    transform: scaleY(var(--_fill, 0));
    transform-origin: bottom;
    transition: transform 0.8s cubic-bezier(0.2, 0.8, 0.2, 1);
  }

  /* A previewed gift: stripes above the fill, distinct from it and from the empty tube. */
  [part='preview'] {
    --_fill: var(--_preview);
    background: repeating-linear-gradient(
      -45deg,
      var(--_preview-color) 0 0.25em,
      var(--_track-color) 0 0.5em
    );
    opacity: 0;
    transition-duration: 0.3s;
  }

  .previewing [part='preview'] {
    opacity: 1;
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
    inset-block-end: 0;
    inset-inline-start: 0;
    inline-size: 3em;
    block-size: 3em;
    box-sizing: border-box;
    border: 2px solid var(--_border-color);
    border-radius: 50%;
    background: var(--_fill-color);
  }

  /* No figures yet: an empty bulb, so nothing suggests progress that is not known. */
  [part='thermometer']:not([aria-valuenow]) [part='bulb'] {
    background: var(--_track-color);
  }

  /*
   * The figures' room is held from the start, in em so that it scales with the page's text:
   * loading, figures and failure take the same height, and nothing below the widget moves. It fits
   * the percentage, a two-line summary, the donors, the deadline when there is one and a two-line
   * status; the impact lines hold their own.
   */
  .figures {
    flex: 1;
    min-inline-size: 0;
  }

  /*
   * A root of its own, so that its last line's margin stays inside the room it holds. The deadline
   * and a feed's freshness ("Updated 2 hours ago", "Last updated …") add a line each.
   */
  .numbers {
    display: flow-root;
    --_room: 11.6em;
    min-block-size: calc(var(--_room) + var(--_ends, 0em) + var(--_live, 0em));
  }

  .ends .numbers {
    --_ends: 1.9em;
  }

  .live .numbers {
    --_live: 1.9em;
  }

  /* A narrow widget (a phone, or large text) wraps the summary onto a third line. */
  @container (inline-size < 16em) {
    .numbers {
      --_room: 13em;
    }
  }

  /*
   * A very narrow one (a phone with large text) wraps it onto four, the status and the freshness
   * too, the donors onto two.
   */
  @container (inline-size < 11em) {
    .numbers {
      --_room: 18em;
    }

    .live .numbers {
      --_live: 3.3em;
    }
  }

  p {
    margin: 0 0 0.5em;
  }

  /* Live regions stay in the accessibility tree while empty, or their first words go unheard. */
  .figures p:not([role]):empty {
    display: none;
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

  /* An empty one (the tick's words on a tier not reached) needs no box of its own to lay out. */
  .visually-hidden:not([role]):empty {
    display: none;
  }

  #tiers {
    margin-block-end: 0.4em;
    font-weight: 700;
  }

  ul {
    display: grid;
    gap: 0.15em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* The amount beside its label, or above it where a narrow widget has no room for both. */
  [part~='tier'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    padding: 0.35em 0.5em;
    border-radius: 0.5em;
    color: inherit;
    text-decoration: none;
  }

  [part~='tier']:is(:hover, :focus-visible) {
    background: color-mix(in srgb, var(--_accent-color) 10%, transparent);
  }

  [part~='tier'] > :not([part]) {
    flex: 1 1 9em;
  }

  [part='tier-amount'] {
    flex: none;
    min-inline-size: 4.5em;
    font-weight: 700;
    white-space: nowrap;
  }

  /* The tick's room is kept on every tier, so that reaching one moves nothing. */
  [part='tier-amount']::before {
    content: '✓ ' / '';
    visibility: hidden;
  }

  [part~='reached'] [part='tier-amount']::before {
    visibility: visible;
  }

  /* Large, but never so large that "1,850%" wraps in a narrow widget. */
  [part='percent'] {
    margin-block-end: 0.25em;
    font-size: min(2.25em, 15cqi);
    font-weight: 700;
    line-height: 1.1;
    white-space: nowrap;
  }

  /* Amounts never break mid-number, where "987,654,32 / 1.99" would misread. */
  [part='summary'] {
    font-weight: 600;
    overflow-wrap: normal;
  }

  [part='donate'] {
    display: grid;
    place-items: center;
    min-block-size: 2.75em;
    margin-block-start: 1em;
    padding: 0.5em 1.25em;
    box-sizing: border-box;
    border-radius: 0.5em;
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
    outline: 3px solid var(--_accent-color);
    outline-offset: 2px;
  }

  /* Two tones, so the ring shows on light and dark pages alike. */
  [part='donate']:focus-visible {
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
  .bar .gauge {
    flex-direction: column;
    align-items: stretch;
  }

  .bar [part='thermometer'] {
    inline-size: auto;
    block-size: 1.5em;
  }

  .bar [part='track'] {
    inset: 0;
    inline-size: auto;
    border-block-end: 2px solid var(--_border-color);
    border-radius: 0.75em;
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

  .bar ul {
    font-size: 0.9em;
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
      --_border-color: CanvasText;
    }

    [part='donate'] {
      border: 2px solid ButtonText;
    }
  }
`;

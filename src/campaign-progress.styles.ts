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

  .body {
    display: flex;
    gap: 1em;
    align-items: flex-start;
    container-type: inline-size;
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
    border-start-start-radius: 0.625em;
    border-start-end-radius: 0.625em;
    background: var(--_track-color);
  }

  [part='fill'] {
    position: absolute;
    inset: 0;
    background: var(--_fill-color);
    transform: scaleY(var(--_fill, 0));
    transform-origin: bottom;
    transition: transform 0.8s cubic-bezier(0.2, 0.8, 0.2, 1);
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
   * the percentage, a two-line summary, the donors and a two-line status.
   */
  .figures {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 11.6em;
  }

  /* A narrow widget (a phone, or large text) wraps the summary onto a third line. */
  @container (inline-size < 16em) {
    .figures {
      min-block-size: 13em;
    }
  }

  /* A very narrow one (a phone with large text) wraps it onto four, the status too, the donors onto two. */
  @container (inline-size < 11em) {
    .figures {
      min-block-size: 18em;
    }
  }

  .figures p {
    margin: 0;
    margin-block-end: 0.5em;
  }

  .figures p:empty {
    display: none;
  }

  /* Large, but never so large that "1,850%" wraps in a narrow widget. */
  [part='percent'] {
    font-size: min(2.25em, 15cqi);
    font-weight: 700;
    line-height: 1.1;
    white-space: nowrap;
  }

  .figures [part='percent'] {
    margin-block-end: 0.25em;
  }

  /* Amounts never break mid-number, where "987,654,32 / 1.99" would misread. */
  [part='summary'] {
    font-weight: 600;
    overflow-wrap: normal;
  }

  [part='donate'] {
    display: flex;
    align-items: center;
    justify-content: center;
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

  /* Two tones, so the ring shows on light and dark pages alike. */
  [part='donate']:focus-visible {
    outline: 3px solid var(--_accent-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_on-accent-color);
  }

  @media (prefers-reduced-motion: reduce) {
    [part='fill'] {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    [part='thermometer'] {
      forced-color-adjust: none;
      --_fill-color: Highlight;
      --_track-color: Canvas;
      --_border-color: CanvasText;
    }

    [part='donate'] {
      border: 2px solid ButtonText;
    }
  }
`;

import { LitElement, html, nothing } from 'lit';
import { styles } from './campaign-progress.styles.js';
import {
  CampaignProgressGoalReachedEvent,
  reportError,
  type CampaignProgressGoalReachedDetail,
} from './events.js';
import { fallbackLink } from './fallback.js';
import { DEFAULT_TIMEOUT } from './feed.js';
import { FeedController } from './feed-controller.js';
import type { Messages } from './messages.js';
import type { TierView } from './progress.js';
import { checkSettings } from './settings.js';
import { reclaimSplitSnippet } from './split-snippet.js';
import { viewOf, type View } from './view.js';

/**
 * A fundraising thermometer: how much a campaign has raised towards its goal, read from a JSON
 * feed or from attributes, with a link through to donate.
 *
 * @fires {CampaignProgressUpdateEvent} campaign-progress-update - The feed delivered good totals; `detail` holds them.
 * @fires {CampaignProgressErrorEvent} campaign-progress-error - The feed or a setting cannot be used; `detail` has `reason` and `message`.
 * @fires {CampaignProgressGoalReachedEvent} campaign-progress-goal-reached - The widget first shows a total at or over its goal; once per page view. `detail` has `raised`, `goal` and `currency`.
 *
 * @slot - Nothing is shown from the light DOM once the element runs: put `<campaign-tier>` elements and a fallback donate link there for readers without JavaScript.
 *
 * @csspart base - The widget's box. Its background and text colour are the page's, or the theme's.
 * @csspart heading - The heading, when there is one.
 * @csspart thermometer - The thermometer: the progress bar itself.
 * @csspart track - The thermometer's tube, or the bar's track.
 * @csspart fill - The part of the tube filled by what has been raised.
 * @csspart preview - The segment a hovered or focused tier's gift would add to the fill.
 * @csspart mark - A tier's mark on the scale, for tiers at or under the goal.
 * @csspart bulb - The thermometer's bulb.
 * @csspart percent - The percentage of the goal raised, beside the amount.
 * @csspart summary - The sentence "$620 raised of $1,000 goal".
 * @csspart raised - The amount raised, the largest figure: "$620" in the summary.
 * @csspart to-go - What is left to the goal, under it: "$380 to go".
 * @csspart donors - The number of donors (or donations), when the feed gives it.
 * @csspart deadline - The time left: "12 days left", "Ended".
 * @csspart updated - How old the feed's figures are: "Updated 2 hours ago", "Last updated 2 hours ago" while the feed fails, "Figures from April 12" once they are days old.
 * @csspart status - Loading, failure and goal-reached messages.
 * @csspart gift - A hovered or focused tier's gift, said in the impact line's place: "$240 would take us to 86%".
 * @csspart impact - What the gifts so far cover, what the smallest gift does, or over the goal the next tier as a stretch; while a tier is hovered or focused, its gift (part `gift`) in the same box.
 * @csspart tiers - The list of tiers, with its heading.
 * @csspart tiers-heading - The list's heading: "What your gift does".
 * @csspart tier - One tier: a link to give its amount. `tier reached` once the total has reached it (its label then says "funded").
 * @csspart tier-amount - A tier's amount.
 * @csspart tier-label - What a tier's amount does, and "funded" once the total has reached it.
 * @csspart more-tiers - The disclosure (`<details>`) holding the tiers after the first: "5 more ways to give".
 * @csspart donate - The donate link.
 *
 * @cssprop [--campaign-progress-fill-color=#c62828] - The fill and the bulb; `#f28b82` in a dark colour scheme.
 * @cssprop [--campaign-progress-success-color=#2e7d32] - The fill and the bulb at the goal, and "Goal reached"; `#81c995` in a dark colour scheme.
 * @cssprop [--campaign-progress-track-color=the text colour at 12%] - The empty part of the tube or bar.
 * @cssprop [--campaign-progress-mark-color=#fff] - The notches of the tiers the fill has passed; `#202124` in a dark colour scheme. Those ahead are in the text's colour.
 * @cssprop [--campaign-progress-accent-color=#b71c1c] - The donate button, the tiers' amounts and the link to more tiers; `#f28b82` in a dark colour scheme.
 * @cssprop [--campaign-progress-on-accent-color=#fff] - The donate button's text and a funded tier's amount; `#202124` in a dark colour scheme.
 * @cssprop [--campaign-progress-preview-color=the fill colour] - The stripes of a previewed gift.
 * @cssprop [--campaign-progress-height=8em] - The thermometer's least height: it grows to the height of the figures beside it.
 * @cssprop [--campaign-progress-font=inherit] - The font family: the page's.
 * @cssprop [--campaign-progress-radius=0.75em] - The widget's corners; the boxes inside it are rounded a third less.
 * @cssprop [--campaign-progress-spacing=1.25em] - The room around and between the widget's pieces; 0.6 of it between pieces one above the other.
 */
export class CampaignProgress extends LitElement {
  static override styles = styles;

  static override properties = {
    src: {},
    raised: {},
    goal: {},
    currency: {},
    locale: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    donateHref: { attribute: 'donate-href' },
    donateLabel: { attribute: 'donate-label' },
    linkTarget: { attribute: 'link-target' },
    timeout: { type: Number },
    ends: {},
    layout: {},
    refresh: {},
    loading: {},
    raisedPath: { attribute: 'raised-path' },
    goalPath: { attribute: 'goal-path' },
    donorsPath: { attribute: 'donors-path' },
    donationsPath: { attribute: 'donations-path' },
    currencyPath: { attribute: 'currency-path' },
    amountUnit: { attribute: 'amount-unit' },
    offline: {},
    tiers: { attribute: false },
    messages: {},
    tiersHeading: { attribute: 'tiers-heading' },
    theme: { reflect: true },
    previewed: { state: true },
  };

  /**
   * URL of the totals feed, a JSON object such as `{ "raised": 620, "goal": 1000 }`: from the site's
   * root (`/totals.json`) or in full, as a relative one is relative to each post's own address.
   */
  src = '';

  /** Amount raised, for pages with no feed. A feed's `raised` wins over it. */
  raised?: number | string;

  /** The campaign's goal. Wins over the feed's goal: it is the page author's own. */
  goal?: number | string;

  /** ISO 4217 currency code. Else the feed's, else `USD`. */
  currency?: string;

  /**
   * BCP 47 language tag for numbers and money. Else the nearest `lang` in the page (through shadow
   * roots), else the browser's.
   */
  locale?: string;

  /** A heading above the thermometer, also the progress bar's name. */
  heading = '';

  /** The heading's level in the page's outline, from 1 to 6. */
  headingLevel = 2;

  /**
   * Where the donate link goes. `{amount}` in it becomes each tier's amount in that tier's link
   * (`…?amount={amount}`); the main link drops it. Only `http:`, `https:` and `mailto:` links are used.
   * Without it, the first link inside the element is the donate link, its text the label.
   */
  donateHref = '';

  /**
   * The donate link's text. Defaults to the text of the link inside the element when that is the
   * donate link, else "Donate" in the widget's language.
   */
  donateLabel = '';

  /**
   * Where the donate and tier links open: `_self`, `_blank` (a new tab) or `_top` (the whole window,
   * out of any frame). By default, a new tab when the widget runs inside a frame, else the page itself.
   */
  linkTarget?: '_self' | '_blank' | '_top';

  /** How long the feed may take, in milliseconds, before it counts as unavailable. Unusable values mean 10000. */
  timeout: number = DEFAULT_TIMEOUT;

  /**
   * When the campaign ends: an ISO date (`2027-04-30`, which runs to the end of that day everywhere
   * on Earth, midnight at UTC−12: one moment for every reader) or a date-time with an offset
   * (`2027-04-30T23:59-07:00`). Shows "12 days left", then hours, then "Ended".
   */
  ends = '';

  /** `thermometer`, or `bar`: a horizontal bar for sidebars and footers. */
  layout = 'thermometer';

  /**
   * Seconds between refreshes of the feed; none loads it once. At least 15: less is raised to 15.
   * A time with its unit (`60s`, `2 min`, `1h`) is read too, with a console note.
   * Widgets on one feed share its shortest refresh, and none polls while the page is hidden.
   */
  refresh?: number | string;

  /** `lazy`: load the feed only when the widget nears the viewport. */
  loading?: 'lazy' | 'eager';

  /** Where the feed keeps the amount raised, for a platform's JSON: a dotted path such as `data.totals.0.amount`. */
  raisedPath?: string;

  /** Where the feed keeps the goal: a dotted path. */
  goalPath?: string;

  /** Where the feed keeps the number of donors: a dotted path. */
  donorsPath?: string;

  /** Where the feed keeps the number of gifts, when it counts gifts rather than people: a dotted path. */
  donationsPath?: string;

  /** Where the feed keeps the currency code: a dotted path. */
  currencyPath?: string;

  /** `minor` (or `cents`): the feed's amounts are in the currency's minor unit, as many platforms' APIs give them. */
  amountUnit?: string;

  /** Money raised offline, added to the feed's total (or the `raised` attribute). */
  offline?: number | string;

  /**
   * Impact tiers, `{ amount, label }` each. Win over `<campaign-tier>` children, which win over the
   * feed's `tiers`. Sorted by amount; unusable ones are skipped with a warning.
   */
  tiers?: readonly { amount: number | string; label: string }[];

  /**
   * The page's own words in place of any of the widget's, in every language: a partial table such as
   * `{ "goalReached": "We did it!" }`, as a property or, for pages without script, as JSON in the
   * attribute. `{placeholders}` are filled in; a count's message may give texts by plural form.
   */
  messages?: Partial<Messages> | string;

  /** The tier list's heading. Defaults to "What your gift does" in the widget's language. */
  tiersHeading = '';

  /**
   * `light` or `dark`: the widget's own surface and palette, whatever the page's; `auto` follows the
   * reader's system setting (`prefers-color-scheme`). Without it, the widget takes the page's colours.
   */
  theme?: 'light' | 'dark' | 'auto';

  /** The tier whose gift is previewed on the thermometer, while it is hovered or focused. */
  private previewed = -1;

  #feed = new FeedController(this);
  /** What the reader sees. */
  #view!: View;
  /**
   * The total last shown, for which src, and whether it was a stored copy, so that a new one is
   * announced once.
   */
  #shown?: [src: string, raised: number, stored: boolean];
  #announcement?: string;
  #tick?: ReturnType<typeof setTimeout>;
  /**
   * The goal has been reached in this page view: set as an update begins, before the render that
   * shows it, so it needs no update of its own.
   */
  #celebrating?: boolean;
  /** Problems and notes already reported, so that each is reported once while it lasts. */
  #reported = new Set<string>();
  /** The `<campaign-tier>` children as last read; `undefined` once they change. */
  #childTiers?: { amount: string | null; label: string | null }[];
  #children = new MutationObserver(() => {
    this.#childTiers = undefined;
    this.requestUpdate();
  });

  override connectedCallback() {
    super.connectedCallback();
    // Before the first render: a module script runs once the page is parsed, so the parts a blog's
    // automatic paragraphs moved out are all in place by then (and in a widget added later, too).
    if (!this.hasUpdated) reclaimSplitSnippet(this);
    this.#childTiers = undefined;
    this.#children.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      // A tier's amount, and the fallback donate link's.
      attributeFilter: ['amount', 'href'],
    });
    // Back on the page, the deadline's and the freshness's words may be out of date, their timer gone.
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#children.disconnect();
    clearTimeout(this.#tick);
  }

  protected override willUpdate() {
    const pageLang = pageLanguage(this);
    const settings = checkSettings(this, pageLang, undefined, {
      link: fallbackLink(this),
      framed: window.top !== window,
    });
    const feed = this.#feed;
    feed.follow({
      ...settings,
      src: this.src,
      lazy: this.loading === 'lazy',
      paths: {
        raised: this.raisedPath,
        goal: this.goalPath,
        donors: this.donorsPath,
        donations: this.donationsPath,
        currency: this.currencyPath,
      },
    });
    const view = (this.#view = viewOf(
      this,
      settings,
      (this.#childTiers ??= [...this.querySelectorAll('campaign-tier')].map((tier) => ({
        amount: tier.getAttribute('amount'),
        label: tier.textContent,
      }))),
      feed,
      Date.now(),
      navigator.language,
    ));

    const { progress } = view;
    if (progress && feed.totals) {
      // Only a feed's new total is news: the page knows what it sets itself. Nor is the first
      // answer after a stored copy: a return visit's first figures, heard as the page loads.
      const [src, raised, stored] = this.#shown ?? [];
      if (this.src && src === this.src && raised !== progress.raised && !stored)
        this.#announcement = progress.summary;
      this.#shown = [this.src, progress.raised, feed.stored];
    }

    // Some words change with time ("12 days left", "Updated 2 hours ago"): update when they do.
    clearTimeout(this.#tick);
    if (view.changesIn < Infinity) this.#tick = setTimeout(() => this.requestUpdate(), view.changesIn);

    const { problems, notes, hints } = view;
    const reported = this.#reported;
    this.#reported = new Set([...problems, ...notes, ...hints]);
    // A note is for the console only: the setting still works, read as the note says.
    for (const note of notes) if (!reported.has(note)) console.warn(`campaign-progress: ${note}`);
    // A hint is softer: a page may mean it (a second widget beside the post's own button).
    for (const hint of hints) if (!reported.has(hint)) console.info(`campaign-progress: ${hint}`);
    const fresh = problems.filter((problem) => !reported.has(problem));
    /** The figures that reached the goal in this update, for the first time in this page view. */
    let goalReached: CampaignProgressGoalReachedDetail | undefined;
    if (progress?.reached && !this.#celebrating) {
      const { raised, goal, currency } = progress;
      goalReached = { raised, goal, currency };
      this.#celebrating = true;
    }
    // Reported once this update is over (its render, then updated()), so that a listener may change
    // the element in response.
    if (fresh.length || goalReached) {
      void this.updateComplete.then(() => {
        for (const message of fresh) reportError(this, { reason: 'attribute', message });
        if (goalReached) this.dispatchEvent(new CampaignProgressGoalReachedEvent(goalReached));
      });
    }
  }

  protected override render() {
    const view = this.#view;
    const { progress, lang, dir, tiers, donate, linkTarget, layout } = view;
    const gauge = html`<div
      part="thermometer"
      role="progressbar"
      aria-labelledby=${view.heading ? 'heading' : nothing}
      aria-label=${view.label ?? nothing}
      aria-valuemin="0"
      aria-valuemax=${progress?.goal ?? nothing}
      aria-valuenow=${progress ? Math.min(progress.raised, progress.goal) : nothing}
      aria-valuetext=${progress?.percent ?? nothing}
    >
      <div part="track" id="track">
        ${tiers.length ? html`<div part="preview"></div>` : nothing}
        <div part="fill"></div>
        ${tiers.map((tier) =>
          tier.mark === undefined
            ? nothing
            : html`<div part="mark${tier.reached ? ' reached' : ''}" data-mark=${tier.mark}></div>`,
        )}
      </div>
      ${layout === 'thermometer' ? html`<div part="bulb"></div>` : nothing}
    </div>`;
    const [before, [start, goalTogether, end]] = view.around ?? ['', ['', '', '']];
    // A long amount ("IDR 987,654,322") a size smaller, and a longer one smaller still, so that it
    // fits a phone's column whole: still the largest text.
    const length = progress?.raisedText.length ?? 0;
    const size = length > 15 ? 'longer' : length > 10 ? 'long' : nothing;
    const reserve = view.around ? nothing : (view.aroundReserve ?? nothing);
    // The summary and the facts are one template each, on few lines: their text is read as it
    // stands, so no white space may come between their tags. No figures yet, or none to be had:
    // a skeleton in the amount's place, never "$0", and the goal's words when the page sets it.
    // prettier-ignore
    const summary = html`<p part="summary" class=${progress ? nothing : 'skeleton'}><span class="amount"
      >${before}<span part="raised" class=${size}>${progress?.raisedText}</span></span><span class="after"
      data-reserve=${reserve}>${start}<span class="together">${goalTogether}</span>${end}</span></p>`;
    // A space between the facts, as well as the drawn dot: copied or read aloud, "14 donors 12 days
    // left", not "14 donors12 days left". The percentage is heard once, as the progress bar's value.
    // prettier-ignore
    const facts = html`<p class="facts"><span part="percent" aria-hidden="true">${progress?.percent}</span> <span
      part="donors">${progress?.supporters}</span> <span part="deadline">${view.timeLeft}</span> <span
      part="updated">${view.updated}</span></p>`;
    return html`
      <div
        part="base"
        dir=${dir === 'rtl' ? dir : nothing}
        class="${layout} ${view.state}${view.live ? ' live' : ''}${this.#celebrating ? ' celebrating' : ''}"
      >
        ${view.heading ? html`<div part="heading" id="heading" dir="auto" role="heading" aria-level=${view.headingLevel}>${view.heading}</div>` : nothing}
        <div class="columns">
          <div class="progress">
            <div class="meter">
              ${layout === 'thermometer' ? gauge : nothing}
              <div class="figures" lang=${lang} dir=${dir}>
                ${summary} ${layout === 'bar' ? gauge : nothing}
                <p part="status" role="status">${view.status}</p>
                <p part="to-go">${view.toGo}</p>
                ${this.#reserve(view.statusReserve, 'status')}
                ${this.#reserve(view.celebrationReserve, 'status celebration')} ${facts}
                ${
                  view.factsReserve
                    ? html`<p class="facts reserve" aria-hidden="true">
                        ${view.factsReserve.map((fact) => html`${' '}<span>${fact}</span>`)}
                      </p>`
                    : nothing
                }
                ${view.impact.line ? this.#renderImpact() : nothing}
              </div>
            </div>
            ${
              donate
                ? html`<a
                    part="donate"
                    href=${donate.href}
                    target=${linkTarget ?? nothing}
                    rel=${linkTarget === '_blank' ? 'noopener' : nothing}
                    lang=${donate.lang ?? nothing}
                    dir="auto"
                    >${donate.label}</a
                  >`
                : nothing
            }
          </div>
          ${tiers.length ? this.#renderTiers(tiers) : nothing}
        </div>
        ${view.live ? html`<p class="visually-hidden" role="status" lang=${lang}>${this.#announcement}</p>` : nothing}
      </div>
    `;
  }

  /** Hidden words that hold the room of the longest a place may come to say. */
  #reserve(words?: string, where?: string) {
    return words
      ? html`<p class=${where ? `${where} reserve` : 'reserve'} aria-hidden="true">${words}</p>`
      : nothing;
  }

  /**
   * What the gifts so far do, or while a tier is hovered or focused, where its gift would take the
   * total: "$240 would take us to 86%". In one grid cell with, hidden, the longest sentence the line
   * could come to say (in a live widget) or a gift, so the widget keeps its height as they change.
   */
  #renderImpact() {
    const { line, reserve } = this.#view.impact;
    const gift = this.#view.tiers[this.previewed]?.preview;
    return html`<div part="impact" class="slot">
      <p class=${gift ? 'reserve' : nothing}>${line}</p>
      ${gift ? html`<p part="gift" aria-hidden="true">${gift}</p>` : nothing} ${this.#reserve(reserve)}
    </div>`;
  }

  /**
   * Each tier a link to give its amount (without a donate link, the same text, not a link): the
   * first ones shown, the rest one tap away.
   */
  #renderTiers(tiers: TierView[]) {
    const { linkTarget, tiersHeading, tierReached, featured, moreTiers } = this.#view;
    const list = (from: number, to?: number) =>
      html`<ul
        aria-labelledby="tiers"
        @pointerover=${this.#preview}
        @pointerleave=${this.#preview}
        @focusin=${this.#preview}
        @focusout=${this.#preview}
      >
        ${tiers.slice(from, to).map(
          (tier, index) =>
            html`<li>
              <a
                part="tier${tier.reached ? ' reached' : ''}"
                href=${tier.href ?? nothing}
                target=${linkTarget ?? nothing}
                rel=${linkTarget === '_blank' ? 'noopener' : nothing}
                data-tier=${from + index}
                aria-describedby="gift-${from + index}"
                aria-label="${tier.give} ${tier.label}${tier.reached ? ` ${tierReached}` : ''}"
                ><span part="tier-amount">${tier.amount}</span>
                <span part="tier-label" dir="auto"
                  >${tier.label}
                  <span class=${tier.reached ? 'reached' : 'reserve'} aria-hidden="true"
                    >${tierReached}</span
                  ></span
                ></a
              >
              <span id="gift-${from + index}" hidden>${tier.preview}</span>
            </li>`,
        )}
      </ul>`;
    return html`<div part="tiers" id="tier-list" lang=${this.#view.lang} dir=${this.#view.dir}>
      <p id="tiers" part="tiers-heading" dir="auto">${tiersHeading}</p>
      ${list(0, featured)}
      ${
        featured < tiers.length
          ? html`<details part="more-tiers">
              <summary>${moreTiers}</summary>
              ${list(featured)}
            </details>`
          : nothing
      }
    </div>`;
  }

  /** Hovering or focusing a tier previews its gift on the thermometer; leaving clears it. */
  #preview = (event: Event) => {
    const leaving = /leave|out/.test(event.type); // pointerleave, focusout
    this.previewed = leaving
      ? -1
      : Number((event.target as Element).closest<HTMLElement>('[data-tier]')?.dataset.tier ?? -1);
  };

  protected override updated() {
    // Through CSSOM, not style attributes, so that a strict Content-Security-Policy allows them.
    // Found by id, not by a walk of the tree: a page may hold a thousand widgets.
    const root = this.renderRoot as ShadowRoot;
    const track = root.getElementById('track')!;
    const { progress, tiers } = this.#view;
    track.style.setProperty('--_fill', `${progress?.fill ?? 0}`);
    if (!tiers.length) return;
    track.style.setProperty('--_preview', `${tiers[this.previewed]?.previewFill ?? 0}`);
    // Every tier's amount is as wide as the longest, so the amounts and labels line up.
    root
      .getElementById('tier-list')!
      .style.setProperty('--_amount-length', `${Math.max(...tiers.map((tier) => tier.amount.length))}`);
    for (const mark of track.querySelectorAll<HTMLElement>('[data-mark]')) {
      mark.style.setProperty('--_at', mark.dataset.mark!);
    }
  }
}

/** The nearest `lang` around `element`, looking out through any shadow roots it sits in. */
function pageLanguage(element: Element): string | null | undefined {
  for (let node: Node = element; node instanceof Element; node = (node.getRootNode() as ShadowRoot).host) {
    const lang = node.closest('[lang]');
    if (lang) return lang.getAttribute('lang');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-progress': CampaignProgress;
  }
}

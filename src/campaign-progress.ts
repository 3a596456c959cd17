import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styles } from './campaign-progress.styles.js';
import { CampaignProgressErrorEvent, CampaignProgressUpdateEvent } from './events.js';
import { DEFAULT_TIMEOUT, loadTotals, type FeedResult } from './feed.js';
import { messagesFor, type Messages } from './messages.js';
import { deriveProgress, type Progress } from './progress.js';
import { checkSettings, type CheckedSettings } from './settings.js';
import type { Totals } from './totals.js';

/**
 * A fundraising thermometer: how much a campaign has raised towards its goal, read from a JSON
 * feed or from attributes, with a link through to donate.
 *
 * @fires {CampaignProgressUpdateEvent} campaign-progress-update - The feed delivered good totals; `detail` holds them.
 * @fires {CampaignProgressErrorEvent} campaign-progress-error - The feed or a setting cannot be used; `detail` has `reason` and `message`.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The heading, when there is one.
 * @csspart thermometer - The thermometer: the progress bar itself.
 * @csspart track - The thermometer's tube.
 * @csspart fill - The part of the tube filled by what has been raised.
 * @csspart bulb - The thermometer's bulb.
 * @csspart percent - The percentage of the goal raised.
 * @csspart summary - The sentence "$620 raised of $1,000 goal".
 * @csspart donors - The number of donors, when the feed gives it.
 * @csspart status - Loading, failure and goal-reached messages.
 * @csspart donate - The donate link.
 *
 * @cssprop [--campaign-progress-fill-color=#c62828] - The fill and the bulb.
 * @cssprop [--campaign-progress-track-color=#f3f3f3] - The empty part of the tube.
 * @cssprop [--campaign-progress-border-color=#767676] - The thermometer's outline.
 * @cssprop [--campaign-progress-accent-color=#b71c1c] - The donate link's background.
 * @cssprop [--campaign-progress-on-accent-color=#ffffff] - The donate link's text.
 * @cssprop [--campaign-progress-height=12rem] - The thermometer's height.
 */
export class CampaignProgress extends LitElement {
  static override styles = styles;

  /** URL of the totals feed, a JSON object such as `{ "raised": 620, "goal": 1000 }`. */
  @property() src = '';

  /** Amount raised, for pages with no feed. A feed's `raised` wins over it. */
  @property() raised?: number | string;

  /** The campaign's goal. Wins over the feed's goal: it is the page author's own. */
  @property() goal?: number | string;

  /** ISO 4217 currency code. Else the feed's, else `USD`. */
  @property() currency?: string;

  /**
   * BCP 47 language tag for numbers and money. Else the nearest `lang` in the page (through shadow
   * roots), else the browser's.
   */
  @property() locale?: string;

  /** A heading above the thermometer, also the progress bar's name. */
  @property() heading = '';

  /** The heading's level in the page's outline, from 1 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Where the donate link goes. Only `http:` and `https:` URLs are used. */
  @property({ attribute: 'donate-href' }) donateHref = '';

  /** The donate link's text. Defaults to "Donate" in the widget's language. */
  @property({ attribute: 'donate-label' }) donateLabel = '';

  /** How long the feed may take, in milliseconds, before it counts as unavailable. Unusable values mean 10000. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  @state() private feedTotals?: Totals;
  @state() private feedFailed = false;
  @state() private loading = false;

  @query('[part=fill]') private fill?: HTMLElement;

  /** The src loaded or being loaded; cleared to load it again. */
  #requested?: string;
  #controller?: AbortController;
  #settings!: CheckedSettings;
  #messages!: Messages;
  #progress?: Progress;
  #problems: string[] = [];
  /** Problems already reported, so that each is reported once while it lasts. */
  #reported = new Set<string>();

  override connectedCallback() {
    super.connectedCallback();
    if (this.src !== this.#requested) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Moving the element within the page disconnects and reconnects it at once: that keeps its
    // request. Truly leaving aborts it, and coming back later loads again (a failed feed too).
    queueMicrotask(() => {
      if (this.isConnected) return;
      if (this.#controller || this.feedFailed) this.#requested = undefined;
      this.#controller?.abort();
      this.#controller = undefined;
    });
  }

  protected override willUpdate() {
    const settings = (this.#settings = checkSettings({
      locale: this.locale,
      pageLanguage: pageLanguage(this),
      donateHref: this.donateHref,
      timeout: this.timeout,
      headingLevel: this.headingLevel,
    }));
    if (this.isConnected && this.src !== this.#requested) void this.#load();

    this.#messages = messagesFor(settings.locale ?? navigator.language);
    const { progress, problems } = deriveProgress(
      { raised: this.raised, goal: this.goal, currency: this.currency, src: this.src, feed: this.feedTotals },
      settings.locale,
      this.#messages,
    );
    this.#progress = progress;
    this.#problems = [...problems, ...settings.problems];
  }

  protected override render() {
    const progress = this.#progress;
    const messages = this.#messages;
    const status = this.loading
      ? messages.loading
      : this.feedFailed || !progress
        ? messages.unavailable
        : progress.reached
          ? messages.goalReached
          : '';
    const { donateUrl, headingLevel } = this.#settings;
    return html`
      <div part="base">
        ${this.heading ? html`<div part="heading" id="heading" role="heading" aria-level=${headingLevel}>${this.heading}</div>` : nothing}
        <div class="body">
          <div
            part="thermometer"
            role="progressbar"
            aria-labelledby=${this.heading ? 'heading' : nothing}
            aria-label=${this.heading ? nothing : messages.progress}
            aria-valuemin="0"
            aria-valuemax=${progress?.goal ?? nothing}
            aria-valuenow=${progress ? Math.min(progress.raised, progress.goal) : nothing}
            aria-valuetext=${progress?.summary ?? nothing}
          >
            <div part="track"><div part="fill"></div></div>
            <div part="bulb"></div>
          </div>
          <div class="figures" lang=${messages.lang} dir=${messages.dir}>
            <p part="percent">${progress?.percent}</p>
            <p part="summary">${progress?.summary}</p>
            <p part="donors">${progress?.donors}</p>
            <p part="status" role="status">${status}</p>
          </div>
        </div>
        ${
          donateUrl
            ? html`<a
                part="donate"
                href=${donateUrl}
                lang=${this.donateLabel ? nothing : messages.lang}
                dir=${this.donateLabel ? nothing : messages.dir}
                >${this.donateLabel || messages.donate}</a
              >`
            : nothing
        }
      </div>
    `;
  }

  protected override updated() {
    // Through CSSOM, not a style attribute, so that a strict Content-Security-Policy allows it.
    this.fill?.style.setProperty('--_fill', String(this.#progress?.fill ?? 0));
    const fresh = this.#problems.filter((problem) => !this.#reported.has(problem));
    this.#reported = new Set(this.#problems);
    // Reported once the update is over, so that a listener may change the element in response.
    if (fresh.length) {
      void this.updateComplete.then(() => {
        for (const message of fresh) this.#fail({ reason: 'attribute', message });
      });
    }
  }

  async #load() {
    this.#controller?.abort();
    const src = (this.#requested = this.src);
    this.feedFailed = false;
    this.loading = Boolean(src);
    if (!src) {
      this.#controller = undefined;
      this.feedTotals = undefined;
      return;
    }
    const controller = (this.#controller = new AbortController());
    let result: FeedResult;
    try {
      result = await loadTotals(src, { signal: controller.signal, timeout: this.#settings.timeout });
    } catch {
      return; // Aborted: a newer src, or leaving the page, owns the state now.
    }
    // An answer that settled just as a newer load began is stale too, though nothing could abort it.
    if (controller !== this.#controller) return;
    this.#controller = undefined;
    this.loading = false;
    if (result.ok) this.feedTotals = result.totals;
    else this.feedFailed = true;
    // Events follow the render, so that a listener sees what a reader sees.
    await this.updateComplete;
    // The page may have set a new src meanwhile, even one this element has not begun to load yet:
    // an event for the old feed would then mislead it.
    if (this.#requested !== src || this.src !== src) return;
    if (result.ok) {
      for (const warning of result.warnings) console.warn(`campaign-progress: ${src}: ${warning}`);
      this.dispatchEvent(new CampaignProgressUpdateEvent(result.totals));
    } else {
      this.#fail({ reason: result.reason, message: result.message, src });
    }
  }

  #fail(detail: CampaignProgressErrorEvent['detail']) {
    console.warn(`campaign-progress: ${detail.src ? `${detail.src}: ` : ''}${detail.message}`);
    this.dispatchEvent(new CampaignProgressErrorEvent(detail));
  }
}

/** The nearest `lang` around `element`, looking out through any shadow roots it sits in. */
function pageLanguage(element: Element): string | null {
  for (
    let node: Node | null = element;
    node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode
  ) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-progress': CampaignProgress;
  }
}

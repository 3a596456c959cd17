import type { FeedFailure } from './feed.js';
import type { Totals } from './totals.js';

/** What went wrong: a feed failure, or `attribute` for a page setting the widget cannot use. */
export interface CampaignProgressErrorDetail {
  reason: FeedFailure | 'attribute';
  /** A sentence for the page author, also logged to the console. */
  message: string;
  /** The full address the feed asked (the page's `src` resolved), for feed failures. */
  src?: string;
}

/** Fired when the feed or the page's settings cannot be used. The widget keeps its last good figures. */
export class CampaignProgressErrorEvent extends CustomEvent<CampaignProgressErrorDetail> {
  constructor(detail: CampaignProgressErrorDetail) {
    super('campaign-progress-error', { detail, bubbles: true, composed: true });
  }
}

/** Says what went wrong in the console, for the page author, and fires the error event at `target`. */
export function reportError(target: EventTarget, detail: CampaignProgressErrorDetail) {
  console.warn(`campaign-progress: ${detail.src ? `${detail.src}: ` : ''}${detail.message}`);
  target.dispatchEvent(new CampaignProgressErrorEvent(detail));
}

/** Fired when the feed delivers good totals; `detail` holds them, normalized. */
export class CampaignProgressUpdateEvent extends CustomEvent<Totals> {
  constructor(totals: Totals) {
    // A copy of its own, to the last tier and date: widgets share a feed's totals, and a listener may
    // change what it is given. (`updated` is always there, if undefined.)
    super('campaign-progress-update', {
      detail: structuredClone({ ...totals, updated: totals.updated }),
      bubbles: true,
      composed: true,
    });
  }
}

/** What the goal-reached event reports: the figures as shown when the goal was first reached. */
export interface CampaignProgressGoalReachedDetail {
  raised: number;
  goal: number;
  currency: string;
}

/**
 * Fired once per element per page view, when it first shows a total at or over its goal: not again
 * on later renders or polls, nor when a refund takes the total under and back over.
 */
export class CampaignProgressGoalReachedEvent extends CustomEvent<CampaignProgressGoalReachedDetail> {
  constructor(detail: CampaignProgressGoalReachedDetail) {
    super('campaign-progress-goal-reached', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'campaign-progress-goal-reached': CampaignProgressGoalReachedEvent;
    'campaign-progress-error': CampaignProgressErrorEvent;
    'campaign-progress-update': CampaignProgressUpdateEvent;
  }
}

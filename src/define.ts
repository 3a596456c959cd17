/**
 * Registers `<campaign-progress>`. Embeds often load a script twice on one page, so a second
 * registration (even by another copy of this file) is silently skipped.
 */
import { CampaignProgress } from './campaign-progress.js';

export { CampaignProgress };
export {
  CampaignProgressErrorEvent,
  CampaignProgressGoalReachedEvent,
  CampaignProgressUpdateEvent,
} from './events.js';
export type { CampaignProgressErrorDetail, CampaignProgressGoalReachedDetail } from './events.js';
export type { Tier } from './tiers.js';
export type { Totals } from './totals.js';

if (!customElements.get('campaign-progress')) customElements.define('campaign-progress', CampaignProgress);

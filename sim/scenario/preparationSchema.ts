/**
 * The preparation phase (competence block 1.3, "prepare and launch a campaign"):
 * opt-in. When a scenario has `preparation`, the commands stamped at the clock start
 * (`at` 0) are the day's plan, checked by sim/prepare/checkPlan.ts and credited by
 * the score. A file without it reads and plays exactly as before.
 */
import { z } from 'zod';

export const preparationSchema = z
  .object({
    /** The channel launched today (outbound or inbound): it must be staffed by skilled advisers. */
    campaignChannelId: z.string().min(1).optional(),
    /** How many advisers the campaign channel needs in the plan (default 2). */
    minCampaignAdvisers: z.number().int().min(1).max(500).optional(),
    /** The team briefing before the day starts: required (default) or not, and what it covers. */
    briefing: z
      .object({ required: z.boolean().default(true), topics: z.array(z.string().min(1).max(200)).max(20).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type Preparation = z.infer<typeof preparationSchema>;

/** The default number of skilled advisers a campaign channel needs in the plan. */
export const DEFAULT_CAMPAIGN_ADVISERS = 2;

/**
 * Multi-day runs (DOMAIN.md §7): how many days, what weekends and French public
 * holidays do to the centre, and how volume moves from one day to the next. All
 * optional, so a one-day file reads exactly as before (no migration needed).
 */
import { z } from 'zod';

/** What a Saturday, a Sunday or a public holiday does: open as usual, closed, or a skeleton team (a share of it). */
export const dayRuleSchema = z.union([
  z.literal('open'),
  z.literal('closed'),
  z.object({ skeleton: z.number().gt(0).max(1) }).strict(),
]);
export type DayRule = z.infer<typeof dayRuleSchema>;

const factor = z.number().nonnegative().max(10);

export const weekdayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const campaignOptions = {
  /** Days simulated one after the other from `date` (which it requires); each open day is one run. */
  days: z.number().int().min(2).max(31).optional(),
  /** Weekends and public holidays; each defaults to "closed". A holiday's rule wins over its weekday's. */
  calendar: z
    .object({ saturday: dayRuleSchema.optional(), sunday: dayRuleSchema.optional(), publicHoliday: dayRuleSchema.optional() })
    .strict()
    .optional(),
  /** Volume factor per weekday (arrivals and forecast; default 1): Monday's peak, Friday's lull. */
  weekdayProfile: z.object(Object.fromEntries(weekdayNames.map((d) => [d, factor.optional()])) as Record<(typeof weekdayNames)[number], z.ZodOptional<typeof factor>>).strict().optional(),
  /** Coefficient of variation of a daily volume factor (mean 1, lognormal), drawn per day from its own stream; 0 or absent: none. */
  dayToDaySpread: z.number().nonnegative().max(1).optional(),
};

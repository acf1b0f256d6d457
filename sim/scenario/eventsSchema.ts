/**
 * Scenario events: scripted at times, or random (seeded). They are what makes a
 * shift a story: a surge after an incident, an IT slowdown, a sick call, a
 * campaign starting, a new hire, a VIP complaint.
 */
import { z } from 'zod';
import { clockTime } from './clock';

const label = z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict();
const minutes = z.number().positive().max(24 * 60);
const factor = z.number().min(1).max(10);
/** Multi-day runs: the 1-based day the event belongs to (default 1; see campaignSchema.ts). */
const day = z.number().int().min(1).max(31).optional();

export const scenarioEventSchema = z.discriminatedUnion('type', [
  /** An incident (outage at the client, billing error…): extra contacts about it, handled slower by the unbriefed. */
  z.object({ day, type: z.literal('incident'), at: clockTime, minutes, channelId: z.string(), surge: factor, label: label.optional() }).strict(),
  /** IT slowdown: every contact takes longer. */
  z.object({ day, type: z.literal('systemSlowdown'), at: clockTime, minutes, handleTimeFactor: factor, label: label.optional() }).strict(),
  /** An adviser calls in sick (absent from then on). */
  z.object({ day, type: z.literal('absence'), at: clockTime, adviserId: z.string() }).strict(),
  /** An outbound campaign starts (the dialer waits until then). */
  z.object({ day, type: z.literal('campaignStart'), at: clockTime, channelId: z.string(), label: label.optional() }).strict(),
  /** A new hire joins the floor (their shift starts then). */
  z.object({ day, type: z.literal('newHire'), at: clockTime, adviserId: z.string() }).strict(),
  /** A VIP complaint: a difficult contact whose adviser raises a hand with a short budget. */
  z.object({ day, type: z.literal('vipComplaint'), at: clockTime, channelId: z.string() }).strict(),
  /** Random: each adviser is absent at the start of their shift with this probability. */
  z.object({ day, type: z.literal('randomAbsence'), probability: z.number().min(0).max(1) }).strict(),
  /** Random: slowdowns at random times (Poisson, `perDay` expected), each `minutes` long. */
  z.object({ day, type: z.literal('randomSlowdown'), perDay: z.number().positive().max(50), minutes, handleTimeFactor: factor }).strict(),
]);
export type ScenarioEvent = z.infer<typeof scenarioEventSchema>;

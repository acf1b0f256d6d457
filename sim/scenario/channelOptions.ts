/**
 * Channel options beyond the core fields: what makes each kind behave like the
 * real thing (IVR, callback, email due times, chat concurrency, messaging
 * exchanges, the outbound dialer, retrials and repeat contacts, routing tiers
 * and blending). All optional; a voice channel with none of them is the plain
 * M/M/c+G queue of the core contract.
 */
import { z } from 'zod';
import { distributionSchema } from './distribution';

const share = z.number().min(0).max(1);
const nonNegative = z.number().nonnegative();
const positive = z.number().positive();

export const routingOptions = {
  /** Queue priority: 1 is served first when an adviser could take several queues. */
  priority: z.number().int().min(1).max(99).optional(),
  /**
   * Skill tiers widening with the wait: at first only advisers with at least
   * `minProficiency` may answer; after `afterSeconds`, the next tier too.
   */
  widening: z
    .array(z.object({ afterSeconds: nonNegative, minProficiency: share }).strict())
    .min(1)
    .optional(),
  /** Blending: route this queue only while another queue is short (e.g. emails while voice < 3). */
  onlyWhen: z.object({ channel: z.string(), queueBelow: z.number().int().min(1) }).strict().optional(),
};

export const customerOptions = {
  /** Share of contacts that are difficult (the adviser raises a hand); realistic mode. Default: 6 % voice and callback, else 0. */
  difficultShare: share.optional(),
  /** First-contact resolution at full proficiency; unresolved contacts come back as repeats. */
  fcr: share.optional(),
  /** Delay before an unresolved customer contacts again. */
  repeatDelay: distributionSchema.optional(),
  /** A share of abandoners call again after a delay. */
  retrial: z.object({ share, delay: distributionSchema }).strict().optional(),
  /**
   * Multi-day runs: the share of the day's abandoners who try again the next open day
   * (Herzog's connected days). Default: 0.1 on voice, chat and messaging, else 0.
   */
  retrialNextDay: share.optional(),
  /** Post-contact satisfaction survey (CSAT): the share of handled customers who answer it (default 0.15). Not for outbound. */
  survey: z.object({ responseRate: share }).strict().optional(),
};

export const voiceOptions = {
  /** IVR: a share of callers is served by the self-service menu and never queues. */
  ivr: z.object({ deflection: share }).strict().optional(),
  /**
   * Estimated-wait announcement `afterSeconds` into the queue: callers whose
   * patience is shorter than the announced wait hang up then.
   */
  announcement: z.object({ afterSeconds: nonNegative }).strict().optional(),
  /** Callback offer when the estimated wait exceeds a threshold. */
  callback: z
    .object({
      /** The callback channel (kind "callback") the accepted requests go to. */
      channel: z.string(),
      offerWhenWaitOverSeconds: nonNegative,
      acceptShare: share,
      dueWithinMinutes: positive,
    })
    .strict()
    .optional(),
};

export const emailOptions = {
  /** Due time after arrival: elapsed hours, or business hours (counted within the clock's opening hours). */
  due: z.union([z.object({ hours: positive }).strict(), z.object({ businessHours: positive }).strict()]).optional(),
  /** Emails already in the backlog at opening (carried over from the day before), with their age in hours. */
  backlog: z.object({ count: z.number().int().nonnegative(), ageHours: distributionSchema }).strict().optional(),
};

export const concurrencyOptions = {
  /** Chat / messaging: how many conversations one adviser handles at once (an adviser may override). */
  maxConcurrent: z.number().int().min(1).max(8).optional(),
  /** Each extra concurrent conversation stretches handle time by this factor: × (1 + s·(k − 1)). */
  concurrencyStretch: nonNegative.optional(),
  /** Messaging: number of customer/adviser exchanges, and the customer's idle gap between them (s). */
  exchanges: distributionSchema.optional(),
  gap: distributionSchema.optional(),
};

export const outcomeSharesSchema = z
  .object({ answered: share, noAnswer: share, busy: share, voicemail: share })
  .strict()
  .refine((o) => Math.abs(o.answered + o.noAnswer + o.busy + o.voicemail - 1) < 1e-9, { message: 'outcome shares must add up to 1' });

export const dialerSchema = z
  .object({
    mode: z.enum(['preview', 'progressive']),
    /** Preview: seconds the adviser reads the record before the dialer calls. */
    previewSeconds: nonNegative.default(20),
    ringSeconds: nonNegative.default(20),
    outcomes: outcomeSharesSchema,
    /** Share of reached consumers who accept the offer. */
    conversion: share.default(0.1),
    list: z
      .object({
        size: z.number().int().min(1).max(1_000_000),
        bloctelShare: share.default(0),
        contractShare: share.default(0),
        recentRefusalShare: share.default(0),
        priorAttemptsShare: share.default(0),
      })
      .strict(),
    retry: z
      .object({
        noAnswerMinutes: positive.default(120),
        busyMinutes: positive.default(15),
        voicemailMinutes: positive.default(240),
        maxAttempts: z.number().int().min(1).max(20).default(4),
      })
      .strict()
      .default({ noAnswerMinutes: 120, busyMinutes: 15, voicemailMinutes: 240, maxAttempts: 4 }),
    /** Dial regardless of the French rules: every call that breaks one is logged as a breach. */
    overrideRules: z.boolean().default(false),
  })
  .strict();
export type DialerSpec = z.infer<typeof dialerSchema>;

export const overflowGroupSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z][\w-]*$/, 'an overflow group id is a word'),
    name: z.string().optional(),
    /** Channels whose waiting contacts may overflow to this group. */
    channels: z.array(z.string()).min(1),
    /** Contacts it can handle at once. */
    capacity: z.number().int().min(1),
    /** Contacts overflow once they have waited this long. */
    afterWaitSeconds: nonNegative.default(0),
    costPerContact: nonNegative.default(0),
    /** Outsourced handling takes this much longer … */
    handleTimeFactor: positive.default(1.15),
    /** … and resolves fewer contacts first time. */
    fcr: share.default(0.65),
    /** Open from the start of the day (else only once opened by command). */
    open: z.boolean().default(false),
  })
  .strict();
export type OverflowGroupSpec = z.infer<typeof overflowGroupSchema>;

/**
 * Scenario file, schemaVersion 2 (contract: DESIGN.md §3). Every type the engine
 * uses for a scenario is inferred from these schemas, never written twice.
 * Older files are brought up to this version on load (migrations.ts).
 */
import { z } from 'zod';
import { scenarioEventSchema } from './eventsSchema';
import { distributionSchema } from './distribution';
import {
  concurrencyOptions, customerOptions, dialerSchema, emailOptions, overflowGroupSchema, routingOptions, voiceOptions,
} from './channelOptions';

export { clockTime } from './clock';
import { clockTime } from './clock';
import { campaignOptions } from './campaignSchema';
import { floorManagerSchema } from './managerSchema';
import { recruitmentOptions } from '../recruitment/schema';
import { preparationSchema } from './preparationSchema';

/** The version this code reads; older files are migrated on load. */
export const SCHEMA_VERSION = 2;

const positive = z.number().positive();
const nonNegative = z.number().nonnegative();

export { distributionSchema, type Distribution } from './distribution';

export const arrivalsSchema = z.union([
  z.object({ perHour: nonNegative }).strict(),
  z
    .object({
      profile: z
        .array(z.object({ from: clockTime, perHour: nonNegative }).strict())
        .min(1, 'a profile needs at least one step'),
    })
    .strict(),
]);
export type Arrivals = z.infer<typeof arrivalsSchema>;

export const channelKinds = ['voice', 'callback', 'email', 'chat', 'messaging', 'outbound'] as const;
export type ChannelKind = (typeof channelKinds)[number];

export const channelSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z][\w-]*$/, 'a channel id is a word: letters, digits, "_" or "-"'),
    kind: z.enum(channelKinds),
    name: z.object({ fr: z.string(), en: z.string() }).partial().optional(),
    serviceLevel: z
      .object({ thresholdSeconds: nonNegative, target: z.number().min(0).max(1) })
      .strict()
      .default({ thresholdSeconds: 20, target: 0.8 }),
    /** Required for voice, email, chat and messaging; callbacks come from voice, outbound calls from the dialer. */
    arrivals: arrivalsSchema.optional(),
    /**
     * The planning's forecast: contacts expected in each statistics interval from clock.start.
     * What the supervisor was told to expect; the arrivals are what comes. Absent: the arrivals' expectation.
     */
    forecast: z.array(nonNegative).max(2000).optional(),
    handleTime: distributionSchema,
    /** A hold in the middle of the conversation, for a share of contacts. */
    hold: z
      .object({ probability: z.number().min(0).max(1), duration: distributionSchema })
      .strict()
      .optional(),
    wrapUp: distributionSchema.default({ dist: 'constant', value: 0 }),
    /** Omitted or null: customers never abandon. */
    patience: distributionSchema.nullable().optional(),
    ...routingOptions,
    ...customerOptions,
    ...voiceOptions,
    ...emailOptions,
    ...concurrencyOptions,
    /** Outbound channels: the dialer and its call list. */
    dialer: dialerSchema.optional(),
  })
  .strict();
export type Channel = z.infer<typeof channelSchema>;

export const breakSchema = z
  .object({ at: clockTime, minutes: positive, kind: z.enum(['pause', 'lunch']).default('pause') })
  .strict();

export const adviserSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    /** skill (channel id) → proficiency 0–1. */
    skills: z.record(z.string(), z.number().min(0).max(1)),
    shift: z.object({ start: clockTime, end: clockTime }).strict().optional(),
    breaks: z.array(breakSchema).optional(),
    /** Routing profile: channel id → priority (1 first); channels not listed come after, by queue priority. */
    routingProfile: z.record(z.string(), z.number().int().min(1).max(99)).optional(),
    /** Per-adviser concurrency limits for chat / messaging channels (channel id → max). */
    concurrency: z.record(z.string(), z.number().int().min(1).max(8)).optional(),
    /** Joined recently: learns most from coaching. */
    newHire: z.boolean().optional(),
  })
  .strict();
export type AdviserSpec = z.infer<typeof adviserSchema>;

const generatedGroupSchema = z
  .object({
    count: z.number().int().min(1).max(5000),
    skills: z.record(z.string(), z.number().min(0).max(1)),
    shift: z.object({ start: clockTime, end: clockTime }).strict().optional(),
    routingProfile: z.record(z.string(), z.number().int().min(1).max(99)).optional(),
    concurrency: z.record(z.string(), z.number().int().min(1).max(8)).optional(),
  })
  .strict();
export type GeneratedGroup = z.infer<typeof generatedGroupSchema>;

export const teamSchema = z.union([
  /** One group of identical advisers, or several groups (ids run on across groups). */
  z.object({ generate: z.union([generatedGroupSchema, z.array(generatedGroupSchema).min(1)]) }).strict(),
  z.object({ advisers: z.array(adviserSchema).min(1, 'a team needs at least one adviser') }).strict(),
]);

export const scenarioSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and "-"'),
    title: z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict(),
    briefing: z.object({ fr: z.string(), en: z.string() }).strict().optional(),
    /** What the file is for: an exam locks the seed and settings, hides hints and is verified against the official file. */
    purpose: z.enum(['training', 'exam', 'validation']).default('training'),
    seed: z.number().int().nonnegative(),
    /** Validation scenarios: the case id in shared/reference/erlang-cases.json they reproduce. */
    reference: z.string().optional(),
    mode: z.enum(['realistic', 'ideal']).default('realistic'),
    /** The day simulated, "YYYY-MM-DD": weekday and public holidays matter to outbound calling rules. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as "YYYY-MM-DD"').optional(),
    ...campaignOptions,
    /** Recruitment (multi-day runs): candidates to hire from, and the positions (sim/recruitment/schema.ts). */
    ...recruitmentOptions,
    clock: z
      .object({ start: clockTime, end: clockTime })
      .strict()
      .refine((c) => !(toSeconds(c.end) <= toSeconds(c.start)), {
        message: 'clock.end must be after clock.start',
        path: ['end'],
      }),
    stats: z
      .object({
        warmupMinutes: nonNegative.default(0),
        intervalMinutes: positive.default(30),
        /** Abandons within this many seconds are short abandons, left out of service level; 0 disables. */
        shortAbandonSeconds: nonNegative.default(5),
      })
      .strict()
      .default({ warmupMinutes: 0, intervalMinutes: 30, shortAbandonSeconds: 5 }),
    channels: z.array(channelSchema).min(1, 'a scenario needs at least one channel'),
    team: teamSchema,
    /** External groups (another team, an outsourcer) that waiting contacts can overflow to. */
    overflow: z.array(overflowGroupSchema).max(64).optional(),
    /** Scripted and random events of the shift. */
    events: z.array(scenarioEventSchema).optional(),
    /** A preparation phase before the day: the commands at the clock start are the plan (sim/prepare). */
    preparation: preparationSchema.optional(),
    /** How the shift is judged: the weight of each competence block in the total (normalised; default 0.4 / 0.3 / 0.3). */
    scoring: z
      .object({
        weights: z
          .object({ resources: z.number().nonnegative(), people: z.number().nonnegative(), improvement: z.number().nonnegative() })
          .strict()
          .refine((w) => w.resources + w.people + w.improvement > 0, { message: 'at least one block needs a weight above 0' }),
      })
      .strict()
      .optional(),
    /** The floor manager the supervisor reports to (opt-in; see managerSchema.ts). */
    floorManager: floorManagerSchema.optional(),
    /** Human factors: difficult contacts per channel kind and costs (realistic mode). */
    costs: z
      .object({
        /** € per hour of an adviser's time, before the 25 % overtime premium. */
        hourlyWage: z.number().nonnegative().default(24),
        /** € the shift may spend on overflow and overtime before the score's cost part drops to 0. */
        budget: z.number().nonnegative().default(400),
        /** Minutes for a called-in adviser to arrive. */
        callInDelayMinutes: z.number().nonnegative().default(45),
      })
      .strict()
      .default({ hourlyWage: 24, budget: 400, callInDelayMinutes: 45 }),
  })
  .strict();

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;

/** Seconds since midnight for "HH:MM[:SS]". */
export function toSeconds(clock: string): number {
  const [h, m, s = '0'] = clock.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** "HH:MM:SS" for seconds since midnight (floors to the second). */
export function formatClock(secondsSinceMidnight: number): string {
  const t = Math.max(0, Math.floor(secondsSinceMidnight));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * Supervisor commands: the only way to change a running simulation. Each is
 * serialisable, validated here, stamped with the simulated time it applies at,
 * and logged as applied or rejected (with a reason) in the result. A rejected
 * command changes nothing.
 *
 * `at` is "HH:MM[:SS]" (time of day, as on the scenario clock) or a number of
 * seconds since the scenario start. Effects and costs: see the README's table.
 */
import { z } from 'zod';
import { clockTime } from './scenario/schema';
import { managerRequests, reportSubjects } from './scenario/managerSchema';

const at = z.union([clockTime, z.number().nonnegative()]);
const adviserId = z.string().min(1);
const channelId = z.string().min(1);
const candidateId = z.string().min(1);
const minutes = z.number().positive().max(600);
const adviserCommand = <T extends string>(type: T) => z.object({ at, type: z.literal(type), adviserId }).strict();
const timedAdviserCommand = <T extends string>(type: T) => z.object({ at, type: z.literal(type), adviserId, minutes }).strict();

export const commandSchema = z.discriminatedUnion('type', [
  // ── People: activities (the adviser leaves the queue; starts after the current contact if busy)
  /** Side-by-side coaching (needs the supervisor): later faster and better, most for new hires; fades. */
  timedAdviserCommand('coach'),
  timedAdviserCommand('sendToBreak'),
  timedAdviserCommand('sendToTraining'),
  timedAdviserCommand('assignOfflineTask'),
  /** Pushes the adviser's next planned break back (stress; a labour breach if it breaks the rules). */
  timedAdviserCommand('delayBreak'),
  /** Cancels the adviser's next planned break (stress and fatigue; a labour breach if it breaks the rules). */
  adviserCommand('cancelBreak'),
  /** Recognition: better mood, less stress. Takes the supervisor a minute. */
  adviserCommand('recognise'),
  // ── People: support on a live contact (need the supervisor; answer a raised hand)
  /** Listen in (announced and logged, CNIL): reveals the adviser's real quality on this contact. */
  adviserCommand('listenIn'),
  /** Whisper advice to the adviser: shortens a difficult contact a little. */
  adviserCommand('whisper'),
  /** Join the call: the contact ends sooner and is resolved. */
  adviserCommand('barge'),
  /** Take the call over: the adviser is freed; the supervisor finishes it. */
  adviserCommand('takeOver'),
  // ── Resources: presence and hours
  adviserCommand('logOut'),
  adviserCommand('logIn'),
  /** Ask an adviser on shift to stay `minutes` longer (overtime cost; they may decline). */
  timedAdviserCommand('askOvertime'),
  /** Call in an adviser who is off (logged out or absent): arrives after a delay, overtime cost. */
  adviserCommand('callInAdviser'),
  /** Admin data for the shift report. */
  z.object({ at, type: z.literal('recordAbsence'), adviserId, reason: z.string().max(200).optional() }).strict(),
  z.object({ at, type: z.literal('recordLateness'), adviserId, minutes }).strict(),
  // ── Resources: skills and routing
  /** Replaces the adviser's skills: channel id → proficiency 0–1. */
  z.object({ at, type: z.literal('setSkills'), adviserId, skills: z.record(z.string(), z.number().min(0).max(1)) }).strict(),
  /** Replaces the adviser's routing profile: channel id → priority (1 first). */
  z.object({ at, type: z.literal('setRoutingProfile'), adviserId, profile: z.record(z.string(), z.number().int().min(1).max(99)) }).strict(),
  /** Moves the adviser to one channel only (they must have that skill). */
  z.object({ at, type: z.literal('moveToChannel'), adviserId, channelId }).strict(),
  z.object({ at, type: z.literal('setQueuePriority'), channelId, priority: z.number().int().min(1).max(99) }).strict(),
  // ── Resources: tools
  /** Opens an overflow group: contacts that waited long enough go to it (at a cost). */
  z.object({ at, type: z.literal('openOverflow'), groupId: z.string().min(1) }).strict(),
  z.object({ at, type: z.literal('closeOverflow'), groupId: z.string().min(1) }).strict(),
  /** Turns the voice channel's callback offer on or off, or changes its threshold. */
  z
    .object({
      at, type: z.literal('setCallbackOffer'), channelId, enabled: z.boolean(),
      offerWhenWaitOverSeconds: z.number().nonnegative().optional(),
    })
    .strict(),
  /** An IVR announcement: "incident" deflects callers about the current incident; "none" removes it. */
  z.object({ at, type: z.literal('setIvrMessage'), channelId, message: z.enum(['none', 'incident']) }).strict(),
  /** Lets an outbound channel's dialer ignore the French calling rules: every breach is logged. */
  z.object({ at, type: z.literal('overrideDialerRules'), channelId, enabled: z.boolean() }).strict(),
  /** A team briefing (needs the supervisor): each free adviser spends `minutes` in it; incident contacts then go faster. */
  z.object({ at, type: z.literal('teamBriefing'), minutes: z.number().positive().max(60) }).strict(),
  // ── Reporting up (scenarios with a floorManager)
  /**
   * Reports to the floor manager (an incident, a rule breach, a target at risk, the end-of-day
   * or end-of-week report) or asks them for what the supervisor may not decide alone (`request`,
   * required iff the subject is "request"). A minute of the supervisor's time; see floorManager.ts.
   */
  z
    .object({
      at, type: z.literal('reportToManager'), subject: z.enum(reportSubjects),
      request: z.enum(managerRequests).optional(), note: z.string().max(500).optional(),
    })
    .strict(),
  // ── Recruitment (scenarios with candidates only; sim/recruitment/)
  /** Puts a candidate on the shortlist. */
  z.object({ at, type: z.literal('shortlist'), candidateId }).strict(),
  /** Interviews a candidate (needs the supervisor, busy `minutes`, default 30): a sharper reading than the CV and test. */
  z.object({ at, type: z.literal('interview'), candidateId, minutes: z.number().positive().max(90).optional() }).strict(),
  /** Hires a candidate: they join the team as `hire-<candidateId>` on `startDay`, a later open day of the run. */
  z.object({ at, type: z.literal('hire'), candidateId, startDay: z.number().int().min(1).max(31) }).strict(),
  /** Pairs a new hire with an experienced adviser from the next open day: the hire ramps up faster, the buddy is a little slower. */
  z.object({ at, type: z.literal('assignBuddy'), adviserId, buddyId: adviserId }).strict(),
  // ── Resources: preparing the day (see sim/prepare; applied at any time, checked as a plan at the clock start)
  /** Replaces the adviser's breaks not yet due: each `{ start: "HH:MM", minutes }`. A plan breaking the labour rules is applied and reported. */
  z
    .object({
      at, type: z.literal('planBreaks'), adviserId,
      breaks: z.array(z.object({ start: clockTime, minutes: z.number().positive().max(120) }).strict()).max(12),
    })
    .strict(),
  /** From `from` to `to` the adviser serves only `channelId` (they must have the skill), then returns to their routing profile. */
  z.object({ at, type: z.literal('planChannel'), adviserId, channelId, from: clockTime, to: clockTime }).strict(),
  /** An outbound channel's dialer: mode, retry rules, the campaign's calling windows, the list's size (before the first call). */
  z
    .object({
      at, type: z.literal('configureDialer'), channelId,
      mode: z.enum(['preview', 'progressive']).optional(),
      retry: z
        .object({
          noAnswerMinutes: z.number().positive().max(1440).optional(),
          busyMinutes: z.number().positive().max(1440).optional(),
          voicemailMinutes: z.number().positive().max(1440).optional(),
          maxAttempts: z.number().int().min(1).max(20).optional(),
        })
        .strict()
        .optional(),
      windows: z.array(z.object({ from: clockTime, to: clockTime }).strict()).min(1).max(8).optional(),
      listSize: z.number().int().min(1).max(1_000_000).optional(),
    })
    .strict(),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export const commandTypes = commandSchema.options.map((o) => o.shape.type.value) as CommandType[];

/** Commands that need the supervisor in person (refused while they are busy). */
export const needsSupervisor: ReadonlySet<CommandType> = new Set(['coach', 'recognise', 'listenIn', 'whisper', 'barge', 'takeOver', 'teamBriefing', 'interview']);

export const commandLogSchema = z.array(commandSchema);

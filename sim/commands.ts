/**
 * Supervisor commands: the only way to change a running simulation. Each is
 * serialisable, validated here, stamped with the simulated time it applies at,
 * and logged as applied or rejected (with a reason) in the result.
 *
 * `at` is "HH:MM[:SS]" (time of day, as on the scenario clock) or a number of
 * seconds since the scenario start.
 */
import { z } from 'zod';
import { clockTime } from './scenario/schema';

const at = z.union([clockTime, z.number().nonnegative()]);
const adviserId = z.string().min(1);
const minutes = z.number().positive().max(600);

export const commandSchema = z.discriminatedUnion('type', [
  /** Side-by-side coaching: the adviser leaves the queue for `minutes`. */
  z.object({ at, type: z.literal('coach'), adviserId, minutes }).strict(),
  z.object({ at, type: z.literal('sendToBreak'), adviserId, minutes }).strict(),
  z.object({ at, type: z.literal('sendToTraining'), adviserId, minutes }).strict(),
  z.object({ at, type: z.literal('assignOfflineTask'), adviserId, minutes }).strict(),
  /** Ends the adviser's day now (after the current contact). */
  z.object({ at, type: z.literal('logOut'), adviserId }).strict(),
  /** Brings a logged-out or absent adviser (back) onto the floor. */
  z.object({ at, type: z.literal('logIn'), adviserId }).strict(),
  /** Replaces the adviser's skills: channel id → proficiency 0–1. */
  z.object({ at, type: z.literal('setSkills'), adviserId, skills: z.record(z.string(), z.number().min(0).max(1)) }).strict(),
  /** Replaces the adviser's routing profile: channel id → priority (1 first). */
  z.object({ at, type: z.literal('setRoutingProfile'), adviserId, profile: z.record(z.string(), z.number().int().min(1).max(99)) }).strict(),
  /** Opens an overflow group: contacts that waited long enough go to it (at a cost). */
  z.object({ at, type: z.literal('openOverflow'), groupId: z.string().min(1) }).strict(),
  z.object({ at, type: z.literal('closeOverflow'), groupId: z.string().min(1) }).strict(),
  /** Lets an outbound channel's dialer ignore the French calling rules: every breach is logged. */
  z.object({ at, type: z.literal('overrideDialerRules'), channelId: z.string().min(1), enabled: z.boolean() }).strict(),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export const commandTypes = commandSchema.options.map((o) => o.shape.type.value) as CommandType[];

export const commandLogSchema = z.array(commandSchema);

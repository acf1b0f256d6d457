/**
 * One channel's own day, for staffing it apart from the others: a team
 * dedicated to it (the dedicated-team model; a pooled multi-skill team needs
 * fewer, as it shares idle time between queues).
 */
import type { Channel, Scenario } from './schema';
import { withoutMissingAdvisersEvents } from './team';

const pick = <T>(rec: Readonly<Record<string, T>> | undefined, keep: ReadonlySet<string>): Record<string, T> | undefined =>
  rec === undefined ? undefined : Object.fromEntries(Object.entries(rec).filter(([k]) => keep.has(k)));

/**
 * The scenario reduced to channel `channelId`: the callback channel it feeds
 * (if that one has no arrivals of its own) stays, as the same advisers call
 * those customers back; every other channel goes, with the overflow groups,
 * events, routing-profile and concurrency entries that name it. The team keeps
 * only advisers skilled on the channel, their skills restricted to the kept
 * channels. Throws when nobody in the team has the skill.
 */
export function withDedicatedTeam(scenario: Scenario, channelId: string): Scenario {
  const channel = scenario.channels.find((c) => c.id === channelId);
  if (!channel) throw new RangeError(`unknown channel "${channelId}"`);
  const fed = channel.callback ? scenario.channels.find((c) => c.id === channel.callback!.channel && c.arrivals === undefined) : undefined;
  const keep = new Set([channelId, ...(fed ? [fed.id] : [])]);
  const channels: Channel[] = scenario.channels
    .filter((c) => keep.has(c.id))
    .map((c) => {
      const { callback, onlyWhen, ...rest } = c;
      return {
        ...rest,
        ...(callback && keep.has(callback.channel) ? { callback } : {}),
        ...(onlyWhen && keep.has(onlyWhen.channel) ? { onlyWhen } : {}),
      };
    });
  const skilled = (skills: Readonly<Record<string, number>>) => (skills[channelId] ?? 0) > 0;
  const restrict = <T extends { skills: Record<string, number>; routingProfile?: Record<string, number>; concurrency?: Record<string, number> }>(a: T): T => {
    const out = { ...a, skills: pick(a.skills, keep)! };
    if (a.routingProfile) out.routingProfile = pick(a.routingProfile, keep);
    if (a.concurrency) out.concurrency = pick(a.concurrency, keep);
    return out;
  };
  let team: Scenario['team'];
  if ('advisers' in scenario.team) {
    const advisers = scenario.team.advisers.filter((a) => skilled(a.skills)).map(restrict);
    if (advisers.length === 0) throw new RangeError(`no adviser has the skill "${channelId}"`);
    team = { advisers };
  } else {
    const groups = (Array.isArray(scenario.team.generate) ? scenario.team.generate : [scenario.team.generate]).filter((g) => skilled(g.skills)).map(restrict);
    if (groups.length === 0) throw new RangeError(`no adviser has the skill "${channelId}"`);
    team = { generate: groups.length === 1 ? groups[0] : groups };
  }
  const overflow = scenario.overflow
    ?.map((g) => ({ ...g, channels: g.channels.filter((id) => keep.has(id)) }))
    .filter((g) => g.channels.length > 0);
  const events = scenario.events?.filter((e) => !('channelId' in e) || keep.has(e.channelId));
  return withoutMissingAdvisersEvents({
    ...scenario,
    channels,
    team,
    ...(overflow ? { overflow } : {}),
    ...(events ? { events } : {}),
  });
}

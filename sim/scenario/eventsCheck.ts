/**
 * Scripted events must name what exists: an incident a channel with arrivals,
 * a campaign start an outbound channel, a VIP complaint a queue a customer can
 * wait in, an absence or a new hire an adviser of the team.
 */
import type { ScenarioProblem } from './problems';
import type { Channel, Scenario } from './schema';
import { adviserIds } from './team';

export function eventProblems(s: Scenario, byId: ReadonlyMap<string, Channel>): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const advisers = new Set(adviserIds(s.team));
  const channelList = [...byId.keys()].join(', ');
  s.events?.forEach((e, i) => {
    const at = `$.events[${i}]`;
    if (e.day !== undefined && e.day > (s.days ?? 1)) {
      problems.push({ path: `${at}.day`, message: `day ${e.day} is past the run's last day (${s.days ?? 1}${s.days ? '' : ': a one-day scenario; set "days" for more'})` });
    }
    if ('channelId' in e) {
      const c = byId.get(e.channelId);
      if (!c) problems.push({ path: `${at}.channelId`, message: `unknown channel "${e.channelId}" (channels: ${channelList})` });
      else if (e.type === 'incident' && !c.arrivals) problems.push({ path: `${at}.channelId`, message: `an incident adds to a channel's arrivals; "${c.id}" (${c.kind}) has none` });
      else if (e.type === 'campaignStart' && c.kind !== 'outbound') problems.push({ path: `${at}.channelId`, message: `a campaign starts on an outbound channel, not ${c.kind} "${c.id}"` });
      else if (e.type === 'vipComplaint' && c.kind === 'outbound') problems.push({ path: `${at}.channelId`, message: 'a VIP complaint comes in on an inbound channel, not an outbound one' });
    }
    if ('adviserId' in e && !advisers.has(e.adviserId)) {
      problems.push({ path: `${at}.adviserId`, message: `unknown adviser "${e.adviserId}"` });
    }
  });
  return problems;
}

/** The briefing's view of a parsed scenario: targets, team size, forecast volume. */
import { toSeconds, type Scenario } from '../../sim/index';
import type { ChannelSummary, ScenarioSummary } from './protocol';

type Channel = Scenario['channels'][number];

/** Expected contacts in [from, to) (seconds since midnight) from a flat rate or a profile; 0 without arrivals (outbound). */
export function expectedContacts(channel: Channel, clock: Scenario['clock'], from: number, to: number): number {
  const arrivals = channel.arrivals;
  if (!arrivals) return 0;
  const end = toSeconds(clock.end);
  if ('perHour' in arrivals) return (arrivals.perHour * Math.max(0, Math.min(to, end) - from)) / 3600;
  const steps = arrivals.profile;
  let total = 0;
  steps.forEach((step, i) => {
    const a = Math.max(from, toSeconds(step.from));
    const b = Math.min(to, end, i + 1 < steps.length ? toSeconds(steps[i + 1].from) : end);
    if (b > a) total += (step.perHour * (b - a)) / 3600;
  });
  return total;
}

export function forecastVolume(channel: Channel, clock: Scenario['clock']): number {
  return expectedContacts(channel, clock, toSeconds(clock.start), toSeconds(clock.end));
}

/** Expected contacts per statistics interval over the whole day (the chart's forecast line). */
export function forecastByInterval(channel: Channel, scenario: Scenario): number[] {
  const start = toSeconds(scenario.clock.start);
  const end = toSeconds(scenario.clock.end);
  const step = scenario.stats.intervalMinutes * 60;
  const out: number[] = [];
  for (let t = start; t < end; t += step) out.push(expectedContacts(channel, scenario.clock, t, Math.min(t + step, end)));
  return out;
}

export function teamSize(team: Scenario['team']): number {
  if ('advisers' in team) return team.advisers.length;
  const groups = Array.isArray(team.generate) ? team.generate : [team.generate];
  return groups.reduce((n, g) => n + g.count, 0);
}

export function summarise(scenario: Scenario, file: string): ScenarioSummary {
  const channels: ChannelSummary[] = scenario.channels.map((c) => ({
    id: c.id,
    kind: c.kind,
    ...(c.name ? { name: c.name } : {}),
    thresholdSeconds: c.serviceLevel.thresholdSeconds,
    target: c.serviceLevel.target,
    forecast: forecastVolume(c, scenario.clock),
    forecastByInterval: forecastByInterval(c, scenario),
    ...(c.priority !== undefined ? { priority: c.priority } : {}),
    ...(c.kind === 'voice' ? { callbackOffer: c.callback !== undefined } : {}),
  }));
  return {
    id: scenario.id,
    file,
    title: scenario.title,
    briefing: scenario.briefing ?? null,
    clock: scenario.clock,
    mode: scenario.mode,
    seed: scenario.seed,
    teamSize: teamSize(scenario.team),
    intervalMinutes: scenario.stats.intervalMinutes,
    channels,
  };
}

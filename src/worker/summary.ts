/** The briefing's view of a parsed scenario: targets, team size, forecast volume. */
import { channelForecast, type Scenario } from '../../sim/index';
import type { ChannelSummary, ScenarioSummary } from './protocol';

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
    forecast: channelForecast(c, scenario).reduce((a, b) => a + b, 0),
    forecastByInterval: channelForecast(c, scenario),
    ...(c.priority !== undefined ? { priority: c.priority } : {}),
    ...(c.kind === 'voice' ? { callbackOffer: c.callback !== undefined } : {}),
  }));
  return {
    id: scenario.id,
    file,
    title: scenario.title,
    purpose: scenario.purpose,
    briefing: scenario.briefing ?? null,
    clock: scenario.clock,
    mode: scenario.mode,
    seed: scenario.seed,
    teamSize: teamSize(scenario.team),
    intervalMinutes: scenario.stats.intervalMinutes,
    channels,
  };
}

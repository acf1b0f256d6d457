/** The team as a scenario file defines it: how many advisers, and their ids (listed, or generated "a01", "a02", …). */
import type { Scenario } from './schema';

type Team = Scenario['team'];

const groupsOf = (team: Extract<Team, { generate: unknown }>) => (Array.isArray(team.generate) ? team.generate : [team.generate]);

/** Advisers in the team, listed or generated. */
export function countAdvisers(team: Team): number {
  if ('advisers' in team) return team.advisers.length;
  return groupsOf(team).reduce((n, g) => n + g.count, 0);
}

/** The id of the i-th generated adviser (0-based) of a team of `total`: "a01"…, three digits from 100 advisers. */
export function generatedAdviserId(i: number, total: number): string {
  return `a${String(i + 1).padStart(total >= 100 ? 3 : 2, '0')}`;
}

export function adviserIds(team: Team): string[] {
  if ('advisers' in team) return team.advisers.map((a) => a.id);
  const total = countAdvisers(team);
  return Array.from({ length: total }, (_, i) => generatedAdviserId(i, total));
}

/**
 * The scenario without the events about advisers its team no longer has (an
 * absence or a new hire of someone a smaller team leaves out): what a resized
 * team needs before it is validated again.
 */
export function withoutMissingAdvisersEvents(scenario: Scenario): Scenario {
  if (!scenario.events) return scenario;
  const present = new Set(adviserIds(scenario.team));
  return { ...scenario, events: scenario.events.filter((e) => !('adviserId' in e) || present.has(e.adviserId)) };
}

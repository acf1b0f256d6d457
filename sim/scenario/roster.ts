/**
 * The roster a scenario plans: who is on shift when, with which skills. The
 * plan, not the day's surprises (a new hire whose arrival is an event counts
 * from their shift start; absences are not known in advance). Shared by the
 * editor's staffing preview and the lab's Erlang overlay.
 */
import { intervalCount } from './forecast';
import { toSeconds, type Scenario } from './schema';

export interface RosterEntry {
  /** Seconds since midnight. */
  readonly start: number;
  readonly end: number;
  /** Advisers with this shift and these skills. */
  readonly count: number;
  readonly skills: Readonly<Record<string, number>>;
}

export function rosterOf(scenario: Pick<Scenario, 'clock' | 'team'>): RosterEntry[] {
  const day = { start: scenario.clock.start, end: scenario.clock.end };
  const entry = (shift: { start: string; end: string } | undefined, count: number, skills: Record<string, number>) => {
    const s = shift ?? day;
    return { start: toSeconds(s.start), end: toSeconds(s.end), count, skills };
  };
  const team = scenario.team;
  if ('advisers' in team) return team.advisers.map((a) => entry(a.shift, 1, a.skills));
  return (Array.isArray(team.generate) ? team.generate : [team.generate]).map((g) => entry(g.shift, g.count, g.skills));
}

/** Advisers whose shift covers the middle of [from, to), among those `include` keeps. */
export function onShiftBetween(roster: readonly RosterEntry[], from: number, to: number, include: (e: RosterEntry) => boolean = () => true): number {
  const middle = (from + to) / 2;
  return roster.reduce((n, e) => (e.start <= middle && middle < e.end && include(e) ? n + e.count : n), 0);
}

/** Per statistics interval of the day: advisers on shift (at the interval's middle) that `include` keeps. */
export function onShiftPerInterval(scenario: Pick<Scenario, 'clock' | 'team' | 'stats'>, include?: (e: RosterEntry) => boolean): number[] {
  const roster = rosterOf(scenario);
  const start = toSeconds(scenario.clock.start);
  const end = toSeconds(scenario.clock.end);
  const step = scenario.stats.intervalMinutes * 60;
  return Array.from({ length: intervalCount(scenario.clock, scenario.stats.intervalMinutes) }, (_, k) =>
    onShiftBetween(roster, start + k * step, Math.min(start + (k + 1) * step, end), include));
}

/**
 * The day's plan as the preparation commands leave it: the scenario's roster
 * (sim/model/team.ts, the engine's own resolution) with the commands stamped at the
 * clock start applied in order, as the engine would apply them. Pure data, no
 * simulation: the plan check (checkPlan.ts) reads it.
 */
import { commandSchema, type Command } from '../commands';
import { resolveTeam, type PlannedBreak } from '../model/team';
import type { DialerSpec } from '../scenario/channelOptions';
import { toSeconds, type Scenario } from '../scenario/schema';
import type { DialWindow } from '../routing/dialer';
import { breakPlanProblem } from './breakRules';

export interface PlannedAdviser {
  readonly id: string;
  readonly name: string;
  shiftStart: number;
  shiftEnd: number;
  /** Logged out at the start: not on the floor today. */
  off: boolean;
  skills: Record<string, number>;
  breaks: readonly PlannedBreak[];
  /** planChannel: [from, to) seconds since the clock start, serving that channel only. */
  readonly channelPlans: { channelId: string; from: number; to: number }[];
}

export interface PlannedDialer {
  readonly channelId: string;
  spec: DialerSpec;
  /** The campaign's own windows (seconds of the day), null: the legal hours. */
  windows: readonly DialWindow[] | null;
  override: boolean;
}

export interface DayPlan {
  readonly advisers: PlannedAdviser[];
  readonly dialers: PlannedDialer[];
  /** A teamBriefing given at the start. */
  briefed: boolean;
  /** The preparation commands the plan was built from (valid, at the clock start). */
  readonly commands: readonly Command[];
}

/** Seconds since the clock start of a command's `at`. */
export function commandTime(scenario: Pick<Scenario, 'clock'>, at: Command['at']): number {
  return typeof at === 'number' ? at : toSeconds(at) - toSeconds(scenario.clock.start);
}

/** The valid commands stamped at the clock start, in order: the preparation. */
export function preparationCommands(scenario: Pick<Scenario, 'clock'>, commands: readonly unknown[]): Command[] {
  const out: Command[] = [];
  for (const raw of commands) {
    const parsed = commandSchema.safeParse(raw);
    if (parsed.success && commandTime(scenario, parsed.data.at) === 0) out.push(parsed.data);
  }
  return out;
}

function apply(plan: DayPlan, scenario: Scenario, c: Command, dayStart: number): void {
  if (c.type === 'teamBriefing') {
    plan.briefed = true;
    return;
  }
  if (c.type === 'configureDialer' || c.type === 'overrideDialerRules') {
    const d = plan.dialers.find((x) => x.channelId === c.channelId);
    if (!d) return;
    if (c.type === 'overrideDialerRules') d.override = c.enabled;
    else {
      d.spec = { ...d.spec, ...(c.mode ? { mode: c.mode } : {}), retry: { ...d.spec.retry, ...c.retry }, list: { ...d.spec.list, size: c.listSize ?? d.spec.list.size } };
      if (c.windows) d.windows = c.windows.map((w) => ({ from: toSeconds(w.from), to: toSeconds(w.to) }));
    }
    return;
  }
  if (!('adviserId' in c)) return;
  const a = plan.advisers.find((x) => x.id === c.adviserId);
  if (!a) return;
  const known = (id: string) => scenario.channels.some((ch) => ch.id === id);
  switch (c.type) {
    case 'setSkills':
      if (Object.keys(c.skills).every(known) && Object.values(c.skills).some((v) => v > 0)) a.skills = { ...c.skills };
      return;
    case 'moveToChannel':
      if (a.skills[c.channelId] > 0) a.skills = { [c.channelId]: a.skills[c.channelId] };
      return;
    case 'planChannel': {
      const from = toSeconds(c.from) - dayStart;
      const to = toSeconds(c.to) - dayStart;
      if (known(c.channelId) && a.skills[c.channelId] > 0 && to > from && !a.channelPlans.some((p) => p.from < to && from < p.to)) {
        a.channelPlans.push({ channelId: c.channelId, from, to });
      }
      return;
    }
    case 'planBreaks': {
      const breaks = c.breaks.map((b) => ({ at: toSeconds(b.start) - dayStart, seconds: b.minutes * 60, kind: b.minutes >= 30 ? 'lunch' as const : 'pause' as const }));
      if (!breakPlanProblem(a.shiftStart, a.shiftEnd, breaks) && breaks.every((b) => b.at >= 0)) a.breaks = breaks.sort((x, y) => x.at - y.at);
      return;
    }
    case 'askOvertime':
      a.shiftEnd += c.minutes * 60;
      return;
    case 'logOut':
      a.off = true;
      return;
    default:
  }
}

/** The plan after the preparation commands (invalid or inapplicable ones change nothing, as in the engine). */
export function dayPlanOf(scenario: Scenario, commands: readonly unknown[]): DayPlan {
  const dayStart = toSeconds(scenario.clock.start);
  const plan: DayPlan = {
    advisers: resolveTeam(scenario).map((p) => ({
      id: p.id, name: p.name, shiftStart: p.shiftStart, shiftEnd: p.shiftEnd, off: false, skills: { ...p.skills }, breaks: p.breaks, channelPlans: [],
    })),
    dialers: scenario.channels.filter((c) => c.kind === 'outbound' && c.dialer).map((c) => ({ channelId: c.id, spec: c.dialer!, windows: null, override: c.dialer!.overrideRules })),
    briefed: false,
    commands: preparationCommands(scenario, commands),
  };
  for (const c of plan.commands) apply(plan, scenario, c, dayStart);
  return plan;
}

/** Does the adviser serve `channelId` at `t` (seconds since the clock start) in the plan? */
export function serves(a: PlannedAdviser, channelId: string, t: number): boolean {
  if (a.off || t < a.shiftStart || t >= a.shiftEnd) return false;
  const assigned = a.channelPlans.find((p) => p.from <= t && t < p.to);
  if (assigned) return assigned.channelId === channelId;
  return a.skills[channelId] > 0;
}

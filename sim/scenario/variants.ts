/**
 * What-if variants of a scenario, shared by the command line's sweeps and the
 * browser's staffing lab: a dimension names one thing a centre manager may
 * change (team size, headcount per interval, volume, handling time, unplanned absence, skill mix,
 * overflow, callback offer) and rewrites the scenario for one value of it.
 * A few levers are the supervisor's commands rather than scenario fields
 * (overflow, callback): those dimensions add commands at the opening instead.
 */
import type { Distribution } from './distribution';
import type { Channel, Scenario } from './schema';
import { onShiftPerInterval } from './roster';
import { withStaffingProfile } from './staffingProfile';
import { withoutMissingAdvisersEvents } from './team';

/** One point of a sweep: dimension name → value, as printed in each JSON line. */
export type Variant = Readonly<Record<string, number>>;

/** A variant ready to run: the scenario rewritten and the commands added at the opening. */
export interface VariantRun {
  readonly scenario: Scenario;
  readonly commands: readonly Record<string, unknown>[];
}

export interface Dimension {
  /** What a value is, for error messages: "… must be <what> between min and max". */
  readonly what: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  apply(run: VariantRun, value: number): VariantRun;
}

const onScenario = (f: (s: Scenario, v: number) => Scenario) => (run: VariantRun, value: number): VariantRun => ({ ...run, scenario: f(run.scenario, value) });

/** The most variants one sweep may have: past it, the spec is more likely a typo than a plan. */
export const MAX_VARIANTS = 1000;

export const DIMENSIONS: Readonly<Record<string, Dimension>> = {
  advisers: { what: 'a team size', min: 1, max: 5000, integer: true, apply: onScenario(resizeTeam) },
  staffing: { what: 'a change of the advisers on shift in every interval', min: -1000, max: 1000, integer: true, apply: onScenario(withStaffingChange) },
  volume: { what: 'a change of the arrival rates in percent', min: -99, max: 1000, integer: false, apply: onScenario(scaleVolume) },
  aht: { what: 'a change of the handling time in percent', min: -90, max: 500, integer: false, apply: onScenario(scaleHandlingTime) },
  absence: { what: 'a share of advisers absent for the day in percent', min: 0, max: 90, integer: false, apply: onScenario(withAbsenceRate) },
  multiskill: { what: 'a number of advisers given every inbound skill', min: 0, max: 5000, integer: true, apply: onScenario(withMultiSkilled) },
  overflow: { what: '0 (closed) or 1 (open from the opening)', min: 0, max: 1, integer: true, apply: withOverflowOpen },
  callback: { what: '0 (no offer) or 1 (offered from the opening)', min: 0, max: 1, integer: true, apply: withCallbackOffer },
};

/** What is wrong with `value` for the dimension `name`, in words; null when it is fine. */
export function dimensionValueProblem(name: string, value: number): string | null {
  const dim = DIMENSIONS[name];
  if (!dim) return `unknown dimension "${name}" (known: ${Object.keys(DIMENSIONS).join(', ')})`;
  if (!Number.isFinite(value)) return `${name} must be a number`;
  if (dim.integer && !Number.isInteger(value)) return `${name} must be whole numbers, got ${value}`;
  if (value < dim.min || value > dim.max) return `${name} must be ${dim.what} between ${dim.min} and ${dim.max}, got ${value}`;
  return null;
}

/** from, from + step, … up to `to` (float steps rounded to 10 decimals, so 0.1 steps stay exact); a problem in words otherwise. */
export function rangeValues(from: number, to: number, step: number): number[] | string {
  if (!(step > 0)) return `the step must be positive, got ${step}`;
  if (from > to) return `the range runs backwards (${from} > ${to})`;
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_VARIANTS) return `${count} variants; a sweep may have at most ${MAX_VARIANTS}`;
  return Array.from({ length: count }, (_, i) => Number((from + i * step).toFixed(10)));
}

/** Every dimension applied in the variant's order; the base commands come first. */
export function variantRun(scenario: Scenario, variant: Variant, commands: readonly unknown[] = []): VariantRun {
  let run: VariantRun = { scenario, commands: commands as Record<string, unknown>[] };
  for (const [name, value] of Object.entries(variant)) {
    const dim = DIMENSIONS[name];
    if (!dim) throw new Error(`unknown dimension "${name}"`);
    run = dim.apply(run, value);
  }
  return run;
}

/**
 * Headcount per interval: the roster's advisers on shift in each interval (at its
 * middle) changed by `delta`, never below 0, as a plan of contiguous shifts cut from
 * the team's advisers (sim/scenario/staffingProfile.ts). Even at 0 the team is the
 * plan rebuilt from the roster's counts, not the roster itself.
 */
export function withStaffingChange(scenario: Scenario, delta: number): Scenario {
  return withStaffingProfile(scenario, onShiftPerInterval(scenario).map((n) => Math.max(0, n + delta)));
}

/**
 * Every channel's arrival rates (flat or profile) changed by `percent` %. The forecast
 * (what the supervisor was told to expect), backlogs and call lists are left as they are.
 */
export function scaleVolume(scenario: Scenario, percent: number): Scenario {
  const f = 1 + percent / 100;
  const channels = scenario.channels.map((c) => {
    const a = c.arrivals;
    if (!a) return c;
    const arrivals = 'perHour' in a ? { ...a, perHour: a.perHour * f } : { ...a, profile: a.profile.map((p) => ({ ...p, perHour: p.perHour * f })) };
    return { ...c, arrivals };
  });
  return { ...scenario, channels };
}

function scaleDistribution(d: Distribution, f: number): Distribution {
  switch (d.dist) {
    case 'constant':
      return { ...d, value: d.value * f };
    case 'empirical':
      return { ...d, values: d.values.map((v) => v * f) };
    default:
      // Same coefficient of variation: the spread scales with the mean.
      return { ...d, mean: d.mean * f };
  }
}

/** Every channel's talk, hold and wrap-up durations scaled by 1 + percent/100 (the AHT moves by that much). */
export function scaleHandlingTime(scenario: Scenario, percent: number): Scenario {
  const f = 1 + percent / 100;
  const channels = scenario.channels.map((c): Channel => ({
    ...c,
    handleTime: scaleDistribution(c.handleTime, f),
    wrapUp: scaleDistribution(c.wrapUp, f),
    ...(c.hold ? { hold: { ...c.hold, duration: scaleDistribution(c.hold.duration, f) } } : {}),
  }));
  return { ...scenario, channels };
}

/**
 * Unplanned absence (the part of shrinkage a roster cannot plan): each adviser is absent
 * for the day with probability percent/100, drawn per replication. Replaces the
 * scenario's own random-absence rate.
 */
export function withAbsenceRate(scenario: Scenario, percent: number): Scenario {
  const events = (scenario.events ?? []).filter((e) => e.type !== 'randomAbsence');
  return { ...scenario, events: percent > 0 ? [...events, { type: 'randomAbsence', probability: percent / 100 }] : events };
}

/** Proficiency given with a skill an adviser did not have: a cross-trained adviser, slower than a specialist. */
export const CROSS_TRAINED_PROFICIENCY = 0.7;

/**
 * Skill mix: the first `count` advisers (in team order) also get every inbound skill
 * some adviser of the team has, at CROSS_TRAINED_PROFICIENCY where they lacked it.
 * The others keep their skills. 0 leaves the team as it is.
 */
export function withMultiSkilled(scenario: Scenario, count: number): Scenario {
  const inbound = new Set(scenario.channels.filter((c) => c.kind !== 'outbound').map((c) => c.id));
  const team = scenario.team;
  const skillSets = 'generate' in team ? (Array.isArray(team.generate) ? team.generate : [team.generate]).map((g) => g.skills) : team.advisers.map((a) => a.skills);
  const known = [...new Set(skillSets.flatMap((s) => Object.keys(s)))].filter((id) => inbound.has(id));
  const widen = (skills: Record<string, number>) => ({ ...Object.fromEntries(known.map((id) => [id, CROSS_TRAINED_PROFICIENCY])), ...skills });
  if ('advisers' in team) {
    return { ...scenario, team: { advisers: team.advisers.map((a, i) => (i < count ? { ...a, skills: widen(a.skills) } : a)) } };
  }
  // A generated team: each group splits into its widened head and the rest, so ids stay in order.
  let left = count;
  const out = (Array.isArray(team.generate) ? team.generate : [team.generate]).flatMap((g) => {
    const head = Math.min(left, g.count);
    left -= head;
    if (head === 0) return [g];
    const widened = { ...g, count: head, skills: widen(g.skills) };
    return head === g.count ? [widened] : [widened, { ...g, count: g.count - head }];
  });
  return { ...scenario, team: { generate: out } };
}

/** 1: every overflow group of the scenario opened at the opening (the manager's standing policy). */
function withOverflowOpen(run: VariantRun, open: number): VariantRun {
  if (!open) return run;
  const groups = run.scenario.overflow ?? [];
  return { ...run, commands: [...run.commands, ...groups.map((g) => ({ at: 0, type: 'openOverflow', groupId: g.id }))] };
}

/** 1: the callback offer turned on at the opening on every voice channel that has one; 0: turned off. */
function withCallbackOffer(run: VariantRun, on: number): VariantRun {
  const voice = run.scenario.channels.filter((c) => c.kind === 'voice' && c.callback);
  return { ...run, commands: [...run.commands, ...voice.map((c) => ({ at: 0, type: 'setCallbackOffer', channelId: c.id, enabled: on === 1 }))] };
}

type Team = Scenario['team'];
type GeneratedTeam = Extract<Team, { generate: unknown }>;
type ListedTeam = Extract<Team, { advisers: unknown }>;

/**
 * The team resized to `count` advisers. A generated team: the last group grows or
 * shrinks (emptied groups are dropped, from the last). A listed team: the last
 * advisers are dropped, or copies of the last listed adviser are added (same
 * skills, shift, breaks, routing profile and concurrency; ids `extra01`, `extra02`, …).
 */
export function resizeTeam(scenario: Scenario, count: number): Scenario {
  const team: Team = 'generate' in scenario.team ? resizeGenerated(scenario.team, count) : resizeListed(scenario.team, count);
  return withoutMissingAdvisersEvents({ ...scenario, team });
}

function resizeGenerated(team: GeneratedTeam, count: number): GeneratedTeam {
  const groups = (Array.isArray(team.generate) ? team.generate : [team.generate]).map((g) => ({ ...g }));
  let total = groups.reduce((s, g) => s + g.count, 0);
  while (total > count) {
    const last = groups[groups.length - 1];
    const cut = Math.min(last.count - (groups.length === 1 ? 1 : 0), total - count);
    last.count -= cut;
    total -= cut;
    if (last.count === 0) groups.pop();
  }
  if (total < count) groups[groups.length - 1].count += count - total;
  return { generate: Array.isArray(team.generate) ? groups : groups[0] };
}

function resizeListed(team: ListedTeam, count: number): ListedTeam {
  if (count <= team.advisers.length) return { advisers: team.advisers.slice(0, count) };
  const template = team.advisers[team.advisers.length - 1];
  const taken = new Set(team.advisers.map((a) => a.id));
  const extra: ListedTeam['advisers'] = [];
  for (let k = 1; extra.length < count - team.advisers.length; k++) {
    const id = `extra${String(k).padStart(2, '0')}`;
    if (taken.has(id)) continue;
    const { newHire: _n, ...copy } = template;
    extra.push({ ...copy, id, name: `Extra ${k}` });
  }
  return { advisers: [...team.advisers, ...extra] };
}

/**
 * `npm run sim -- <scenario> --required-staff --target-sl P [--confidence C]`
 * `[--shrinkage S] [--replications R] [--seed N] [--json]`: the staffing lab's
 * required-staff table (DESIGN.md §3). Per statistics interval and voice-like
 * channel with arrivals: the forecast, Erlang C / Erlang A / with shrinkage
 * (sim/analytics/requiredStaff.ts) and the simulated requirement
 * (sim/kpi/profileSearch.ts: each interval staffed at its own figure, the
 * queue carried from one interval to the next), with the service level it
 * achieves. No Node APIs here: the browser lab can call `requiredStaff` in a
 * worker, with `onProgress`.
 */
import { analyticRequiredStaff, DEFAULT_SHRINKAGE, requiredStaffChannels, VOICE_LIKE_KINDS } from '../analytics/requiredStaff';
import type { Scenario } from '../index';
import { searchStaffingProfile, type ProfileSearchResult } from '../kpi/profileSearch';
import type { IntervalEstimate } from '../kpi/staffingSearch';
import { withDedicatedTeam } from '../scenario/dedicatedTeam';
import { replicationSeeds } from './runScenario';

export const REQUIRED_STAFF_FLAGS = { 'required-staff': 'boolean', 'target-sl': 'number', confidence: 'number', shrinkage: 'number' } as const;

export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_STAFF_REPLICATIONS = 10;

export interface RequiredStaffRequest {
  readonly targetServiceLevel: number;
  readonly confidence: number;
  readonly shrinkage: number;
  readonly replications: number;
  readonly seed?: number;
}

/** Reads and checks the table's flags, pushing one line per problem; undefined without --required-staff. */
export function requiredStaffRequest(flags: Record<string, string | number | boolean>, problems: string[]): RequiredStaffRequest | undefined {
  const on = flags['required-staff'] === true;
  if (!on) {
    for (const f of ['target-sl', 'confidence', 'shrinkage']) if (flags[f] !== undefined) problems.push(`--${f} only applies with --required-staff`);
    return undefined;
  }
  const target = flags['target-sl'] as number | undefined;
  if (target === undefined) problems.push('--required-staff needs --target-sl P (a fraction, e.g. 0.8)');
  else if (!(target > 0 && target < 1)) problems.push(`--target-sl must be strictly between 0 and 1 (e.g. 0.8 for 80 %), got ${target}`);
  const confidence = (flags.confidence as number | undefined) ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) problems.push(`--confidence must be strictly between 0 and 1 (e.g. 0.95), got ${confidence}`);
  const shrinkage = (flags.shrinkage as number | undefined) ?? DEFAULT_SHRINKAGE;
  if (!(shrinkage >= 0 && shrinkage < 1)) problems.push(`--shrinkage must be at least 0 and below 1 (e.g. 0.3), got ${shrinkage}`);
  const replications = (flags.replications as number | undefined) ?? DEFAULT_STAFF_REPLICATIONS;
  if (flags.replications !== undefined && replications < 2) problems.push('--required-staff needs --replications of at least 2 (a confidence bound needs two days)');
  for (const f of ['commands', 'result', 'report', 'lang', 'analysis', 'proposals']) if (flags[f] !== undefined) problems.push(`--${f} does not apply with --required-staff`);
  return { targetServiceLevel: target ?? NaN, confidence, shrinkage, replications, seed: flags.seed as number | undefined };
}

export interface RequiredStaffRow {
  readonly interval: string;
  readonly channel: string;
  readonly forecast: number;
  readonly analytic: { readonly erlangC: number | null; readonly erlangA: number | null; readonly withShrinkage: number | null };
  /**
   * Advisers on shift in this interval in the simulated plan: the smallest figure whose lower confidence
   * bound meets the target, the earlier intervals staffed at theirs; null when not simulated or none tried does.
   */
  readonly simulated: number | null;
  readonly achievedServiceLevel: { readonly mean: number | null; readonly ci95: number | null; readonly lowerBound: number | null } | null;
  /** False for an interval in the warm-up (its figure carries the empty start). */
  readonly steadyState: boolean;
}

export interface RequiredStaffOutput {
  readonly scenario: string;
  readonly targetServiceLevel: number;
  readonly confidence: number;
  readonly shrinkage: number;
  readonly replications: number;
  readonly seeds: readonly number[];
  /** Figures simulated, over all intervals and channels, ascending. */
  readonly tried: readonly number[];
  readonly required: readonly RequiredStaffRow[];
  /** Channels left out, and why; and why the simulated column is empty, if it is. */
  readonly notes: readonly string[];
}

const achieved = (e: IntervalEstimate) => ({ mean: e.mean, ci95: e.ci95, lowerBound: e.lower });

export interface RequiredStaffProgress {
  /** Called after each interval of each channel is decided: steps done, steps in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

export function requiredStaff(scenario: Scenario, req: RequiredStaffRequest, progress: RequiredStaffProgress = {}): RequiredStaffOutput {
  const rows = analyticRequiredStaff(scenario, { targetServiceLevel: req.targetServiceLevel, shrinkage: req.shrinkage });
  const channels = requiredStaffChannels(scenario);
  const notes: string[] = scenario.channels
    .filter((c) => !channels.includes(c))
    .map((c) => `channel ${c.id} (${c.kind}) left out: ${VOICE_LIKE_KINDS.includes(c.kind) ? 'no arrivals of its own' : `the table covers ${VOICE_LIKE_KINDS.join(' and ')} channels`}`);
  const seeds = replicationSeeds(req.seed ?? scenario.seed, req.replications);
  if (channels.length > 0) notes.push('simulated: each interval staffed at its own figure, the earlier intervals at theirs and the later ones at the analytic figure while searching, so an interval inherits the queue the recommended plan leaves');
  if (channels.length === 1 && scenario.channels.length > 1) {
    // The same team also does the other channels' work (callbacks, email, outbound): the figure is the team's size.
    notes.push(`simulated: the advisers on shift also handle ${scenario.channels.filter((c) => c !== channels[0]).map((c) => c.id).join(', ')}, so N is the whole team's size`);
  } else if (channels.length > 1) {
    notes.push(`simulated: each of ${channels.map((c) => c.id).join(', ')} is staffed apart, by a team dedicated to it (its skilled advisers, skills restricted to it, the other channels removed); a pooled multi-skill team needs fewer`);
  }
  const byChannel = new Map<string, ProfileSearchResult>();
  const tried = new Set<number>();
  const total = rows.length;
  let before = 0;
  for (const ch of channels) {
    const own = rows.filter((r) => r.channel === ch.id).map((r) => r.analytic.erlangA ?? r.analytic.erlangC ?? null);
    const top = Math.max(5, 2 * Math.max(0, ...own.map((n) => n ?? 0)) + 5);
    const day = channels.length > 1 ? withDedicatedTeam(scenario, ch.id) : scenario;
    const done = before;
    const found = searchStaffingProfile(day, {
      channelId: ch.id,
      targetServiceLevel: req.targetServiceLevel,
      confidence: req.confidence,
      seeds,
      // No finite team meets the target by the formula: start from the cap.
      analytic: own.map((n) => n ?? top),
      maxAgents: top,
      onTried: (n) => tried.add(n),
      ...(progress.onProgress ? { onProgress: (d: number) => progress.onProgress!(done + d, total) } : {}),
    });
    before += own.length;
    byChannel.set(ch.id, found);
  }
  return {
    scenario: scenario.id,
    targetServiceLevel: req.targetServiceLevel,
    confidence: req.confidence,
    shrinkage: req.shrinkage,
    replications: req.replications,
    seeds,
    tried: [...tried].sort((a, b) => a - b),
    required: rows.map((r) => {
      const simulated = byChannel.get(r.channel);
      return {
        interval: r.interval,
        channel: r.channel,
        forecast: r.forecast,
        analytic: r.analytic,
        simulated: simulated ? simulated.required[r.index] ?? null : null,
        achievedServiceLevel: simulated?.achieved[r.index] ? achieved(simulated.achieved[r.index]) : null,
        steadyState: simulated ? !simulated.warmup[r.index] : r.index * scenario.stats.intervalMinutes >= scenario.stats.warmupMinutes,
      };
    }),
    notes,
  };
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)} %`);
const num = (x: number | null) => (x === null ? '—' : String(x));

/** The table for a terminal. */
export function formatRequiredStaff(out: RequiredStaffOutput): string {
  const head = `Required staff for ${pct(out.targetServiceLevel)} (lower bound at ${pct(out.confidence)} confidence, ${out.replications} replications, shrinkage ${pct(out.shrinkage)})`;
  const cols = ['interval', 'channel', 'forecast', 'Erlang C', 'Erlang A', 'shrunk', 'simulated', 'SL mean', 'SL lower'];
  const lines = out.required.map((r) => [
    r.interval + (r.steadyState ? '' : '*'), r.channel, r.forecast.toFixed(1), num(r.analytic.erlangC), num(r.analytic.erlangA),
    num(r.analytic.withShrinkage), num(r.simulated), pct(r.achievedServiceLevel?.mean), pct(r.achievedServiceLevel?.lowerBound),
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => l.map((x, i) => x.padStart(widths[i])).join('  ');
  const foot = [...(out.required.some((r) => !r.steadyState) ? ['* warm-up interval'] : []), ...out.notes];
  return [head, fmt(cols), ...lines.map(fmt), ...foot].join('\n');
}

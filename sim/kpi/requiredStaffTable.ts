/**
 * The required-staff table (DESIGN.md §3): per statistics interval and voice-like
 * channel with arrivals, the forecast, Erlang C / Erlang A / with shrinkage
 * (sim/analytics/requiredStaff.ts) and the simulated requirement
 * (sim/kpi/profileSearch.ts: each interval staffed at its own figure, the queue
 * carried from one interval to the next), with the service level it achieves.
 * Pure: the command line prints it, the browser lab runs it in a worker with `onProgress`.
 */
import { analyticRequiredStaff, requiredStaffChannels, VOICE_LIKE_KINDS } from '../analytics/requiredStaff';
import type { Scenario } from '../scenario/schema';
import { withDedicatedTeam } from '../scenario/dedicatedTeam';
import { searchStaffingProfile, type ProfileSearchResult } from './profileSearch';
import { replicationSeeds } from './replications';
import type { IntervalEstimate } from './staffingSearch';

export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_STAFF_REPLICATIONS = 10;

export interface RequiredStaffRequest {
  readonly targetServiceLevel: number;
  readonly confidence: number;
  readonly shrinkage: number;
  readonly replications: number;
  readonly seed?: number;
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


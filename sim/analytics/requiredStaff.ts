/**
 * The analytic half of the required-staff table: per statistics interval and
 * channel, the advisers Erlang C and Erlang A say the interval's forecast needs
 * to meet a service-level target, and the same grossed up for shrinkage.
 * Poisson arrivals at the interval's mean rate, stationary within the interval,
 * one contact at a time per adviser, exponential patience (Erlang A).
 */
import { formatClock, toSeconds, type Channel, type Scenario } from '../scenario/schema';
import { channelForecast } from '../scenario/forecast';
import { channelAhtSeconds, channelPatienceSeconds } from './channelModel';
import { requiredAgents } from './staffing';

/** Channels the table models as a queue of calls answered one at a time. */
export const VOICE_LIKE_KINDS: readonly Channel['kind'][] = ['voice', 'callback'];

export const DEFAULT_SHRINKAGE = 0.3;

export interface AnalyticRequirement {
  /** Erlang C (nobody abandons); null where no finite team meets the target. */
  readonly erlangC: number | null;
  /** Erlang A with the channel's mean patience; null for a channel without patience. */
  readonly erlangA: number | null;
  /** The channel's own model (A with patience, else C) divided by 1 − shrinkage, rounded up. */
  readonly withShrinkage: number | null;
}

export interface AnalyticRow {
  /** Start of the interval, "HH:MM". */
  readonly interval: string;
  readonly index: number;
  readonly channel: string;
  /** Forecast contacts in the interval. */
  readonly forecast: number;
  readonly analytic: AnalyticRequirement;
}

export interface RequiredStaffOptions {
  /** Target service level, strictly between 0 and 1. */
  readonly targetServiceLevel: number;
  /** Share of paid time not on the phones, in [0, 1). */
  readonly shrinkage: number;
}

/** Smallest team meeting the target; 0 without contacts, null when none does. */
function agentsFor(arrivalsPerHour: number, ch: Channel, target: number, patienceSeconds: number | undefined): number | null {
  if (!(arrivalsPerHour > 0)) return 0;
  try {
    return requiredAgents({
      arrivalsPerHour,
      ahtSeconds: channelAhtSeconds(ch),
      thresholdSeconds: ch.serviceLevel.thresholdSeconds,
      targetServiceLevel: target,
      ...(patienceSeconds !== undefined ? { patienceSeconds } : {}),
    });
  } catch {
    return null;
  }
}

/** The channels the table covers: voice-like, with arrivals. */
export function requiredStaffChannels(scenario: Scenario): Channel[] {
  return scenario.channels.filter((ch) => VOICE_LIKE_KINDS.includes(ch.kind) && ch.arrivals !== undefined);
}

/** One row per statistics interval and voice-like channel with arrivals, in interval order. */
export function analyticRequiredStaff(scenario: Scenario, opts: RequiredStaffOptions): AnalyticRow[] {
  const start = toSeconds(scenario.clock.start);
  const end = toSeconds(scenario.clock.end);
  const step = scenario.stats.intervalMinutes * 60;
  const rows: AnalyticRow[] = [];
  for (const ch of requiredStaffChannels(scenario)) {
    const patience = channelPatienceSeconds(ch);
    channelForecast(ch, scenario).forEach((forecast, index) => {
      const from = start + index * step;
      const seconds = Math.min(from + step, end) - from;
      const perHour = seconds > 0 ? (forecast * 3600) / seconds : 0;
      const erlangC = agentsFor(perHour, ch, opts.targetServiceLevel, undefined);
      const erlangA = patience === null ? null : agentsFor(perHour, ch, opts.targetServiceLevel, patience);
      const own = patience === null ? erlangC : erlangA;
      const withShrinkage = own === null ? null : Math.max(0, Math.ceil(own / (1 - opts.shrinkage) - 1e-9));
      rows.push({ interval: formatClock(from).slice(0, 5), index, channel: ch.id, forecast, analytic: { erlangC, erlangA, withShrinkage } });
    });
  }
  return rows.sort((a, b) => a.index - b.index);
}

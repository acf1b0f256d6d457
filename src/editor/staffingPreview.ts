/**
 * The editor's staffing preview: for each statistics interval, the advisers
 * each channel needs to meet its service-level target (Erlang A when its
 * customers abandon, Erlang C when they never do), against the advisers
 * scheduled on shift. An estimate, and the page says so: Poisson arrivals at
 * the interval's mean rate, one contact at a time per adviser, no pooling
 * across channels, exponential patience with the scenario's mean.
 */
import { requiredAgents } from '../../sim/analytics/index';
import { channelAhtSeconds, channelPatienceSeconds } from '../../sim/analytics/channelModel';
import { onShiftBetween, rosterOf } from '../../sim/scenario/roster';
import type { Scenario } from '../../sim/scenario/schema';
import type { Interval } from './volumes';

export { meanOf } from '../../sim/analytics/channelModel';

export type StaffingModel = 'erlangA' | 'erlangC';

export interface ChannelStaffing {
  readonly channelId: string;
  readonly model: StaffingModel;
  /** talk + hold (probability × mean) + wrap-up, seconds. */
  readonly ahtSeconds: number;
  /** Mean patience (Erlang A), seconds. */
  readonly patienceSeconds: number | null;
  readonly target: number;
  readonly thresholdSeconds: number;
  /** Advisers needed per interval; null where no finite team meets the target (a target of 100 %). */
  readonly required: readonly (number | null)[];
}

export interface StaffingPreview {
  readonly intervals: readonly Interval[];
  readonly channels: readonly ChannelStaffing[];
  /** Sum over channels per interval (null when any channel's is). */
  readonly required: readonly (number | null)[];
  /** Advisers whose shift covers the interval's middle. */
  readonly scheduled: readonly number[];
}

/** Advisers needed for one interval's volume; 0 without contacts. */
export function requiredFor(contacts: number, seconds: number, c: Omit<ChannelStaffing, 'required' | 'channelId' | 'model'>): number | null {
  if (!(contacts > 0)) return 0;
  if (c.target <= 0) return 0;
  if (c.target >= 1) return null;
  try {
    return requiredAgents({
      arrivalsPerHour: (contacts * 3600) / seconds,
      ahtSeconds: c.ahtSeconds,
      thresholdSeconds: c.thresholdSeconds,
      targetServiceLevel: c.target,
      ...(c.patienceSeconds !== null ? { patienceSeconds: c.patienceSeconds } : {}),
    });
  } catch {
    return null;
  }
}

function scheduledPerInterval(scenario: Scenario, intervals: readonly Interval[]): number[] {
  const roster = rosterOf(scenario);
  return intervals.map(({ from, to }) => onShiftBetween(roster, from, to));
}

/** `volumes[i]`: contacts per interval for channel i (null for a channel without arrivals, left out). */
export function staffingPreview(scenario: Scenario, intervals: readonly Interval[], volumes: readonly (readonly number[] | null)[]): StaffingPreview {
  const channels: ChannelStaffing[] = [];
  scenario.channels.forEach((ch, i) => {
    const row = volumes[i];
    if (!row) return;
    const base = {
      ahtSeconds: channelAhtSeconds(ch),
      patienceSeconds: channelPatienceSeconds(ch),
      target: ch.serviceLevel.target,
      thresholdSeconds: ch.serviceLevel.thresholdSeconds,
    };
    channels.push({
      channelId: ch.id,
      model: base.patienceSeconds === null ? 'erlangC' : 'erlangA',
      ...base,
      required: intervals.map((iv, k) => requiredFor(row[k] ?? 0, iv.to - iv.from, base)),
    });
  });
  const required = intervals.map((_, k) =>
    channels.reduce<number | null>((sum, c) => (sum === null || c.required[k] === null ? null : sum + c.required[k]!), 0),
  );
  return { intervals, channels, required, scheduled: scheduledPerInterval(scenario, intervals) };
}

/**
 * The result of a run: the JSON contract of `npm run sim -- … --json`
 * (DESIGN.md §3), less `wallMs`, which only the command line can measure.
 * `resultHash` covers everything else, so two runs agree iff their hashes do.
 */
import type { ManagerSnapshot } from '../model/floorManager';
import { hashString } from '../engine/rng';
import type { AdminRecord, RecordingRecord, ShiftBooks } from '../model/books';
import type { ChannelRuntime } from '../model/channelRuntime';
import type { DayFrame } from '../model/frame';
import type { OverflowGroup } from '../model/overflow';
import type { Dialer } from '../routing/dialer';
import { formatClock, type Scenario } from '../scenario/schema';
import type { BreachSnapshot, ChannelKpis, CommandRecord, ScoreByBlock, ScoreSnapshot } from '../snapshot';
import { Field, FIELD_COUNT, type KpiCounters, type TimeAccounts } from './counters';
import { channelKpis, occupancy } from './serviceLevel';

export const ENGINE_VERSION = '0.2.0';

export interface IntervalResult extends ChannelKpis {
  readonly channelId: string;
  readonly index: number;
  /** Time of day the interval starts, "HH:MM:SS". */
  readonly start: string;
  /** True when the interval starts before the end of warm-up (left out of the day totals). */
  readonly warmup: boolean;
  /** Team occupancy over the interval. */
  readonly occupancy: number | null;
}

export interface ResultKpis {
  readonly byChannel: Readonly<Record<string, ChannelKpis>>;
  readonly occupancy: number | null;
  readonly byInterval: readonly IntervalResult[];
}

export interface SimulationResult {
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: number;
  readonly engineVersion: string;
  readonly events: number;
  readonly simulatedSeconds: number;
  readonly kpis: ResultKpis;
  readonly commands: readonly CommandRecord[];
  /** Rules broken during the run (e.g. calls made by an overridden dialer). */
  readonly breaches: readonly BreachSnapshot[];
  /** Overflow groups: contacts handled and what they cost. */
  readonly overflow: readonly { readonly id: string; readonly handled: number; readonly cost: number }[];
  /** Outbound campaigns: the call list's state at the end. */
  readonly outbound: readonly { readonly channelId: string; readonly listSize: number; readonly remaining: number; readonly excludedByRules: number }[];
  /** The score at the end (see sim/kpi/score.ts): blocks, interval trend, entries, missed moments. */
  readonly score: ScoreSnapshot;
  /** The ghost run: same scenario and seed, no commands (the same customers). Its score is what doing nothing earns. */
  readonly baseline: { readonly score: { readonly total: number; readonly byBlock: ScoreByBlock }; readonly kpis: ResultKpis };
  /** € spent: overflow contacts and overtime (incl. called-in advisers). */
  readonly costs: { readonly overflow: number; readonly overtime: number };
  /** For the shift report: absences and lateness (recorded or observed), listen-ins (CNIL log), feed counts by code. */
  readonly admin: readonly AdminRecord[];
  readonly recordings: readonly RecordingRecord[];
  readonly activityCounts: Readonly<Record<string, number>>;
  /** Customers due to try again (retrials, repeats) after the day ended, by channel: carried over to another day. */
  readonly pendingReturns: Readonly<Record<string, number>>;
  /** The floor manager's log (reports, requests and answers, grants, budget used): only when the scenario has one. */
  readonly manager?: ManagerSnapshot;
  readonly resultHash: string;
}

/** Stable hash of a scenario's content (key order as written). */
export function scenarioHash(scenario: unknown): string {
  return hashString(JSON.stringify(scenario));
}

/** Everything a result is built from, read-only. */
export interface ResultSources {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly frame: DayFrame;
  readonly events: number;
  readonly lastEventTime: number;
  readonly counters: KpiCounters;
  readonly accounts: TimeAccounts;
  readonly channels: readonly ChannelRuntime[];
  readonly commandLog: readonly CommandRecord[];
  readonly books: ShiftBooks;
  readonly overflow: readonly OverflowGroup[];
  readonly dialers: readonly Dialer[];
  readonly score: ScoreSnapshot;
  readonly baseline: SimulationResult['baseline'];
  readonly activityCounts: Readonly<Record<string, number>>;
  /** Null without a floor manager (the result then has no `manager` key: older hashes are unchanged). */
  readonly manager?: ManagerSnapshot | null;
}

/** The day's KPI totals as numbers: each channel's total counter row, then the team's handling and idle time. */
export function packTotals(src: Pick<ResultSources, 'counters' | 'accounts' | 'channels'>): Float64Array<ArrayBuffer> {
  const n = src.channels.length;
  const packed = new Float64Array(n * FIELD_COUNT + 2);
  for (let ch = 0; ch < n; ch++) {
    const from = src.counters.totalRow(ch) * FIELD_COUNT;
    packed.set(src.counters.values.subarray(from, from + FIELD_COUNT), ch * FIELD_COUNT);
  }
  packed[n * FIELD_COUNT] = src.accounts.totalHandling;
  packed[n * FIELD_COUNT + 1] = src.accounts.totalIdle;
  return packed;
}

/** The KPIs of packed totals (channels in scenario order): the same byChannel and occupancy as a result's. */
export function unpackTotals(channelIds: readonly string[], packed: Float64Array): Pick<ResultKpis, 'byChannel' | 'occupancy'> {
  const byChannel: Record<string, ChannelKpis> = {};
  channelIds.forEach((id, ch) => {
    byChannel[id] = channelKpis(packed, ch);
  });
  const n = channelIds.length * FIELD_COUNT;
  return { byChannel, occupancy: occupancy(packed[n], packed[n + 1]) };
}

/** The KPI part of a result: per channel, the team's occupancy, per interval. */
export function buildKpis(src: Pick<ResultSources, 'frame' | 'counters' | 'accounts' | 'channels'>): ResultKpis {
  const counters = src.counters;
  const { dayStart, closeTime, warmupEnd } = src.frame;
  const byChannel: Record<string, ChannelKpis> = {};
  const byInterval: IntervalResult[] = [];
  src.channels.forEach((c, ch) => {
    byChannel[c.id] = channelKpis(counters.values, counters.totalRow(ch));
    for (let k = 0; k < counters.intervalCount; k++) {
      const row = counters.row(ch, k);
      if (counters.get(row, Field.offered) === 0 && k * counters.intervalSeconds >= closeTime) continue;
      const start = k * counters.intervalSeconds;
      byInterval.push({
        channelId: c.id,
        index: k,
        start: formatClock(dayStart + start),
        warmup: start < warmupEnd,
        occupancy: occupancy(src.accounts.handling[k], src.accounts.idle[k]),
        ...channelKpis(counters.values, row),
      });
    }
  });
  return { byChannel, occupancy: occupancy(src.accounts.totalHandling, src.accounts.totalIdle), byInterval };
}

export function buildResult(src: ResultSources): SimulationResult {
  const core = {
    scenario: { id: src.scenario.id, hash: scenarioHash(src.scenario) },
    seed: src.seed,
    engineVersion: ENGINE_VERSION,
    events: src.events,
    simulatedSeconds: src.lastEventTime,
    kpis: buildKpis(src),
    commands: src.commandLog.slice(),
    breaches: src.books.breaches.slice(),
    overflow: src.overflow.map((g) => ({ id: g.id, handled: g.handled, cost: g.cost })),
    outbound: src.dialers.map((d) => ({ channelId: d.channel.id, listSize: d.records.length, remaining: d.remaining, excludedByRules: d.excludedByRules })),
    score: src.score,
    baseline: src.baseline,
    costs: { overflow: src.overflow.reduce((c, g) => c + g.cost, 0), overtime: src.books.overtimeCost },
    admin: src.books.admin.slice(),
    recordings: src.books.recordings.slice(),
    activityCounts: { ...src.activityCounts },
    pendingReturns: { ...src.books.pendingReturns },
    ...(src.manager ? { manager: src.manager } : {}),
  };
  return { ...core, resultHash: hashString(JSON.stringify(core)) };
}

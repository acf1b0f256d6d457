/**
 * A running simulation as the worker and the command line use it: the engine's
 * Simulation behind a narrow, stable surface (DESIGN.md: the public API).
 */
import type { Simulation } from './simulation';
import { SnapshotBuilder } from './snapshotBuilder';
import { timesheetOf } from './report/timesheetBuild';
import type { TimesheetRow } from './report/timesheet';
import { buildKpis, packTotals, type ResultKpis, type SimulationResult } from './kpi/result';
import type { Scenario } from './scenario/schema';
import type { CommandRecord, Snapshot } from './snapshot';

/** A running simulation, as the worker and the command line use it. */
export interface SimulationHandle {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Simulated seconds since scenario start. */
  readonly time: number;
  /** Simulated time at which arrivals stop (clock.end − clock.start). */
  readonly closeTime: number;
  readonly finished: boolean;
  readonly events: number;
  advanceTo(time: number): void;
  runToEnd(): void;
  /** Validates and applies (or schedules, with a future `at`) a command; never throws. */
  submit(command: unknown): CommandRecord;
  /** Plain data for the UI; `{ score: false }` leaves the score out (null), for callers that do not show it. */
  snapshot(options?: { readonly score?: boolean }): Snapshot;
  result(): SimulationResult;
  /**
   * The timesheet for HR and payroll, one row per adviser per day (sim/report/timesheet.ts).
   * Kept out of `result()`: it adds nothing the hash should cover, and changes no run.
   */
  timesheet(): TimesheetRow[];
  /** The day's KPI totals as numbers, small to post between threads: unpackTotals gives result().kpis's byChannel and occupancy, without the rest of a result (score, intervals, hashes). */
  packedTotals(): Float64Array<ArrayBuffer>;
  /** result().kpis alone (per channel, occupancy, per interval), without the score, the books and the hashes a result also builds. */
  kpis(): ResultKpis;
}

/** The handle of `sim`; `scenario` is what the caller loaded (a multi-day file, for a campaign's day `day`). */
export function handleOf(scenario: Scenario, sim: Simulation, day = 1): SimulationHandle {
  const snapshots = new SnapshotBuilder(sim);
  return {
    scenario,
    seed: sim.seed,
    get time() { return sim.time; },
    closeTime: sim.frame.closeTime,
    get finished() { return sim.finished; },
    get events() { return sim.events; },
    advanceTo: (t) => sim.advanceTo(t),
    runToEnd: () => sim.runToEnd(),
    submit: (c) => sim.submit(c),
    snapshot: (options) => snapshots.build(options?.score ?? true),
    result: () => sim.result(),
    timesheet: () => timesheetOf(sim, day),
    packedTotals: () => packTotals(sim),
    kpis: () => buildKpis(sim),
  };
}

/**
 * Public API of the engine. Everything outside sim/ (the worker, the command
 * line, tests) goes through here.
 *
 *   const scenario = parseScenario(text, 'file.json');      // throws ScenarioError
 *   const sim = createSimulation(scenario, { seed, commands });
 *   sim.advanceTo(3600);                                      // run one simulated hour
 *   sim.submit({ type: 'coach', adviserId: 'a03', minutes: 20 }); // applies now
 *   sim.snapshot();                                           // plain data for the UI
 *   sim.runToEnd(); sim.result();                             // KPIs, command log, hash
 *   sim.timesheet();                                          // one row per adviser per day (HR)
 */
import { Simulation, type SimulationOptions } from './simulation';
import { dayScenario, planDays } from './campaignDays';
import { SnapshotBuilder } from './snapshotBuilder';
import { timesheetOf } from './report/timesheetBuild';
import type { TimesheetRow } from './report/timesheet';
import { buildKpis, packTotals, type ResultKpis, type SimulationResult } from './kpi/result';
import type { Scenario } from './scenario/schema';
import type { CommandRecord, Snapshot } from './snapshot';

export { parseScenario, validateScenario, ScenarioError, type ScenarioProblem } from './scenario/load';
export { channelForecast, expectedContacts, arrivalsPerInterval } from './scenario/forecast';
export { SCHEMA_VERSION } from './scenario/schema';
export { LIMITS, expectedDayContacts } from './scenario/limits';
export { countAdvisers } from './scenario/team';
export { scenarioSchema, toSeconds, formatClock, channelKinds, type Scenario, type ScenarioInput, type ChannelKind } from './scenario/schema';
export { commandSchema, commandLogSchema, commandTypes, type Command, type CommandType } from './commands';
export { ENGINE_VERSION, scenarioHash, unpackTotals, type SimulationResult, type IntervalResult } from './kpi/result';
export type * from './snapshot';
export { adviserStates, adviserMachine, type AdviserStateName } from './model/adviserMachine';
export { deriveSeed, hashString } from './engine/rng';
export { runCampaign, type CampaignResult, type DayResult } from './campaign';
export { checkPlan, type PlanCheck, type PlanFinding, type StaffingRow } from './prepare/checkPlan';
export { renderTimesheetCsv, timesheetColumns, timesheetFileName, type TimesheetRow } from './report/timesheet';

export interface CreateOptions extends SimulationOptions {
  /** A command log to replay: each command is applied at its `at`. */
  readonly commands?: readonly unknown[];
}

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

export function createSimulation(scenario: Scenario, options: CreateOptions = {}): SimulationHandle {
  // A multi-day scenario played live is its first day, as an open day with that day's events
  // (runCampaign runs every day); a one-day scenario runs as written.
  const day = scenario.days === undefined ? scenario : dayScenario(scenario, { ...planDays(scenario)[0], status: 'open', teamShare: 1 });
  const sim = new Simulation(day, options);
  for (const c of options.commands ?? []) sim.submit(c);
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
    timesheet: () => timesheetOf(sim),
    packedTotals: () => packTotals(sim),
    kpis: () => buildKpis(sim),
  };
}

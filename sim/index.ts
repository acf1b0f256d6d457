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
import type { DayPlan } from './campaignDays';
import { CampaignRun, type CampaignOptions, type CampaignResult, type DayResult } from './campaign';
import { handleOf, type SimulationHandle } from './handle';
import type { Scenario } from './scenario/schema';
import type { TimesheetRow } from './report/timesheet';

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
export type { SimulationHandle } from './handle';
export { runCampaign, type CampaignResult, type DayResult, type CampaignOptions } from './campaign';
export type { DayPlan } from './campaignDays';
export { recruitmentDay, RecruitmentRun, type RecruitmentResult } from './recruitment/run';
export { recruitmentEntries, type RecruitmentEntry } from './recruitment/score';
export { recruitmentCommandTypes, hireId } from './recruitment/ids';
export type { Hire, BuddyPair, RecruitmentState, RecruitmentDay } from './recruitment/desk';
export { checkPlan, type PlanCheck, type PlanFinding, type StaffingRow } from './prepare/checkPlan';
export { renderTimesheetCsv, timesheetColumns, timesheetFileName, type TimesheetRow } from './report/timesheet';

export interface CreateOptions extends SimulationOptions {
  /** A command log to replay: each command is applied at its `at`. */
  readonly commands?: readonly unknown[];
}

export function createSimulation(scenario: Scenario, options: CreateOptions = {}): SimulationHandle {
  if (scenario.days !== undefined) {
    // A multi-day scenario played as one day is its campaign's first open day, seeded and
    // built as runCampaign builds it (its commands are those of that day).
    const { seed, commands, ...simulation } = options;
    const first = new CampaignRun(scenario, { ...(seed !== undefined ? { seed } : {}), commands, simulation }).startDay();
    if (!first) throw new Error(`${scenario.id}: no open day in the run`);
    return handleOf(scenario, first.sim, first.plan.day);
  }
  const sim = new Simulation(scenario, options);
  for (const c of options.commands ?? []) sim.submit(c);
  return handleOf(scenario, sim);
}

/** A campaign played day by day (the console's multi-day session), on the same code as runCampaign. */
export interface CampaignHandle {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly plans: readonly DayPlan[];
  /** The day being played and its handle, or null between days. */
  readonly current: { readonly plan: DayPlan; readonly sim: SimulationHandle } | null;
  /** Days played (or passed, when closed) so far. */
  readonly byDay: readonly DayResult[];
  readonly finished: boolean;
  /** Starts the next open day (its logged commands submitted); null when no day is left. */
  startDay(): { readonly plan: DayPlan; readonly sim: SimulationHandle } | null;
  /** Runs the current day to its end and records what it carries over. */
  endDay(): DayResult;
  /** The whole run's result (as runCampaign's), once every day is over. */
  result(): CampaignResult;
  /** The timesheet of the days ended so far: one row per adviser per open day. */
  timesheet(): TimesheetRow[];
}

export function createCampaign(scenario: Scenario, options: CampaignOptions = {}): CampaignHandle {
  const run = new CampaignRun(scenario, options);
  let current: CampaignHandle['current'] = null;
  return {
    scenario,
    seed: run.seed,
    plans: run.plans,
    get current() { return current; },
    get byDay() { return run.byDay; },
    get finished() { return run.finished; },
    startDay() {
      const day = run.startDay();
      current = day ? { plan: day.plan, sim: handleOf(scenario, day.sim, day.plan.day) } : null;
      return current;
    },
    endDay() {
      const done = run.endDay();
      current = null;
      return done;
    },
    result: () => run.result(),
    timesheet: () => [...run.timesheet],
  };
}

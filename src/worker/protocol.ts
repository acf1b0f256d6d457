/**
 * What the page and the simulation worker say to each other. Everything here is
 * structured-cloneable; the worker's API is exposed with comlink.
 */
import type { CampaignResult, ChannelKind, CommandRecord, DayPlan, DayResult, Scenario, SimulationResult, TimesheetRow } from '../../sim/index';
import type { SnapshotDelta } from './snapshotDelta';
import type { Speed } from './pacer';

export interface ChannelSummary {
  readonly id: string;
  readonly kind: ChannelKind;
  readonly name?: { readonly fr?: string; readonly en?: string };
  readonly thresholdSeconds: number;
  readonly target: number;
  /** Contacts forecast over the whole day (the scenario's forecast, else its arrival profile). */
  readonly forecast: number;
  /** Contacts forecast per statistics interval, from clock.start (the chart's forecast line). */
  readonly forecastByInterval: readonly number[];
  /** Queue priority set by the scenario (1 first), if any. */
  readonly priority?: number;
  /** Voice: the scenario has a callback offer (on at the start; without one the offer cannot be turned on). */
  readonly callbackOffer?: boolean;
}

/** What the briefing screen shows of a scenario. */
export interface ScenarioSummary {
  readonly id: string;
  readonly file: string;
  readonly title: { readonly fr: string; readonly en: string };
  /** An exam locks the seed and settings and hides hints. */
  readonly purpose: 'training' | 'exam' | 'validation';
  readonly briefing: { readonly fr: string; readonly en: string } | null;
  readonly clock: { readonly start: string; readonly end: string };
  readonly mode: 'realistic' | 'ideal';
  readonly seed: number;
  readonly teamSize: number;
  readonly intervalMinutes: number;
  readonly channels: readonly ChannelSummary[];
}

export interface WorkerFailure {
  /** scenario: the file is invalid; engine: the simulation threw; worker: the worker itself died. */
  readonly kind: 'scenario' | 'engine' | 'worker';
  readonly message: string;
  readonly file?: string;
  readonly problems?: readonly { readonly path: string; readonly message: string }[];
  /** Simulated seconds the session had safely reached (what "restore" goes back to). */
  readonly restorableTime?: number;
}

export type LoadOutcome = { readonly ok: true; readonly summary: ScenarioSummary } | { readonly ok: false; readonly failure: WorkerFailure };

export interface PlayState {
  readonly playing: boolean;
  readonly speed: Speed;
  /**
   * The page's last play, pause or speed request applied before this event. Events
   * sent before a request may arrive after the page made it: the page ignores their
   * play state, or a quick "−" then "+" would step from a stale speed.
   */
  readonly seq: number;
}

export type WorkerEvent =
  /** `day`: in a multi-day campaign, the day the snapshot belongs to. */
  | { readonly kind: 'snapshot'; readonly delta: SnapshotDelta; readonly play: PlayState; readonly day?: CampaignDayInfo }
  | { readonly kind: 'failure'; readonly failure: WorkerFailure }
  /** A campaign day's shift has ended (sent once per day, after its last snapshot or just before it). */
  | { readonly kind: 'dayEnd'; readonly dayEnd: DayEnd };

/** A day of a multi-day campaign, as the top bar and the end-of-day screen name it. */
export interface CampaignDayInfo {
  /** 1-based day of the run (commands' `day`). */
  readonly day: number;
  /** Days in the run, closed ones included. */
  readonly days: number;
  /** ISO date, e.g. "2026-06-02". */
  readonly date: string;
  readonly weekday: DayPlan['weekday'];
  readonly status: DayPlan['status'];
}

/** What the end-of-day screen shows: the day's debrief, what it carries over, what comes next. */
export interface DayEnd {
  /** The day's debrief (as a one-day shift's); null if the engine could not build it. */
  readonly final: FinalResult | null;
  /** The day as the campaign recorded it: KPIs, score total, carried in and out, advisers' fatigue and mood. */
  readonly day: DayResult;
  /** Closed days the run passes before the next open one (a weekend, a public holiday). */
  readonly closedAhead: readonly CampaignDayInfo[];
  /** The next open (or skeleton) day, or null after the last one. */
  readonly next: CampaignDayInfo | null;
  /** The whole run's result once no day is left (its score total is the campaign's). */
  readonly campaign: CampaignResult | null;
  /** Every day's timesheet rows once no day is left (HR and payroll), else null. */
  readonly timesheet: readonly TimesheetRow[] | null;
}

export interface LoadOptions {
  readonly seed?: number;
  /** A command log to replay (each command carries its `at`, and in a campaign its `day`). */
  readonly commands?: readonly unknown[];
  /** Advance to this simulated time before the first snapshot (restoring a session). */
  readonly advanceTo?: number;
  /** A campaign: the day to play (the days before it replayed to their end with their commands); default 1. */
  readonly day?: number;
}

/** What the debrief and the shift report are built from, once the shift has ended. */
export interface FinalResult {
  /** The parsed scenario (plain data). */
  readonly scenario: Scenario;
  readonly result: SimulationResult;
  /** Adviser id → name, for the report. */
  readonly adviserNames: Readonly<Record<string, string>>;
  /** The timesheet for HR and payroll, one row per adviser per day (read off the run, not its result). */
  readonly timesheet: readonly TimesheetRow[];
}

/** The worker's API (see simWorker.ts). Calls from the page return promises. */
export interface SimWorkerApi {
  connect(listener: (event: WorkerEvent) => unknown): void;
  inspect(text: string, file: string): LoadOutcome;
  load(text: string, file: string, options?: LoadOptions): LoadOutcome;
  /** `seq` numbers the page's play requests (see PlayState.seq). */
  play(seq?: number): void;
  pause(seq?: number): void;
  setSpeed(speed: Speed, seq?: number): void;
  /** Applies a supervisor command at the current simulated time. */
  submit(command: Record<string, unknown>): CommandRecord | null;
  /** After a failure: replays scenario + seed + command log up to the last safe time, paused. */
  restore(): LoadOutcome;
  /** After a failure or at any time: the same scenario from its start, empty command log. */
  restart(): LoadOutcome;
  /** The commands applied so far, each with its `at` (for autosave or a dead-worker restore). */
  commandLog(): readonly Record<string, unknown>[];
  /** The run's result with its scenario, once the shift has ended (null before, or without a session). */
  result(): FinalResult | null;
  /** The exam result file (JSON text, sim/exam/ format @2) with the trainee's report text, once the shift has ended. */
  resultFile(report: { readonly analysis: string; readonly proposals: string }): string | null;
  /** A campaign whose day has ended: the end-of-day state again (null otherwise). */
  dayEnd(): DayEnd | null;
  /** A campaign whose day has ended: starts the next open day (closed ones passed), paused; null when none is left. */
  nextDay(): CampaignDayInfo | null;
}

export type { CommandRecord };

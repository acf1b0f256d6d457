/**
 * One supervision session inside the worker: the running simulation, the
 * commands the supervisor gave (so the session can be rebuilt after a crash),
 * and the pacing state. No timers here: the worker calls `tick` with the wall
 * time that passed, which keeps this class testable in Node.
 */
import { createSimulation, parseScenario, ScenarioError, type SimulationHandle } from '../../sim/index';
import { commandLogOf, makeResultFile, type TraineeReport } from '../../sim/exam/index';
import type { CommandRecord } from '../../sim/snapshot';
import { CampaignPlay } from './campaignPlay';
import { paceTarget, type Speed } from './pacer';
import type { CampaignDayInfo, DayEnd, FinalResult, LoadOptions, LoadOutcome, WorkerEvent, WorkerFailure } from './protocol';
import { SnapshotEncoder } from './snapshotDelta';
import { summarise } from './summary';

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export function scenarioFailure(error: unknown, file: string): WorkerFailure {
  if (error instanceof ScenarioError) return { kind: 'scenario', file, message: error.message, problems: error.problems };
  return { kind: 'scenario', file, message: `${file}: ${describeError(error)}` };
}

/** How a session makes a one-day simulation: `createSimulation`, or a wrapper around it (a multi-day scenario is played as a campaign, see campaignPlay.ts). */
export type SimulationFactory = typeof createSimulation;

export class SimSession {
  private sim: SimulationHandle | null = null;
  /** A multi-day scenario: the campaign, whose current day `sim` is (createSimulation would play a day 1 of its own). */
  private campaign: CampaignPlay | null = null;
  /** The end-of-day state of the day just ended (built once), and whether it still has to be posted. */
  private dayEndState: DayEnd | null = null;
  private dayEndUnsent = false;
  private source: { text: string; file: string; seed?: number } | null = null;
  /** Applied commands, each stamped with the simulated time it was given at (and, in a campaign, its day). */
  private log: Record<string, unknown>[] = [];
  private encoder = new SnapshotEncoder();
  /** Simulated time reached by the last tick that completed without error. */
  private safeTime = 0;
  private broken = false;
  /** An exam's snapshots carry no score: the page has nothing to show the candidate, even in its dev tools. */
  private exam = false;
  playing = false;
  /** The page's last play request applied (PlayState.seq). */
  playSeq = 0;
  speed: Speed = 15;

  constructor(private readonly simulate: SimulationFactory = createSimulation) {}

  inspect(text: string, file: string): LoadOutcome {
    try {
      return { ok: true, summary: summarise(parseScenario(text, file), file) };
    } catch (error) {
      return { ok: false, failure: scenarioFailure(error, file) };
    }
  }

  load(text: string, file: string, options: LoadOptions = {}): LoadOutcome {
    let scenario;
    try {
      scenario = parseScenario(text, file);
    } catch (error) {
      return { ok: false, failure: scenarioFailure(error, file) };
    }
    // An exam is the same customers for every candidate: no other seed.
    if (scenario.purpose === 'exam' && options.seed !== undefined && options.seed !== scenario.seed) {
      const message = `an exam is played on its own seed (${scenario.seed}), not ${options.seed}`;
      return { ok: false, failure: { kind: 'scenario', file, message: `${file}: $.seed: ${message}`, problems: [{ path: '$.seed', message }] } };
    }
    this.source = { text, file, ...(options.seed !== undefined ? { seed: options.seed } : {}) };
    this.exam = scenario.purpose === 'exam';
    this.log = (options.commands ?? []).map((c) => ({ ...(c as Record<string, unknown>) }));
    this.playing = false;
    this.broken = false;
    this.encoder.reset();
    this.campaign = null;
    this.dayEndState = null;
    this.dayEndUnsent = false;
    try {
      const seed = options.seed !== undefined ? { seed: options.seed } : {};
      if (scenario.days !== undefined) {
        this.campaign = new CampaignPlay(scenario, { ...seed, commands: this.log, ...(options.day !== undefined ? { day: options.day } : {}) });
        this.sim = this.campaign.sim;
      } else this.sim = this.simulate(scenario, { ...seed, commands: this.log });
      if (options.advanceTo) this.sim.advanceTo(options.advanceTo);
      this.safeTime = this.sim.time;
      this.checkDayEnd();
    } catch (error) {
      this.broken = true;
      return { ok: false, failure: this.engineFailure(error) };
    }
    return { ok: true, summary: summarise(scenario, file) };
  }

  restore(): LoadOutcome {
    if (!this.source) return { ok: false, failure: { kind: 'worker', message: 'No scenario loaded.' } };
    const { text, file, seed } = this.source;
    const day = this.campaign ? { day: this.campaign.info.day } : {};
    return this.load(text, file, { ...(seed !== undefined ? { seed } : {}), commands: this.log, advanceTo: this.safeTime, ...day });
  }

  restart(): LoadOutcome {
    if (!this.source) return { ok: false, failure: { kind: 'worker', message: 'No scenario loaded.' } };
    const { text, file, seed } = this.source;
    return this.load(text, file, seed !== undefined ? { seed } : {});
  }

  get commands(): readonly Record<string, unknown>[] {
    return this.log;
  }

  get finished(): boolean {
    return this.sim?.finished ?? true;
  }

  /** The final result (KPIs, commands, books, score, baseline) once the shift has ended. */
  result(): FinalResult | null {
    const sim = this.sim;
    if (!sim || this.broken || !sim.finished) return null;
    try {
      const adviserNames = Object.fromEntries(sim.snapshot().advisers.map((a) => [a.id, a.name]));
      // A campaign day's rows carry the day of the run (the campaign's handle numbers them).
      return { scenario: sim.scenario, result: sim.result(), adviserNames, timesheet: sim.timesheet() };
    } catch (error) {
      this.lastFailure = this.engineFailure(error);
      return null;
    }
  }

  /**
   * The exam result file (sim/exam/, format @2) as JSON text, once the shift has ended:
   * the command log is rebuilt from the run's own records, refused commands included,
   * so `npm run verify` replays exactly this run.
   */
  resultFile(report: TraineeReport): string | null {
    const sim = this.sim;
    if (!sim || this.broken || !sim.finished) return null;
    if (this.campaign) {
      // A campaign's file is the whole run's, once its last day has ended (one day's would not verify the run).
      const run = this.campaign.result();
      return run && JSON.stringify(makeResultFile(sim.scenario, commandLogOf(run), run, report), null, 1) + '\n';
    }
    const result = sim.result();
    return JSON.stringify(makeResultFile(sim.scenario, commandLogOf(result), result, report), null, 1) + '\n';
  }

  /** Applies a command now; held commands are applied before the next snapshot. */
  submit(command: Record<string, unknown>): CommandRecord | null {
    const sim = this.sim;
    // A campaign day already recorded takes no more commands: the run would not replay them.
    if (!sim || this.broken || this.campaign?.ended) return null;
    const stamped = { ...command, at: sim.time };
    const record = sim.submit(stamped);
    if (record.status === 'applied') this.log.push(this.campaign ? { ...command, day: this.campaign.info.day, at: sim.time } : stamped);
    try {
      sim.advanceTo(sim.time);
      this.checkDayEnd();
    } catch (error) {
      this.broken = true;
      this.playing = false;
      this.lastFailure = this.engineFailure(error);
    }
    return record;
  }

  /** Set when a command made the engine throw; the next `emit` reports it. */
  private lastFailure: WorkerFailure | null = null;

  /** Moves simulated time on by `wallDeltaMs` at the current speed (when playing). */
  /** Returns a failure event if the engine threw; snapshots are taken separately with `emit`. */
  tick(wallDeltaMs: number): WorkerEvent | null {
    const sim = this.sim;
    if (!sim || this.broken || !this.playing) return null;
    try {
      sim.advanceTo(paceTarget(sim.time, wallDeltaMs, this.speed));
      if (sim.finished) this.playing = false;
      this.safeTime = sim.time;
      this.checkDayEnd();
    } catch (error) {
      this.broken = true;
      this.playing = false;
      return { kind: 'failure', failure: this.engineFailure(error) };
    }
    return null;
  }

  /** The current snapshot as a delta (or the pending failure). */
  emit(): WorkerEvent | null {
    if (this.lastFailure) {
      const failure = this.lastFailure;
      this.lastFailure = null;
      return { kind: 'failure', failure };
    }
    const sim = this.sim;
    if (!sim || this.broken) return null;
    try {
      const day = this.campaign ? { day: this.campaign.info } : {};
      return { kind: 'snapshot', delta: this.encoder.encode(sim.snapshot({ score: !this.exam })), play: { playing: this.playing, speed: this.speed, seq: this.playSeq }, ...day };
    } catch (error) {
      this.broken = true;
      this.playing = false;
      return { kind: 'failure', failure: this.engineFailure(error) };
    }
  }

  /** A campaign day whose shift is over is recorded at once, and its end-of-day state built for the page. */
  private checkDayEnd(): void {
    const campaign = this.campaign;
    if (!campaign || this.dayEndState || !campaign.closeDay()) return;
    const ahead = campaign.ahead();
    const day = campaign.ended!;
    const run = campaign.result();
    // An exam's days show the candidate no score, as its snapshots do not: the debrief and the totals are the assessor's.
    // After its last day the page gets the final result, as a one-day exam's, for the hand-in (result file and report text).
    this.dayEndState = this.exam
      ? { final: run ? this.result() : null, timesheet: run ? campaign.timesheet() : null, day: { ...day, score: null }, closedAhead: ahead.closed, next: ahead.next, campaign: run && { ...run, score: { total: null, byBlock: null, weights: run.score.weights, entries: [] }, byDay: run.byDay.map((d) => ({ ...d, score: null })) } }
      : { final: this.result(), day, closedAhead: ahead.closed, next: ahead.next, campaign: run, timesheet: run ? campaign.timesheet() : null };
    this.dayEndUnsent = true;
  }

  /** The end-of-day event, once per day (the worker posts it after the snapshot). */
  takeDayEnd(): WorkerEvent | null {
    if (!this.dayEndUnsent || !this.dayEndState) return null;
    this.dayEndUnsent = false;
    return { kind: 'dayEnd', dayEnd: this.dayEndState };
  }

  /** The ended day's state again (the page asks after a restore). */
  dayEnd(): DayEnd | null {
    return this.dayEndState;
  }

  /** Starts the campaign's next open day, paused, on a fresh snapshot; null when none is left. */
  nextDay(): CampaignDayInfo | null {
    const campaign = this.campaign;
    if (!campaign || this.broken) return null;
    try {
      if (!campaign.nextDay()) return null;
      this.sim = campaign.sim;
      this.safeTime = this.sim.time;
    } catch (error) {
      this.broken = true;
      this.lastFailure = this.engineFailure(error);
      return null;
    }
    this.playing = false;
    this.dayEndState = null;
    this.dayEndUnsent = false;
    // Another day's advisers and queues: the page starts from a full snapshot.
    this.encoder.reset();
    return campaign.info;
  }

  private engineFailure(error: unknown): WorkerFailure {
    return {
      kind: 'engine',
      ...(this.source ? { file: this.source.file } : {}),
      message: describeError(error),
      restorableTime: this.safeTime,
    };
  }
}

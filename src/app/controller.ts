/**
 * The page's side of the worker: starts it, turns its events into store updates
 * (timed for `window.__perf`), and carries the user's intents to it. It sits in
 * src/app/, above both src/worker/ and src/store/, so the worker never imports
 * the store and the store takes only types from the worker. If the
 * worker itself dies, a new one is started and the session replayed from its
 * saved record: the same path as a page reload (src/app/sessions.ts).
 */
import * as Comlink from 'comlink';
import type { SimStore } from '../store/simStore';
import { pushNotice, type UiStore } from '../store/uiStore';
import { PerfMeter } from './perf';
import { stepSpeed, type Speed } from '../worker/pacer';
import type { FaultHook } from '../worker/faultHook';
import type { CampaignDayInfo, CommandRecord, FinalResult, LoadOptions, LoadOutcome, SimWorkerApi, WorkerEvent, WorkerFailure } from '../worker/protocol';
import type { SessionRecord } from '../store/sessionRecord';
import { progressOf, SessionKeeper, type Progress, type RestoreCause } from './sessions';
import { createPrepStore, hasPreparation, type PrepStore } from './preparation';

export interface ConsoleController {
  inspect(text: string, file: string): Promise<LoadOutcome>;
  /** Loads a scenario and starts playing. */
  start(text: string, file: string): Promise<LoadOutcome>;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: Speed): void;
  stepSpeed(direction: 1 | -1): void;
  /** Sends a supervisor command; the outcome is also posted as a notice (refusals with the engine's reason). */
  submit(command: Record<string, unknown>): Promise<CommandRecord | null>;
  /** After a failure: the session rebuilt from its saved record, paused (as after a reload). */
  restore(): Promise<void>;
  /** Rebuilds a saved session by replay, paused, with a notice saying it was restored and at what time. */
  resume(record: SessionRecord, cause: RestoreCause): Promise<LoadOutcome>;
  /** Writes the running session now (the page is going away). */
  saveNow(): void;
  restart(): Promise<void>;
  backToPicker(): void;
  /** The shift's final result for the debrief and the report (null until the shift has ended). */
  result(): Promise<FinalResult | null>;
  /** The exam result file's JSON text with the trainee's report (null until the shift has ended). */
  resultFile(report: { readonly analysis: string; readonly proposals: string }): Promise<string | null>;
  /** A campaign whose day has ended: the next morning (closed days passed), playing. */
  nextDay(): Promise<CampaignDayInfo | null>;
  /** Ends the preparation phase and plays the day. */
  startDay(): void;
  /** The preparation phase (open while a scenario with `preparation` waits at its start). */
  readonly prep: PrepStore;
  readonly perf: PerfMeter;
  readonly sessions: SessionKeeper;
}

/** `flush` runs a store update so that React renders synchronously inside it (flushSync). */
export function createController(sim: SimStore, ui: UiStore, flush: (update: () => void) => void = (u) => u(), sessions: SessionKeeper = new SessionKeeper()): ConsoleController {
  const perf = new PerfMeter();
  const prep = createPrepStore();
  let worker: Worker;
  let api: Comlink.Remote<SimWorkerApi>;
  let current: { text: string; file: string } | null = null;
  /** Applied commands with their `at`, for replay if the worker dies. */
  let applied: Record<string, unknown>[] = [];
  /** Numbers the play, pause and speed requests: events sent before the latest one keep the page's state. */
  let playSeq = 0;

  const progress = (clock?: number): Progress => {
    const { snapshot, day, dayEnd } = sim.getState();
    return progressOf(snapshot, applied, clock, day ? { day: day.day, last: dayEnd !== null && dayEnd.next === null } : undefined);
  };

  const onFailure = (failure: WorkerFailure): void => {
    ui.setState({ playing: false });
    sim.fail(failure);
    // Keep what the session had safely reached: restore (and a reload) replay from it.
    if (failure.kind !== 'scenario') void sessions.save(progress(failure.restorableTime));
  };

  const onEvent = (event: WorkerEvent): void => {
    if (event.kind === 'failure') return onFailure(event.failure);
    if (event.kind === 'dayEnd') {
      sim.setState({ dayEnd: event.dayEnd });
      void sessions.save(progress());
      return;
    }
    const t0 = performance.now();
    let advisers = 0;
    flush(() => {
      advisers = sim.applyDelta(event.delta).advisers.length;
      const day = event.day ?? null;
      if (day?.day !== sim.getState().day?.day) sim.setState({ day });
      const { playing, speed } = ui.getState();
      const upToDate = event.play.seq >= playSeq;
      if (upToDate && (playing !== event.play.playing || speed !== event.play.speed)) ui.setState({ playing: event.play.playing, speed: event.play.speed });
    });
    perf.record(performance.now() - t0, advisers);
    sessions.observe(progress(), event.play.playing);
  };

  function spawn(): void {
    playSeq = 0; // a new worker's session counts from 0
    worker = new Worker(new URL('../worker/simWorker.ts', import.meta.url), { type: 'module' });
    const died = (message: string) => onFailure({ kind: 'worker', message, restorableTime: sim.getState().snapshot?.time ?? 0 });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      died(e.message || 'The worker could not run.');
    });
    if (import.meta.env.MODE === 'test') {
      // Test builds only: a worker that is simply gone (terminated, out of memory) sends no event.
      const w = worker;
      (window as { __killWorker?: () => void }).__killWorker = () => {
        w.terminate();
        died('The worker was terminated (test hook).');
      };
    }
    api = Comlink.wrap<SimWorkerApi>(worker);
    void api.connect(Comlink.proxy(onEvent));
  }
  spawn();

  const failed = (outcome: LoadOutcome) => {
    if (!outcome.ok) sim.fail(outcome.failure);
    return outcome;
  };

  /** Start and resume share this: a fresh console on a freshly loaded session. */
  async function launch(text: string, file: string, commands: readonly Record<string, unknown>[], options: LoadOptions = {}): Promise<LoadOutcome> {
    // Until the new session is begun or adopted, nothing is saved: the first snapshot must not overwrite the last one.
    sessions.detach();
    current = { text, file };
    applied = commands.map((c) => ({ ...c }));
    prep.setState({ open: false, text: null, commands: [] });
    perf.reset();
    sim.setState({ phase: 'loading', failure: null, day: null, dayEnd: null });
    ui.setState({ playing: false, selectedAdviserId: null, cardOpen: false, channelId: null, menu: null, notices: [], debriefOpen: false, report: { analysis: '', proposals: '' } });
    return failed(await api.load(text, file, { ...options, commands: applied }));
  }

  const controller: ConsoleController = {
    prep,
    perf,
    sessions,
    inspect: (text, file) => api.inspect(text, file),
    async start(text, file) {
      const outcome = await launch(text, file, []);
      if (outcome.ok) {
        void sessions.begin({ text, file }, outcome.summary);
        if (import.meta.env.MODE === 'test') {
          // Test builds only (src/worker/faultHook.ts): `?faultAt=<simulated seconds>` crashes the engine there.
          const at = Number(new URLSearchParams(window.location.search).get('faultAt'));
          if (at > 0) await (api as unknown as Comlink.Remote<Pick<FaultHook, 'injectFault'>>).injectFault(at);
        }
        sim.setState({ scenario: outcome.summary, view: 'console' });
        await api.setSpeed(ui.getState().speed, ++playSeq);
        // A day with a preparation phase waits at its start for the plan (src/panels/PrepPanel.tsx).
        if (hasPreparation(text)) prep.setState({ open: true, text, commands: [] });
        else await api.play(++playSeq);
      }
      return outcome;
    },
    startDay: () => controller.play(),
    play: () => {
      if (prep.getState().open) prep.setState({ open: false });
      ui.setState({ playing: true });
      void api.play(++playSeq);
    },
    pause: () => {
      ui.setState({ playing: false });
      void api.pause(++playSeq);
    },
    togglePlay: () => (ui.getState().playing ? controller.pause() : controller.play()),
    setSpeed: (speed) => {
      ui.setState({ speed });
      void api.setSpeed(speed, ++playSeq);
    },
    stepSpeed: (direction) => controller.setSpeed(stepSpeed(ui.getState().speed, direction)),
    submit: async (command) => {
      const record = await api.submit(command);
      if (!record) return null;
      if (record.status === 'applied') {
        const day = sim.getState().day;
        applied.push(day ? { ...command, day: day.day, at: record.at } : { ...command, at: record.at });
        void sessions.save(progress());
        const plan = prep.getState();
        if (plan.open && record.at === 0) prep.setState({ commands: [...plan.commands, { ...command, at: 0 }] });
      }
      pushNotice(ui, {
        tone: record.status,
        type: record.type,
        adviserId: typeof command.adviserId === 'string' ? command.adviserId : null,
        ...(record.code !== undefined ? { code: record.code } : {}),
        ...(record.params !== undefined ? { params: record.params } : {}),
        text: record.reason ?? '',
      });
      return record;
    },
    async restore() {
      const record = await sessions.settled();
      if (record) {
        await controller.resume(record, 'failure');
        return;
      }
      failed(await api.restore());
    },
    async resume(record, cause) {
      if (sim.getState().failure?.kind === 'worker') {
        worker.terminate();
        spawn();
      }
      // An ended shift is replayed to its very end: the clock stays where the day ended.
      const day = record.day !== undefined ? { day: record.day } : {};
      const outcome = await launch(record.scenario.text, record.scenario.file, record.commands, { seed: record.seed, advanceTo: record.ended ? Infinity : record.clock, ...day });
      if (outcome.ok) {
        sessions.adopt(record, outcome.summary, cause);
        sim.setState({ scenario: outcome.summary, view: 'console' });
        await api.setSpeed(ui.getState().speed, ++playSeq);
      }
      return outcome;
    },
    saveNow: () => {
      if (current && sim.getState().view === 'console') void sessions.save(progress());
    },
    async restart() {
      sessions.detach();
      applied = [];
      ui.setState({ debriefOpen: false });
      sim.setState({ day: null, dayEnd: null });
      const source = current;
      let outcome: LoadOutcome;
      if (sim.getState().failure?.kind === 'worker' && source) {
        worker.terminate();
        spawn();
        outcome = failed(await api.load(source.text, source.file));
      } else outcome = failed(await api.restart());
      // A restart is a new session: the one left behind stays in the list as it was.
      if (outcome.ok && source) void sessions.begin(source, outcome.summary);
    },
    result: () => api.result(),
    async nextDay() {
      const day = await api.nextDay();
      if (!day) return null;
      ui.setState({ debriefOpen: false, notices: [] });
      sim.setState({ day, dayEnd: null });
      void sessions.save(progress(0));
      await api.play(++playSeq);
      return day;
    },
    resultFile: (report) => api.resultFile(report),
    backToPicker: () => {
      controller.pause();
      ui.setState({ debriefOpen: false });
      sim.setState({ view: 'picker', phase: 'picking', failure: null });
    },
  };
  return controller;
}

/**
 * The page's side of the worker: starts it, turns its events into store updates
 * (timed for `window.__perf`), and carries the user's intents to it. It sits in
 * src/app/, above both src/worker/ and src/store/, so the worker never imports
 * the store and the store takes only types from the worker. If the
 * worker itself dies, a new one is started and the session replayed from the
 * commands the page kept.
 */
import * as Comlink from 'comlink';
import type { SimStore } from '../store/simStore';
import { pushNotice, type UiStore } from '../store/uiStore';
import { PerfMeter } from './perf';
import { stepSpeed, type Speed } from '../worker/pacer';
import type { FaultHook } from '../worker/faultHook';
import type { CommandRecord, FinalResult, LoadOutcome, SimWorkerApi, WorkerEvent } from '../worker/protocol';

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
  restore(): Promise<void>;
  restart(): Promise<void>;
  backToPicker(): void;
  /** The shift's final result for the debrief and the report (null until the shift has ended). */
  result(): Promise<FinalResult | null>;
  /** The exam result file's JSON text with the trainee's report (null until the shift has ended). */
  resultFile(report: { readonly analysis: string; readonly proposals: string }): Promise<string | null>;
  readonly perf: PerfMeter;
}

/** `flush` runs a store update so that React renders synchronously inside it (flushSync). */
export function createController(sim: SimStore, ui: UiStore, flush: (update: () => void) => void = (u) => u()): ConsoleController {
  const perf = new PerfMeter();
  let worker: Worker;
  let api: Comlink.Remote<SimWorkerApi>;
  let current: { text: string; file: string } | null = null;
  /** Applied commands with their `at`, for replay if the worker dies. */
  let applied: Record<string, unknown>[] = [];

  const onEvent = (event: WorkerEvent): void => {
    if (event.kind === 'failure') {
      ui.setState({ playing: false });
      sim.fail(event.failure);
      return;
    }
    const t0 = performance.now();
    let advisers = 0;
    flush(() => {
      advisers = sim.applyDelta(event.delta).advisers.length;
      const { playing, speed } = ui.getState();
      if (playing !== event.play.playing || speed !== event.play.speed) ui.setState({ playing: event.play.playing, speed: event.play.speed });
    });
    perf.record(performance.now() - t0, advisers);
  };

  function spawn(): void {
    worker = new Worker(new URL('../worker/simWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      ui.setState({ playing: false });
      sim.fail({ kind: 'worker', message: e.message || 'The worker could not run.', restorableTime: sim.getState().snapshot?.time ?? 0 });
    });
    api = Comlink.wrap<SimWorkerApi>(worker);
    void api.connect(Comlink.proxy(onEvent));
  }
  spawn();

  const failed = (outcome: LoadOutcome) => {
    if (!outcome.ok) sim.fail(outcome.failure);
    return outcome;
  };

  const controller: ConsoleController = {
    perf,
    inspect: (text, file) => api.inspect(text, file),
    async start(text, file) {
      current = { text, file };
      applied = [];
      perf.reset();
      sim.setState({ phase: 'loading', failure: null });
      ui.setState({ selectedAdviserId: null, cardOpen: false, channelId: null, menu: null, notices: [], debriefOpen: false, report: { analysis: '', proposals: '' } });
      const outcome = failed(await api.load(text, file));
      if (outcome.ok) {
        if (import.meta.env.MODE === 'test') {
          // Test builds only (src/worker/faultHook.ts): `?faultAt=<simulated seconds>` crashes the engine there.
          const at = Number(new URLSearchParams(window.location.search).get('faultAt'));
          if (at > 0) await (api as unknown as Comlink.Remote<Pick<FaultHook, 'injectFault'>>).injectFault(at);
        }
        sim.setState({ scenario: outcome.summary, view: 'console' });
        await api.setSpeed(ui.getState().speed);
        await api.play();
      }
      return outcome;
    },
    play: () => {
      ui.setState({ playing: true });
      void api.play();
    },
    pause: () => {
      ui.setState({ playing: false });
      void api.pause();
    },
    togglePlay: () => (ui.getState().playing ? controller.pause() : controller.play()),
    setSpeed: (speed) => {
      ui.setState({ speed });
      void api.setSpeed(speed);
    },
    stepSpeed: (direction) => controller.setSpeed(stepSpeed(ui.getState().speed, direction)),
    submit: async (command) => {
      const record = await api.submit(command);
      if (!record) return null;
      if (record.status === 'applied') applied.push({ ...command, at: record.at });
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
      const failure = sim.getState().failure;
      if (failure?.kind === 'worker' && current) {
        worker.terminate();
        spawn();
        failed(await api.load(current.text, current.file, { commands: applied, advanceTo: failure.restorableTime ?? 0 }));
        return;
      }
      failed(await api.restore());
    },
    async restart() {
      applied = [];
      ui.setState({ debriefOpen: false });
      if (sim.getState().failure?.kind === 'worker' && current) {
        worker.terminate();
        spawn();
        failed(await api.load(current.text, current.file));
        return;
      }
      failed(await api.restart());
    },
    result: () => api.result(),
    resultFile: (report) => api.resultFile(report),
    backToPicker: () => {
      controller.pause();
      ui.setState({ debriefOpen: false });
      sim.setState({ view: 'picker', phase: 'picking', failure: null });
    },
  };
  return controller;
}

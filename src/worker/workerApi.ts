/**
 * The simulation worker's API: owns the engine off the main thread, paces
 * simulated time to wall time × speed, and posts snapshot deltas ~15 times a
 * second. A snapshot is only posted once the page has finished with the
 * previous one, so a slow page never builds up a backlog.
 *
 * A factory, so the same API can be exposed by the real worker (simWorker.ts)
 * and, in tests, over an in-process MessageChannel.
 */
import { tickMs, isSpeed } from './pacer';
import type { SimWorkerApi, WorkerEvent } from './protocol';
import { SimSession, type SimulationFactory } from './session';

export type { SimulationFactory };

/** `simulate` makes the engine (the real one; a test build may wrap it, see faultHook.ts). */
export function createSimWorkerApi(simulate?: SimulationFactory): SimWorkerApi {
  const session = new SimSession(simulate);
  let listener: ((event: WorkerEvent) => unknown) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWall = 0;
  let pageBusy = false;
  let unsent = false;

  /** Sends a failure at once, or the current snapshot when the page is ready for one. */
  function deliver(event: WorkerEvent | null): void {
    if (!event || !listener) return;
    const isSnapshot = event.kind === 'snapshot';
    if (isSnapshot) pageBusy = true;
    unsent = false;
    Promise.resolve(listener(event))
      .catch(() => undefined)
      .finally(() => {
        if (isSnapshot) pageBusy = false;
        // The page skipped a frame while busy and no tick will follow: catch up now.
        if (unsent && !session.playing) publish();
      });
  }

  /** Encodes a delta only when it will really be sent, so the page never misses a change. */
  function publish(): void {
    if (pageBusy) {
      unsent = true;
      return;
    }
    deliver(session.emit());
    // A campaign day that has just ended: its end-of-day state follows its last snapshot.
    deliver(session.takeDayEnd());
  }

  function loop(): void {
    timer = undefined;
    const now = performance.now();
    const failure = session.tick(now - lastWall);
    lastWall = now;
    if (failure) deliver(failure);
    else publish();
    if (session.playing) timer = setTimeout(loop, Math.max(0, tickMs - (performance.now() - now)));
  }

  function schedule(): void {
    if (timer !== undefined || !session.playing) return;
    lastWall = performance.now();
    timer = setTimeout(loop, tickMs);
  }

  function stop(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  const api: SimWorkerApi = {
    connect(l) {
      listener = l;
    },
    inspect: (text, file) => session.inspect(text, file),
    load(text, file, options) {
      stop();
      const outcome = session.load(text, file, options);
      if (outcome.ok) publish();
      return outcome;
    },
    play(seq) {
      session.playSeq = seq ?? session.playSeq;
      if (session.finished) return publish();
      session.playing = true;
      publish();
      schedule();
    },
    pause(seq) {
      session.playSeq = seq ?? session.playSeq;
      session.playing = false;
      stop();
      publish();
    },
    setSpeed(speed, seq) {
      session.playSeq = seq ?? session.playSeq;
      if (!isSpeed(speed)) return publish();
      session.speed = speed;
      publish();
    },
    submit(command) {
      const record = session.submit(command);
      publish();
      return record;
    },
    restore() {
      stop();
      const outcome = session.restore();
      if (outcome.ok) publish();
      return outcome;
    },
    restart() {
      stop();
      const outcome = session.restart();
      if (outcome.ok) publish();
      return outcome;
    },
    commandLog: () => session.commands,
    result: () => session.result(),
    resultFile: (report) => session.resultFile(report),
    dayEnd: () => session.dayEnd(),
    nextDay() {
      stop();
      const day = session.nextDay();
      publish();
      return day;
    },
  };

  return api;
}

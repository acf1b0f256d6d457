/**
 * The run loop: the simulated clock, and the one place events are taken in time
 * order from the event heap and the timetable and handed to a single dispatch
 * function. It knows no contact centre: an event is (kind, a, b) integers that
 * the dispatch interprets. Commands are not events: a hook reports when the next
 * held command is due and applies it after every event of that instant, so a
 * command submitted live at time t and the same command replayed at t do the same.
 */
import type { EventQueue } from './eventQueue';
import type { Timetable } from './timetable';

/** Handles one event: kind and two integer payloads whose meaning the kind states. */
export type Dispatch = (kind: number, a: number, b: number) => void;

/**
 * Held commands, seen from the loop: when the next is due, and applying it. The loop
 * applies one, runs the events of that instant it scheduled, then asks for the next.
 */
export interface DueCommands {
  nextTime(): number;
  applyNext(now: number): void;
}

/** The simulated clock: the loop writes it, everyone else reads it. */
export interface MutableClock {
  now: number;
}

export class RunLoop {
  /** Events processed so far. */
  events = 0;
  /** Time of the last event processed: where the day really ended, however it was sliced. */
  lastEventTime = 0;

  constructor(
    readonly queue: EventQueue,
    readonly timetable: Timetable,
    private readonly dispatch: Dispatch,
    private readonly commands: DueCommands,
    /** Shared with the modules that read the time; the loop alone writes it. */
    readonly clock: MutableClock = { now: 0 },
  ) {}

  /** Current simulated time (seconds since the scenario start). */
  get now(): number {
    return this.clock.now;
  }

  /** Time of the next pending event (dynamic or timetabled), Infinity when none. */
  nextEventTime(): number {
    return Math.min(this.queue.peekTime(), this.timetable.peekTime());
  }

  /** True when no event is pending in the heap or the timetable. */
  get idle(): boolean {
    return this.queue.size === 0 && this.timetable.remaining === 0;
  }

  /**
   * Ends the run now: every event still pending (in the heap, then the timetable) is
   * removed and handed to `visit`, so the caller can book what was left. Safe to call
   * from inside a dispatch.
   */
  halt(visit: (time: number, kind: number, a: number, b: number) => void): void {
    const queue = this.queue;
    while (queue.pop()) visit(queue.time, queue.kind, queue.a, queue.b);
    this.timetable.skipRest(visit);
  }

  /** Runs every event (and held command) up to and including time `target`. */
  advanceTo(target: number): void {
    const queue = this.queue;
    const timetable = this.timetable;
    const dispatch = this.dispatch;
    const clock = this.clock;
    for (;;) {
      const nextCommand = this.commands.nextTime();
      const limit = nextCommand < target ? nextCommand : target;
      // The timetable's next time changes only when an entry is taken: read it then.
      let staticTime = timetable.peekTime();
      for (;;) {
        const dynamicTime = queue.peekTime();
        if (dynamicTime < staticTime) {
          if (dynamicTime > limit) break;
          queue.popPeeked();
          clock.now = dynamicTime;
          this.lastEventTime = dynamicTime;
          this.events++;
          dispatch(queue.kind, queue.a, queue.b);
        } else {
          // Ties go to the timetable, whose events were known first. (`remaining` guards a
          // timetable emptied by halt() during the last dispatch, after staticTime was read.)
          if (staticTime > limit || staticTime === Infinity || timetable.remaining === 0) break;
          const i = timetable.take();
          clock.now = staticTime;
          this.lastEventTime = staticTime;
          this.events++;
          dispatch(timetable.kindAt(i), timetable.aAt(i), timetable.bAt(i));
          staticTime = timetable.peekTime();
        }
      }
      if (nextCommand <= target && nextCommand < Infinity) {
        clock.now = Math.max(clock.now, nextCommand);
        this.commands.applyNext(clock.now);
        continue;
      }
      break;
    }
    if (target > clock.now && target < Infinity) clock.now = target;
  }
}

/**
 * How a day's run ends (sim/simulation.ts asks): after closing, the day is over once
 * nobody is on the floor or due (a later shift, a new hire, a called-in adviser) and no
 * overflow group is still serving. What is left is carried over: contacts still waiting
 * at the close of the books, and customers due to try again later (`pendingReturns`).
 */
import type { RunLoop } from '../engine/runLoop';
import type { AdviserStore } from './advisers';
import type { ShiftBooks } from './books';
import type { ChannelRuntime } from './channelRuntime';
import { dayIsOver } from './dayPlan';
import { Ev } from './eventKinds';
import type { DayFrame, Scheduler } from './frame';
import type { OverflowGroup } from './overflow';

export interface DayCloseParts {
  readonly loop: RunLoop;
  readonly queue: Scheduler;
  readonly frame: DayFrame;
  readonly channels: readonly ChannelRuntime[];
  readonly advisers: AdviserStore;
  readonly books: ShiftBooks;
  readonly overflowGroups: readonly OverflowGroup[];
  readonly presence: { readonly callInsPending: number };
  readonly waiting: { carryOver(): void };
  /** Latest planned arrival on the floor (a shift start, a new hire joining). */
  readonly lastStaffArrival: number;
}

export class DayClose {
  private closed = false;

  constructor(private readonly parts: DayCloseParts) {}

  /** After closing, the day may be over: check once the current event is done. */
  check(): void {
    const { loop, frame, queue } = this.parts;
    if (loop.now >= frame.closeTime) queue.schedule(loop.now, Ev.dayOverCheck);
  }

  /** Ends the run if the day's work is over, counting the returns still due. */
  endIfOver(): void {
    const { loop, lastStaffArrival, presence, advisers, overflowGroups, books, channels } = this.parts;
    if (!dayIsOver(loop.now, lastStaffArrival, presence.callInsPending, advisers, overflowGroups)) return;
    const returns = books.pendingReturns;
    loop.halt((_time, kind, channel) => {
      if (kind === Ev.contactReturn) returns[channels[channel].id] = (returns[channels[channel].id] ?? 0) + 1;
    });
  }

  /** Once, when the run has finished: what still waits is carried over and the advisers' time accrued. */
  closeBooks(): void {
    if (this.closed) return;
    this.closed = true;
    this.parts.waiting.carryOver();
    this.parts.advisers.accrueUntil(this.parts.loop.lastEventTime);
  }
}

/**
 * The run loop with a real heap and timetable, a dispatch that logs what it is
 * given, and a fake command book: each test reads the event log.
 */
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../../sim/engine/eventQueue';
import { RunLoop, type DueCommands, type MutableClock } from '../../../sim/engine/runLoop';
import { Timetable } from '../../../sim/engine/timetable';

type Entry = { time: number; kind: number; a: number; b: number };

/** Held commands at fixed times; applying one logs it (and may run a side effect). */
class FakeCommands implements DueCommands {
  readonly applied: number[] = [];
  constructor(private readonly times: number[], private readonly onApply: (now: number) => void = () => {}) {
    this.times.sort((x, y) => x - y);
  }
  nextTime(): number {
    return this.times.length > 0 ? this.times[0] : Infinity;
  }
  applyNext(now: number): void {
    if (this.times.length > 0 && this.times[0] <= now) {
      this.times.shift();
      this.applied.push(now);
      this.onApply(now);
    }
  }
}

function setUp(statics: Entry[] = [], commands: DueCommands = new FakeCommands([]), clock: MutableClock = { now: 0 }) {
  const queue = new EventQueue(16);
  const log: string[] = [];
  let react: (kind: number, a: number, b: number) => void = () => {};
  const loop = new RunLoop(
    queue,
    new Timetable(statics),
    (kind, a, b) => {
      log.push(`${clock.now}:${kind}:${a}`);
      react(kind, a, b);
    },
    commands,
    clock,
  );
  return { queue, loop, log, clock, onEvent: (f: typeof react) => { react = f; } };
}
const TIMETABLED = 1;
const DYNAMIC = 2;
const at = (time: number, a: number, kind = TIMETABLED): Entry => ({ time, kind, a, b: 0 });

describe('RunLoop', () => {
  it('runs events from the heap and the timetable together, in time order', () => {
    const { queue, loop, log } = setUp([at(5, 0), at(1, 1), at(3, 2)]);
    queue.schedule(4, DYNAMIC, 10);
    queue.schedule(2, DYNAMIC, 11);
    queue.schedule(6, DYNAMIC, 12);
    loop.advanceTo(Infinity);
    expect(log).toEqual(['1:1:1', '2:2:11', '3:1:2', '4:2:10', '5:1:0', '6:2:12']);
  });

  it('at equal times, runs the timetable’s events before the heap’s', () => {
    const { queue, loop, log } = setUp([at(5, 0), at(5, 1)]);
    queue.schedule(5, DYNAMIC, 10); // scheduled before the loop starts: still after the timetable
    loop.advanceTo(Infinity);
    expect(log).toEqual(['5:1:0', '5:1:1', '5:2:10']);
  });

  it('runs timetable entries at equal times in the order they were listed', () => {
    const { loop, log } = setUp([at(5, 2), at(1, 9), at(5, 0), at(5, 1)]);
    loop.advanceTo(Infinity);
    expect(log).toEqual(['1:1:9', '5:1:2', '5:1:0', '5:1:1']);
  });

  it('runs heap events at equal times in the order they were scheduled', () => {
    const { queue, loop, log } = setUp();
    for (const a of [3, 1, 4, 1, 5]) queue.schedule(7, DYNAMIC, a);
    loop.advanceTo(Infinity);
    expect(log).toEqual(['7:2:3', '7:2:1', '7:2:4', '7:2:1', '7:2:5']);
  });

  it('runs an event scheduled by a handler for the same instant after those already due then', () => {
    const { queue, loop, log, onEvent } = setUp([at(5, 0)]);
    queue.schedule(5, DYNAMIC, 1);
    queue.schedule(8, DYNAMIC, 2);
    onEvent((kind, a) => {
      if (kind === TIMETABLED) queue.schedule(5, DYNAMIC, 99);
      if (a === 99) queue.schedule(6, DYNAMIC, 100);
    });
    loop.advanceTo(Infinity);
    expect(log).toEqual(['5:1:0', '5:2:1', '5:2:99', '6:2:100', '8:2:2']);
  });

  it('does not dispatch a cancelled event, nor count it', () => {
    const { queue, loop, log } = setUp();
    queue.schedule(1, DYNAMIC, 1);
    queue.cancel(queue.schedule(2, DYNAMIC, 2));
    loop.advanceTo(Infinity);
    expect(log).toEqual(['1:2:1']);
    expect(loop.events).toBe(1);
  });

  describe('advanceTo(t)', () => {
    it('runs the events at exactly t and stops before later ones', () => {
      const { queue, loop, log } = setUp([at(10, 0), at(10.5, 1)]);
      queue.schedule(10, DYNAMIC, 5);
      queue.schedule(11, DYNAMIC, 6);
      loop.advanceTo(10);
      expect(log).toEqual(['10:1:0', '10:2:5']);
      expect(loop.now).toBe(10);
      expect(loop.nextEventTime()).toBe(10.5);
      loop.advanceTo(20);
      expect(log).toEqual(['10:1:0', '10:2:5', '10.5:1:1', '11:2:6']);
    });

    it('moves the clock to t when the events stop before it', () => {
      const { queue, loop } = setUp();
      queue.schedule(3, DYNAMIC, 1);
      loop.advanceTo(100);
      expect(loop.now).toBe(100);
      expect(loop.lastEventTime).toBe(3);
    });

    it('leaves the clock at the last event when running to the end (t = Infinity)', () => {
      const { queue, loop } = setUp([at(4, 0)]);
      queue.schedule(9, DYNAMIC, 1);
      loop.advanceTo(Infinity);
      expect(loop.now).toBe(9);
      expect(loop.idle).toBe(true);
      expect(loop.nextEventTime()).toBe(Infinity);
    });

    it('never moves the clock back for a t in the past', () => {
      const { queue, loop, log } = setUp();
      queue.schedule(50, DYNAMIC, 1);
      loop.advanceTo(30);
      loop.advanceTo(10);
      expect(loop.now).toBe(30);
      expect(log).toEqual([]);
    });

    it('gives the same log however the day is sliced', () => {
      const build = () => {
        const s = setUp([at(2, 0), at(7, 1), at(7, 2)]);
        s.onEvent((kind, a) => {
          if (kind === TIMETABLED) s.queue.schedule(s.clock.now + a + 1, DYNAMIC, a);
        });
        return s;
      };
      const whole = build();
      whole.loop.advanceTo(Infinity);
      const sliced = build();
      for (const t of [0, 1, 2, 2.5, 3, 6.9, 7, 8, 9, 10, 100]) sliced.loop.advanceTo(t);
      sliced.loop.advanceTo(Infinity);
      expect(sliced.log).toEqual(whole.log);
      expect(sliced.loop.events).toBe(whole.loop.events);
    });
  });

  describe('held commands', () => {
    it('apply after every event of their instant, and before the next instant’s', () => {
      const order: string[] = [];
      const commands = new FakeCommands([5], (now) => order.push(`command@${now}`));
      const { queue, loop, onEvent } = setUp([at(5, 0)], commands);
      onEvent((_k, a) => order.push(`event${a}`));
      queue.schedule(5, DYNAMIC, 1);
      queue.schedule(5, DYNAMIC, 2);
      queue.schedule(7, DYNAMIC, 3);
      loop.advanceTo(Infinity);
      expect(order).toEqual(['event0', 'event1', 'event2', 'command@5', 'event3']);
    });

    it('apply at their own time when no event falls then, with the clock at that time', () => {
      const commands = new FakeCommands([6]);
      const { queue, loop, log } = setUp([], commands);
      queue.schedule(5, DYNAMIC, 1);
      queue.schedule(7, DYNAMIC, 2);
      loop.advanceTo(6.5);
      expect(commands.applied).toEqual([6]);
      expect(log).toEqual(['5:2:1']);
      expect(loop.now).toBe(6.5);
    });

    it('apply when due exactly at t, and wait when due after t', () => {
      const commands = new FakeCommands([10, 10.1]);
      const { loop } = setUp([], commands);
      loop.advanceTo(10);
      expect(commands.applied).toEqual([10]);
      loop.advanceTo(11);
      expect(commands.applied).toEqual([10, 10.1]);
    });

    it('run the events a command schedules for its own instant right after it', () => {
      const s = setUp([], new FakeCommands([5], (now) => s.queue.schedule(now, DYNAMIC, 42)));
      s.queue.schedule(5, DYNAMIC, 1);
      s.queue.schedule(6, DYNAMIC, 2);
      s.loop.advanceTo(5);
      expect(s.log).toEqual(['5:2:1', '5:2:42']);
    });

    it('of one instant apply one at a time, each followed by the events it scheduled for that instant', () => {
      const order: string[] = [];
      const s = setUp([], new FakeCommands([5, 5], (now) => {
        order.push(`command@${now}`);
        s.queue.schedule(now, DYNAMIC, order.length);
      }));
      s.onEvent((_kind, a) => order.push(`event${a}`));
      s.loop.advanceTo(5);
      expect(order).toEqual(['command@5', 'event1', 'command@5', 'event3']);
    });

    it('are not events: they do not move the events counter or lastEventTime', () => {
      const commands = new FakeCommands([3, 8]);
      const { queue, loop } = setUp([], commands);
      queue.schedule(1, DYNAMIC, 1);
      loop.advanceTo(Infinity);
      expect(commands.applied).toEqual([3, 8]);
      expect(loop.events).toBe(1);
      expect(loop.lastEventTime).toBe(1);
    });
  });

  it('shares its clock: the object given is the one the loop writes and handlers read', () => {
    const clock: MutableClock = { now: 0 };
    const seen: number[] = [];
    const queue = new EventQueue(16);
    const loop = new RunLoop(queue, new Timetable([at(2, 0)]), () => seen.push(clock.now), new FakeCommands([]), clock);
    queue.schedule(4.5, DYNAMIC, 0);
    expect(loop.clock).toBe(clock);
    loop.advanceTo(3);
    expect(seen).toEqual([2]);
    expect(clock.now).toBe(3);
    expect(loop.now).toBe(3);
    loop.advanceTo(Infinity);
    expect(seen).toEqual([2, 4.5]);
    expect(clock.now).toBe(4.5);
  });

  it('counts the events it dispatched and keeps the time of the last one', () => {
    const { queue, loop } = setUp([at(1, 0), at(2, 0)]);
    queue.schedule(2, DYNAMIC, 0);
    queue.schedule(12.5, DYNAMIC, 0);
    expect(loop.events).toBe(0);
    loop.advanceTo(2);
    expect([loop.events, loop.lastEventTime]).toEqual([3, 2]);
    loop.advanceTo(50);
    expect([loop.events, loop.lastEventTime, loop.now]).toEqual([4, 12.5, 50]);
  });

  it('is idle only when neither the heap nor the timetable holds an event', () => {
    const { queue, loop } = setUp([at(1, 0)]);
    queue.schedule(2, DYNAMIC, 0);
    expect(loop.idle).toBe(false);
    loop.advanceTo(1);
    expect(loop.idle).toBe(false);
    loop.advanceTo(2);
    expect(loop.idle).toBe(true);
  });
});

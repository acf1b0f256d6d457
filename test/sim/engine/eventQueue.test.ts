import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue } from '../../../sim/engine/eventQueue';

function drain(q: EventQueue): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  while (q.pop()) out.push([q.time, q.kind, q.a]);
  return out;
}

describe('EventQueue', () => {
  it('pops events in time order', () => {
    const q = new EventQueue();
    q.schedule(5, 1, 50);
    q.schedule(1, 2, 10);
    q.schedule(3, 3, 30);
    expect(drain(q)).toEqual([[1, 2, 10], [3, 3, 30], [5, 1, 50]]);
  });

  it('runs same-time events in the order they were scheduled', () => {
    const q = new EventQueue();
    for (let i = 0; i < 20; i++) q.schedule(7, 1, i);
    q.schedule(2, 1, 99);
    expect(drain(q).map((e) => e[2])).toEqual([99, ...Array.from({ length: 20 }, (_, i) => i)]);
  });

  it('skips a cancelled event without disturbing the others', () => {
    const q = new EventQueue();
    q.schedule(1, 1, 1);
    const h = q.schedule(2, 1, 2);
    q.schedule(3, 1, 3);
    expect(q.cancel(h)).toBe(true);
    expect(q.size).toBe(2);
    expect(drain(q).map((e) => e[2])).toEqual([1, 3]);
  });

  it('refuses to cancel twice, or an event that already ran', () => {
    const q = new EventQueue();
    const h = q.schedule(1, 1, 1);
    expect(q.cancel(h)).toBe(true);
    expect(q.cancel(h)).toBe(false);
    const h2 = q.schedule(2, 1, 2);
    q.pop();
    expect(q.cancel(h2)).toBe(false);
  });

  it('does not let a stale handle cancel the event that reused its slot', () => {
    const q = new EventQueue();
    const old = q.schedule(1, 1, 1);
    q.pop(); // frees the slot
    q.schedule(2, 1, 2); // reuses it
    expect(q.cancel(old)).toBe(false);
    expect(drain(q).map((e) => e[2])).toEqual([2]);
  });

  it('grows past its initial capacity', () => {
    const q = new EventQueue(16);
    for (let i = 0; i < 10_000; i++) q.schedule(10_000 - i, 1, i);
    const out = drain(q);
    expect(out).toHaveLength(10_000);
    expect(out[0][0]).toBe(1);
    expect(out[9_999][0]).toBe(10_000);
  });

  it('reports the time of the next live event', () => {
    const q = new EventQueue();
    expect(q.peekTime()).toBe(Infinity);
    const h = q.schedule(1, 1);
    q.schedule(4, 1);
    q.cancel(h);
    expect(q.peekTime()).toBe(4);
  });

  it('rejects a negative or NaN time', () => {
    const q = new EventQueue();
    expect(() => q.schedule(-1, 1)).toThrow(RangeError);
    expect(() => q.schedule(NaN, 1)).toThrow(RangeError);
  });

  it('agrees with a sorted list under random schedules, cancels and pops', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('schedule' as const), time: fc.integer({ min: 0, max: 50 }) }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('pop' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = new EventQueue(16);
        const model: Array<{ time: number; seq: number; handle: number }> = [];
        let seq = 0;
        for (const o of ops) {
          if (o.kind === 'schedule') {
            const handle = q.schedule(o.time, 1, seq);
            model.push({ time: o.time, seq: seq++, handle });
          } else if (o.kind === 'cancel') {
            if (model.length === 0) continue;
            const victim = model.splice(o.pick % model.length, 1)[0];
            expect(q.cancel(victim.handle)).toBe(true);
          } else {
            model.sort((x, y) => x.time - y.time || x.seq - y.seq);
            const expected = model.shift();
            expect(q.pop()).toBe(expected !== undefined);
            if (expected) expect([q.time, q.a]).toEqual([expected.time, expected.seq]);
          }
          expect(q.size).toBe(model.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

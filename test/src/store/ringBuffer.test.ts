import { describe, expect, it } from 'vitest';
import { RingBuffer } from '../../../src/store/ringBuffer';

describe('RingBuffer', () => {
  it('keeps the newest items, oldest first, and never grows past its capacity', () => {
    const r = new RingBuffer<number>(3);
    for (let i = 1; i <= 5; i++) r.push(i);
    expect(r.toArray()).toEqual([3, 4, 5]);
    expect(r.size).toBe(3);
    expect(r.last()).toBe(5);
  });

  it('empties on clear', () => {
    const r = new RingBuffer<string>(2);
    r.push('a');
    r.clear();
    expect(r.toArray()).toEqual([]);
    expect(r.last()).toBeUndefined();
  });

  it('refuses a capacity below one', () => {
    expect(() => new RingBuffer(0)).toThrow();
  });
});

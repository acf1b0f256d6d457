import { describe, expect, it } from 'vitest';
import type { AdviserSnapshot } from '../../../sim/snapshot';
import { raisedHandOf, raisedHands } from '../../../src/store/hands';

const adviser = (id: string, raisedHand: unknown): AdviserSnapshot => ({ id, name: id, state: 'talking', raisedHand }) as unknown as AdviserSnapshot;
const hand = (deadline: number, vip = false) => ({ since: deadline - 90, deadline, contactId: 1, vip });

describe('raised hands', () => {
  it('list the hands up, the most urgent first, a VIP first on a tie', () => {
    const advisers = [adviser('a', hand(200)), adviser('b', null), adviser('c', hand(150)), adviser('d', hand(200, true))];
    expect(raisedHands({ advisers, time: 100 }).map((h) => h.adviser.id)).toEqual(['c', 'd', 'a']);
  });

  it('count down in simulated seconds, never below zero', () => {
    const advisers = [adviser('a', hand(200))];
    expect(raisedHands({ advisers, time: 110 })[0].remaining).toBe(90);
    expect(raisedHands({ advisers, time: 260 })[0].remaining).toBe(0);
  });

  it('ignore the older shapes of the field (absent or a boolean)', () => {
    expect(raisedHandOf(adviser('a', undefined))).toBeNull();
    expect(raisedHandOf(adviser('a', true))).toBeNull();
    expect(raisedHandOf(adviser('a', hand(10)))?.deadline).toBe(10);
  });
});

import { describe, expect, it } from 'vitest';
import type { AdviserSnapshot } from '../../../sim/snapshot';
import { ringKey, ringState, ringSteps } from '../../../src/floor/markerModel';
import { stateStyles } from '../../../src/theme/stateStyle';
import { adviserStates } from '../../../sim/index';

/** Only the fields the marker reads; the engine's record has more (cast on purpose). */
const adviser = (state: AdviserSnapshot['state'], stateSince: number): AdviserSnapshot =>
  ({ id: 'a01', name: 'A', initials: 'A', state, stateSince, skills: { voice: 1 }, channelId: null, contactId: null, handled: 0, handlingSeconds: 0, pending: null }) as unknown as AdviserSnapshot;

describe('marker model', () => {
  it('has a style with a colour and an icon for every engine state', () => {
    for (const s of adviserStates) {
      expect(stateStyles[s], s).toBeDefined();
      expect(stateStyles[s].icon, s).toBeTruthy();
    }
  });

  it('fills the ring with time in state, in coarse steps', () => {
    expect(ringState(adviser('talking', 0), 0).step).toBe(0);
    expect(ringState(adviser('talking', 0), 300).step).toBe(ringSteps / 2);
    expect(ringState(adviser('talking', 0), 10_000).step).toBe(ringSteps);
    expect(ringKey(ringState(adviser('talking', 0), 301))).toBe(ringKey(ringState(adviser('talking', 0), 305)));
  });

  it('marks a hold or wrap-up past its limit as overdue', () => {
    expect(ringState(adviser('hold', 0), 100).overdue).toBe(false);
    expect(ringState(adviser('hold', 0), 200).overdue).toBe(true);
    expect(ringState(adviser('talking', 0), 2000).overdue).toBe(false);
  });
});

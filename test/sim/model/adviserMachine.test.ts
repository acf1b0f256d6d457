/**
 * The engine executes a transition table derived from adviserMachine's config
 * instead of live XState actors (a live send() dominates a simulated day's cost).
 * This differential test proves the two agree: over many random event
 * sequences, a live actor and the table reach the same state after every event,
 * including ignoring events that are illegal in the current state.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  adviserEventTypes, adviserMachine, adviserStates, eventIndex, nextAdviserState, S, stateIndex,
} from '../../../sim/model/adviserMachine';

describe('adviser machine', () => {
  it('has the states the engine and the UI rely on', () => {
    expect([...adviserStates].sort()).toEqual(
      ['absent', 'available', 'break', 'coaching', 'hold', 'offline', 'offlineTask', 'reserved', 'talking', 'training', 'wrapUp'].sort(),
    );
  });

  it('starts offline', () => {
    const actor = createActor(adviserMachine).start();
    expect(actor.getSnapshot().value).toBe('offline');
    actor.stop();
  });

  it('walks a whole contact: offer, accept, hold, resume, end, wrap-up', () => {
    let s = S.offline;
    for (const e of ['LOG_IN', 'OFFER', 'ACCEPT', 'HOLD', 'RESUME', 'END_CONTACT', 'END_WRAP_UP'] as const) s = nextAdviserState(s, eventIndex[e]);
    expect(adviserStates[s]).toBe('available');
  });

  it('marks illegal events with -1 (no break in the middle of a call)', () => {
    expect(nextAdviserState(S.talking, eventIndex.START_BREAK)).toBe(-1);
    expect(nextAdviserState(S.offline, eventIndex.OFFER)).toBe(-1);
  });

  it('agrees with a live XState actor over random event sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...adviserEventTypes), { minLength: 1, maxLength: 200 }), (events) => {
        const actor = createActor(adviserMachine).start();
        let code = stateIndex.offline;
        for (const type of events) {
          actor.send({ type });
          const next = nextAdviserState(code, eventIndex[type]);
          if (next >= 0) code = next;
          expect(adviserStates[code]).toBe(actor.getSnapshot().value);
        }
        actor.stop();
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the live actor on every (state, event) pair', () => {
    for (const state of adviserStates) {
      for (const type of adviserEventTypes) {
        const actor = createActor(adviserMachine, { snapshot: adviserMachine.resolveState({ value: state, context: {} }) }).start();
        actor.send({ type });
        const table = nextAdviserState(stateIndex[state], eventIndex[type]);
        expect(table >= 0 ? adviserStates[table] : state, `${state} + ${type}`).toBe(actor.getSnapshot().value);
        actor.stop();
      }
    }
  });
});

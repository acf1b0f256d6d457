/**
 * The adviser's states and legal transitions: the single source of truth.
 *
 * The engine does not run this machine as a live actor (a live `send()` costs
 * 6–9 µs, ~96 % of a simulated day); it executes `adviserTransitions`, a table
 * derived from this machine's own config below. test/sim/model/adviserMachine.test.ts
 * proves, by a differential test against a live actor, that the two agree.
 *
 * Timers are not here: durations (talk, wrap-up, breaks) are events on the
 * simulation's queue, so the machine holds no `after` transitions.
 */
import { setup, type SnapshotFrom } from 'xstate';

export const adviserEventTypes = [
  'LOG_IN',
  'LOG_OUT',
  'MARK_ABSENT',
  'OFFER',
  'ACCEPT',
  'DECLINE',
  'HOLD',
  'RESUME',
  'END_CONTACT',
  'END_WRAP_UP',
  'START_BREAK',
  'END_BREAK',
  'START_COACHING',
  'END_COACHING',
  'START_TRAINING',
  'END_TRAINING',
  'START_OFFLINE_TASK',
  'END_OFFLINE_TASK',
] as const;
export type AdviserEventType = (typeof adviserEventTypes)[number];
export type AdviserEvent = { type: AdviserEventType };

/** Off-contact activities an adviser can be sent to from `available`, and back. */
const awayFromAvailable = {
  START_BREAK: 'break',
  START_COACHING: 'coaching',
  START_TRAINING: 'training',
  START_OFFLINE_TASK: 'offlineTask',
  LOG_OUT: 'offline',
} as const;

export const adviserMachine = setup({
  types: { events: {} as AdviserEvent },
}).createMachine({
  id: 'adviser',
  initial: 'offline',
  states: {
    offline: { on: { LOG_IN: 'available', MARK_ABSENT: 'absent' } },
    /** Did not turn up (sick, late): may still log in later. */
    absent: { on: { LOG_IN: 'available' } },
    available: { on: { OFFER: 'reserved', ...awayFromAvailable } },
    /** A contact is being offered (ringing / alerting). */
    reserved: { on: { ACCEPT: 'talking', DECLINE: 'available' } },
    talking: { on: { HOLD: 'hold', END_CONTACT: 'wrapUp' } },
    hold: { on: { RESUME: 'talking' } },
    /** After-call work; still part of handling time. */
    wrapUp: { on: { END_WRAP_UP: 'available' } },
    break: { on: { END_BREAK: 'available', LOG_OUT: 'offline' } },
    coaching: { on: { END_COACHING: 'available', LOG_OUT: 'offline' } },
    training: { on: { END_TRAINING: 'available', LOG_OUT: 'offline' } },
    offlineTask: { on: { END_OFFLINE_TASK: 'available', LOG_OUT: 'offline' } },
  },
});

/** The machine's state values (a flat machine: each value is a state name). */
export type AdviserStateName = SnapshotFrom<typeof adviserMachine>['value'];

/** State names in a fixed order; a state's index is its numeric code in the engine. */
export const adviserStates = Object.keys(adviserMachine.config.states!) as AdviserStateName[];
export const stateIndex = Object.fromEntries(adviserStates.map((s, i) => [s, i])) as Record<AdviserStateName, number>;
export const eventIndex = Object.fromEntries(adviserEventTypes.map((e, i) => [e, i])) as Record<AdviserEventType, number>;

/** Numeric state codes, for the engine's hot path. */
export const S = stateIndex;
/** Numeric event codes, for the engine's hot path. */
export const E = eventIndex;

/**
 * Transition table derived from the machine config:
 * `table[state * eventCount + event]` is the target state code, or -1 when the
 * event is not legal in that state (the live machine ignores it).
 */
export function deriveTransitionTable(): Int8Array {
  const eventCount = adviserEventTypes.length;
  const table = new Int8Array(adviserStates.length * eventCount).fill(-1);
  const states = adviserMachine.config.states!;
  adviserStates.forEach((name, s) => {
    const on = (states[name] as { on?: Record<string, unknown> }).on ?? {};
    for (const [eventType, transition] of Object.entries(on)) {
      const target = typeof transition === 'string' ? transition : (transition as { target?: string }).target;
      if (target === undefined) throw new Error(`adviser machine: ${name}.${eventType} has no plain target`);
      table[s * eventCount + eventIndex[eventType as AdviserEventType]] = stateIndex[target as AdviserStateName];
    }
  });
  return table;
}

export const adviserTransitions = deriveTransitionTable();
export const adviserEventCount = adviserEventTypes.length;

/** Next state code, or -1 when `event` is illegal in `state`. */
export function nextAdviserState(state: number, event: number): number {
  return adviserTransitions[state * adviserEventCount + event];
}

/** States in which an adviser is handling a contact (counts as handling time). */
export const handlingStates: ReadonlySet<AdviserStateName> = new Set(['reserved', 'talking', 'hold', 'wrapUp']);
/** States in which an adviser is logged in (occupancy's denominator counts handling + available). */
export const loggedInStates: ReadonlySet<AdviserStateName> = new Set([
  'available', 'reserved', 'talking', 'hold', 'wrapUp', 'break', 'coaching', 'training', 'offlineTask',
]);

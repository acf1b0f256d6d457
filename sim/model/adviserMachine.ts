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
    offline: { tags: ['off'], on: { LOG_IN: 'available', MARK_ABSENT: 'absent' } },
    /** Did not turn up (sick, late): may still log in later. */
    absent: { tags: ['off'], on: { LOG_IN: 'available' } },
    available: { tags: ['loggedIn', 'idle'], on: { OFFER: 'reserved', ...awayFromAvailable } },
    /** A contact is being offered (ringing / alerting). */
    reserved: { tags: ['loggedIn', 'handling'], on: { ACCEPT: 'talking', DECLINE: 'available' } },
    talking: { tags: ['loggedIn', 'handling', 'onContact'], on: { HOLD: 'hold', END_CONTACT: 'wrapUp' } },
    hold: { tags: ['loggedIn', 'handling', 'onContact'], on: { RESUME: 'talking' } },
    /** After-call work; still part of handling time. */
    wrapUp: { tags: ['loggedIn', 'handling'], on: { END_WRAP_UP: 'available' } },
    /** Away from the queue: a pause (rest), or an activity that keeps the adviser busy but not on contacts. */
    break: { tags: ['loggedIn', 'away', 'pause'], on: { END_BREAK: 'available', LOG_OUT: 'offline' } },
    coaching: { tags: ['loggedIn', 'away'], on: { END_COACHING: 'available', LOG_OUT: 'offline' } },
    training: { tags: ['loggedIn', 'away'], on: { END_TRAINING: 'available', LOG_OUT: 'offline' } },
    offlineTask: { tags: ['loggedIn', 'away'], on: { END_OFFLINE_TASK: 'available', LOG_OUT: 'offline' } },
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

/**
 * State groups, derived from the machine's tags (defined once, above):
 *  - `handling`: on a contact or its wrap-up (occupancy's handling time);
 *  - `onContact`: talking or on hold (a supervisor can listen in, whisper, barge);
 *  - `loggedIn`: on the floor (everything but offline and absent);
 *  - `away`: off the queue for a break or an activity (break, coaching, training, offline task);
 *  - `pause`: resting (a break: resets the labour rules' counters);
 *  - `idle`: available, waiting for a contact;
 *  - `off`: not at work (offline, absent).
 */
export type AdviserStateGroup = 'handling' | 'onContact' | 'loggedIn' | 'away' | 'pause' | 'idle' | 'off';

function tagsOf(name: AdviserStateName): readonly string[] {
  const tags = (adviserMachine.config.states![name] as { tags?: string | readonly string[] }).tags;
  return tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
}

/** `inGroup.handling[stateCode]` is 1 when that state is in the group: for the hot path. */
export const inGroup = Object.fromEntries(
  (['handling', 'onContact', 'loggedIn', 'away', 'pause', 'idle', 'off'] as const).map((g) => [g, Uint8Array.from(adviserStates, (s) => (tagsOf(s).includes(g) ? 1 : 0))]),
) as Record<AdviserStateGroup, Uint8Array>;

/** The state names in a group. */
export function statesIn(group: AdviserStateGroup): ReadonlySet<AdviserStateName> {
  return new Set(adviserStates.filter((s) => tagsOf(s).includes(group)));
}

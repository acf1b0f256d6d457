/**
 * The supervisor's actions in isolation: real stores, queue, supervisor, books
 * and activity log; fake ports for raised hands (a set of raised advisers),
 * service (rescheduleTalkEnd, a fixed proficiency) and the adviser's day
 * (requestActivity, keeping its "now when available, else pending" contract).
 * A call in progress is set up by hand: talking, its talk end due at 1200 s.
 */
import { describe, expect, it } from 'vitest';
import { E, S } from '../../../sim/model/adviserMachine';
import { ActivityLog } from '../../../sim/model/activityLog';
import { Pending } from '../../../sim/model/advisers';
import { ShiftBooks } from '../../../sim/model/books';
import { Flag } from '../../../sim/model/contacts';
import { coachingGain } from '../../../sim/model/humanFactors';
import { Supervisor } from '../../../sim/model/supervisor';
import { SupervisorActions } from '../../../sim/model/supervisorActions';
import { busy, buildKit, contact, drain, logIn, voice, type Kit, type KitOptions } from '../centreKit';

const TALK_END = 1200;

function setUp(advisers: KitOptions['advisers'] = [{ id: 'a', name: 'Ana', skills: { voice: 0.8 } }]) {
  const kit = buildKit({ channels: [voice()], advisers });
  const activity = new ActivityLog();
  const books = new ShiftBooks({ clock: kit.clock, dayStart: kit.frame.dayStart, plans: kit.plans, activity, hourlyWage: 20 });
  const supervisor = new Supervisor();
  const raised = new Set<number>();
  const calls: string[] = [];
  const actions = new SupervisorActions(
    { clock: kit.clock, dayStart: kit.frame.dayStart, plans: kit.plans, advisers: kit.advisers, contacts: kit.contacts, supervisor, queue: kit.queue, activity, books },
    {
      hands: {
        isRaised: (adviser) => raised.has(adviser),
        answer: (adviser) => {
          calls.push(`answerHand ${adviser}`);
          return raised.delete(adviser);
        },
      },
      service: {
        rescheduleTalkEnd: (adviser, at) => {
          calls.push(`rescheduleTalkEnd ${adviser} ${at}`);
          return true;
        },
        proficiency: () => 0.8,
      },
      day: {
        requestActivity: (adviser, what, seconds) => {
          calls.push(`requestActivity ${adviser} ${what} ${seconds}`);
          if (kit.advisers.state[adviser] === S.available) return 'now';
          kit.advisers.pending[adviser] = what;
          kit.advisers.pendingSeconds[adviser] = seconds;
          return 'deferred';
        },
      },
    },
  );
  return { kit, actions, supervisor, activity, books, raised, calls };
}

/** Adviser `a` talking on a voice contact (wrap-up 30 s) whose talk ends at TALK_END; returns the slot. */
function onCall(kit: Kit, a = 0): number {
  busy(kit, a);
  const slot = contact(kit, 0, 0, { wrapUp: 30 });
  kit.advisers.contact[a] = slot;
  kit.advisers.contactChannel[a] = 0;
  kit.advisers.talkEndHandle[a] = 7; // any live handle
  kit.advisers.talkEndAt[a] = TALK_END;
  return slot;
}

describe('SupervisorActions.busyRefusal', () => {
  it('is null while the supervisor is free', () => {
    expect(setUp().actions.busyRefusal()).toBeNull();
  });

  it('refuses while busy, naming what, with whom and until when', () => {
    const { kit, actions } = setUp();
    onCall(kit);
    kit.clock.now = 1000;
    actions.listenIn(0); // busy until the call ends: 1200 s = 08:20:00
    kit.clock.now = 1100;
    expect(actions.busyRefusal()).toEqual({
      ok: false, code: 'supervisorBusy', reason: 'the supervisor is busy (listening with Ana) until 08:20:00',
      params: { state: 'listening', adviser: 'Ana', until: '08:20:00' },
    });
    kit.clock.now = 1200;
    expect(actions.busyRefusal()).toBeNull();
  });
});

describe('SupervisorActions.listenIn', () => {
  it('refuses when the adviser is not on a live contact', () => {
    const { kit, actions, books } = setUp();
    logIn(kit, 0);
    expect(actions.listenIn(0)).toMatchObject({ ok: false, code: 'notOnContact' });
    expect(books.recordings).toEqual([]);
  });

  it('reveals the quality, occupies the supervisor until the talk ends, and logs the recording (CNIL)', () => {
    const { kit, actions, supervisor, books, activity } = setUp();
    const slot = onCall(kit);
    kit.clock.now = 1000;
    const outcome = actions.listenIn(0);
    expect(outcome.ok).toBe(true);
    const q = outcome.params!.quality;
    expect(kit.advisers.observedQuality[0]).toBe(q);
    expect([supervisor.state, supervisor.adviser, supervisor.until]).toEqual(['listening', 0, TALK_END]);
    expect(drain(kit.queue)).toEqual([{ time: TALK_END, kind: 'supervisorFree', a: 0, b: supervisor.token }]);
    expect(books.recordings).toEqual([{ at: 1000, adviserId: 'a', contactId: kit.contacts.serial[slot], purpose: 'quality', keepUntilDays: 183 }]);
    expect(activity.entries.map((e) => e.code)).toEqual(['listenIn']);
  });

  it('listens at most 5 minutes, at least 30 s, and 5 minutes on hold', () => {
    const long = setUp();
    onCall(long.kit);
    long.actions.listenIn(0);
    expect(long.supervisor.until).toBe(300);

    const short = setUp();
    onCall(short.kit);
    short.kit.clock.now = TALK_END - 10;
    short.actions.listenIn(0);
    expect(short.supervisor.until).toBe(TALK_END - 10 + 30);

    const hold = setUp();
    onCall(hold.kit);
    hold.kit.advisers.transition(0, E.HOLD, 0);
    hold.kit.advisers.talkEndHandle[0] = -1;
    expect(hold.actions.listenIn(0).ok).toBe(true);
    expect(hold.supervisor.until).toBe(300);
  });
});

describe('SupervisorActions: whisper, barge and take over answer a raised hand', () => {
  for (const action of ['whisper', 'barge', 'takeOver'] as const) {
    it(`${action} is refused without a raised hand (noRaisedHand), and changes nothing`, () => {
      const { kit, actions, supervisor, calls } = setUp();
      const slot = onCall(kit);
      expect(actions[action](0)).toMatchObject({ ok: false, code: 'noRaisedHand' });
      expect(calls).toEqual([]);
      expect(supervisor.state).toBe('available');
      expect(kit.contacts.flags[slot] & Flag.supported).toBe(0);
    });

    it(`${action} is refused while the customer is on hold, and when not on a contact`, () => {
      const { kit, actions, raised } = setUp();
      onCall(kit);
      raised.add(0);
      kit.advisers.talkEndHandle[0] = -1;
      expect(actions[action](0)).toMatchObject({ ok: false, code: 'onHold' });
      const idle = setUp();
      logIn(idle.kit, 0);
      idle.raised.add(0);
      expect(idle.actions[action](0)).toMatchObject({ ok: false, code: 'notOnContact' });
    });
  }

  it('whisper: the hand is answered, the rest of the talk × 0.85, the supervisor busy 2 minutes', () => {
    const { kit, actions, supervisor, raised, calls, activity } = setUp();
    const slot = onCall(kit);
    raised.add(0);
    kit.clock.now = 1000;
    expect(actions.whisper(0)).toMatchObject({ ok: true, code: 'applied' });
    expect(calls).toEqual(['answerHand 0', `rescheduleTalkEnd 0 ${1000 + 200 * 0.85}`]);
    expect(raised.has(0)).toBe(false);
    expect(kit.contacts.flags[slot] & Flag.supported).toBe(Flag.supported);
    expect([supervisor.state, supervisor.until]).toEqual(['whispering', 1120]);
    expect(activity.entries.at(-1)).toMatchObject({ code: 'whisper', params: { adviser: 'Ana', hand: 1 } });
  });

  it('barge: rest × 0.6, less stress, the supervisor busy for that rest', () => {
    const { kit, actions, supervisor, raised, calls } = setUp();
    onCall(kit);
    raised.add(0);
    kit.clock.now = 1000;
    const stress = kit.advisers.stress[0];
    actions.barge(0);
    expect(calls).toEqual(['answerHand 0', `rescheduleTalkEnd 0 ${1000 + 200 * 0.6}`]);
    expect(kit.advisers.stress[0]).toBeCloseTo(stress - 0.05, 12);
    expect([supervisor.state, supervisor.until]).toEqual(['barging', 1000 + 120]);
  });

  it('takeOver: the talk ends now with no wrap-up (the adviser is free at once), the supervisor takes the rest × 0.8', () => {
    const { kit, actions, supervisor, raised, calls } = setUp();
    const slot = onCall(kit);
    raised.add(0);
    kit.clock.now = 200;
    actions.takeOver(0);
    expect(calls).toEqual(['answerHand 0', 'rescheduleTalkEnd 0 200']);
    expect(kit.contacts.wrapUp[slot]).toBe(0);
    expect([supervisor.state, supervisor.until]).toEqual(['takingOver', 200 + 1000 * 0.8]);
    expect(drain(kit.queue)).toEqual([{ time: 1000, kind: 'supervisorFree', a: 0, b: supervisor.token }]);
  });

  it('takeOver keeps the supervisor at least a minute', () => {
    const { kit, actions, supervisor, raised } = setUp();
    onCall(kit);
    raised.add(0);
    kit.clock.now = TALK_END - 10;
    actions.takeOver(0);
    expect(supervisor.until).toBe(TALK_END - 10 + 60);
  });

  it('a stale supervisorFree (an earlier occupation’s token) does not free the supervisor', () => {
    const { kit, actions, supervisor, raised } = setUp();
    onCall(kit);
    raised.add(0);
    actions.whisper(0);
    const stale = supervisor.token;
    actions.recognise(0);
    actions.onSupervisorFree(stale);
    expect(supervisor.state).toBe('coaching');
    actions.onSupervisorFree(supervisor.token);
    expect(supervisor.state).toBe('available');
  });
});

describe('SupervisorActions: coaching', () => {
  it('coaches an available adviser now: the session is the day’s to start', () => {
    const { kit, actions, supervisor, calls } = setUp();
    logIn(kit, 0);
    expect(actions.coach(0, 20)).toMatchObject({ ok: true, code: 'applied' });
    expect(calls).toEqual([`requestActivity 0 ${Pending.coaching} 1200`]);
    expect(supervisor.state).toBe('available'); // occupied once the day says it started
    actions.coachingStarted(0, 1200);
    expect([supervisor.state, supervisor.adviser, supervisor.until]).toEqual(['coaching', 0, 1200]);
    expect(drain(kit.queue)).toEqual([{ time: 1200, kind: 'supervisorFree', a: 0, b: supervisor.token }]);
  });

  it('defers a coaching of an adviser on a call: the supervisor waits at the desk, with no end time', () => {
    const { kit, actions, supervisor } = setUp();
    onCall(kit);
    expect(actions.coach(0, 20)).toMatchObject({ ok: true, code: 'deferred' });
    expect(kit.advisers.pending[0]).toBe(Pending.coaching);
    expect([supervisor.state, supervisor.adviser, supervisor.until]).toEqual(['coaching', 0, Infinity]);
    expect(drain(kit.queue)).toEqual([]);
    kit.clock.now = 5000;
    expect(actions.busyRefusal()).toMatchObject({ code: 'supervisorBusy', params: { until: '' } });
  });

  it('coachingEnded adds a proficiency boost on the weakest skill, lowers stress and logs the gain', () => {
    const { kit, actions, activity } = setUp([{ id: 'a', name: 'Ana', skills: { voice: 0.8 } }]);
    logIn(kit, 0);
    actions.coach(0, 30);
    kit.clock.now = 1800;
    const stress = kit.advisers.stress[0];
    actions.coachingEnded(0);
    const gain = coachingGain(0.8, 30, false);
    expect(gain).toBeCloseTo(0.15 * 0.2, 12);
    expect(kit.advisers.coachingBoost[0]).toBeCloseTo(gain, 12);
    expect(kit.advisers.coachingAt[0]).toBe(1800);
    expect(kit.advisers.stress[0]).toBeCloseTo(stress - 0.05, 12);
    expect(activity.entries.at(-1)).toMatchObject({ code: 'coachingDone', params: { adviser: 'Ana', gain: 3 } });
  });

  it('gives a new hire twice the boost', () => {
    const veteran = setUp([{ id: 'a', skills: { voice: 0.5 } }]);
    const hire = setUp([{ id: 'a', skills: { voice: 0.5 }, newHire: true }]);
    for (const { kit, actions } of [veteran, hire]) {
      logIn(kit, 0);
      actions.coach(0, 30);
      actions.coachingEnded(0);
    }
    expect(hire.kit.advisers.coachingBoost[0]).toBeCloseTo(2 * veteran.kit.advisers.coachingBoost[0], 12);
  });

  it('the boost fades over hours: a second coaching adds to what is left of the first', () => {
    const { kit, actions } = setUp([{ id: 'a', skills: { voice: 0.8 } }]);
    logIn(kit, 0);
    actions.coach(0, 30);
    actions.coachingEnded(0);
    const first = kit.advisers.coachingBoost[0];
    kit.clock.now = 6 * 3600;
    actions.coach(0, 30);
    actions.coachingEnded(0);
    const left = first * Math.exp(-1);
    expect(kit.advisers.coachingBoost[0]).toBeCloseTo(left + coachingGain(0.8 + left, 30, false), 9);
  });

  it('a coaching ended without a minutes record (none asked) gains nothing', () => {
    const { kit, actions } = setUp();
    logIn(kit, 0);
    actions.coachingEnded(0);
    expect(kit.advisers.coachingBoost[0]).toBe(0);
  });
});

describe('SupervisorActions.recognise', () => {
  it('lifts the mood by 0.15, lowers stress by 0.1, and takes the supervisor a minute', () => {
    const { kit, actions, supervisor } = setUp();
    logIn(kit, 0);
    kit.clock.now = 100;
    expect(actions.recognise(0).ok).toBe(true);
    expect(kit.advisers.mood[0]).toBeCloseTo(0.75, 12);
    expect(kit.advisers.stress[0]).toBeCloseTo(0.05, 12);
    expect([supervisor.state, supervisor.until]).toEqual(['coaching', 160]);
  });

  it('keeps mood and stress within 0–1', () => {
    const { kit, actions } = setUp();
    logIn(kit, 0);
    kit.advisers.mood[0] = 0.95;
    kit.advisers.stress[0] = 0.02;
    actions.recognise(0);
    expect([kit.advisers.mood[0], kit.advisers.stress[0]]).toEqual([1, 0]);
  });
});

describe('SupervisorActions.teamBriefing', () => {
  it('counts free advisers now and advisers on a contact later; skips the off, the pending, the already briefed', () => {
    const ids = ['free', 'onCall', 'offline', 'pending', 'briefed', 'over'];
    const { kit, actions, supervisor, calls, activity } = setUp(ids.map((id) => ({ id, skills: { voice: 1 } })));
    logIn(kit, 0);
    onCall(kit, 1);
    onCall(kit, 3);
    kit.advisers.pending[3] = Pending.break;
    logIn(kit, 4);
    kit.advisers.briefed[4] = 1;
    logIn(kit, 5);
    kit.advisers.shiftOver[5] = 1;
    kit.clock.now = 600;
    expect(actions.teamBriefing(15)).toEqual({ ok: true, code: 'applied', reason: undefined, params: { now: 1, later: 1 } });
    expect(calls).toEqual([`requestActivity 0 ${Pending.training} 900`, `requestActivity 1 ${Pending.training} 900`]);
    expect(Array.from(kit.advisers.briefing)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(kit.advisers.pending[1]).toBe(Pending.training);
    expect([supervisor.state, supervisor.adviser, supervisor.until]).toEqual(['briefing', -1, 1500]);
    expect(activity.entries.at(-1)).toMatchObject({ code: 'teamBriefing', params: { minutes: 15, now: 1, later: 1 } });
  });
});

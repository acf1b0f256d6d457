/**
 * Planned breaks in isolation: two breaks a day (a lunch at 08:10, a pause at
 * 09:00), the real adviser store and queue, and a fake adviser's day that
 * records requests and keeps AdviserDay.requestActivity's contract ("now" when
 * available, else the activity is pending). One test uses the real AdviserDay.
 */
import { describe, expect, it } from 'vitest';
import { E, S } from '../../../sim/model/adviserMachine';
import { ActivityLog } from '../../../sim/model/activityLog';
import { AdviserDay } from '../../../sim/model/adviserDay';
import { Pending } from '../../../sim/model/advisers';
import { ShiftBooks } from '../../../sim/model/books';
import { Breaks } from '../../../sim/model/breaks';
import { Supervisor } from '../../../sim/model/supervisor';
import { constantStream } from '../engine/fakeStream';
import { buildKit, busy, drain, logIn, runEvents, voice, type Kit } from '../centreKit';

const LUNCH_AT = 600;
const PAUSE_AT = 3600;

function setUp() {
  const kit = buildKit({
    channels: [voice()],
    advisers: [{ id: 'a', skills: { voice: 1 }, breaks: [{ at: '08:10', minutes: 45, kind: 'lunch' }, { at: '09:00', minutes: 10 }] }],
    mode: 'realistic',
  });
  const requests: { adviser: number; what: number; seconds: number; at: number; outcome: 'now' | 'deferred' }[] = [];
  const day = {
    requestActivity(adviser: number, what: number, seconds: number): 'now' | 'deferred' {
      const outcome = kit.advisers.state[adviser] === S.available ? 'now' : 'deferred';
      if (outcome === 'deferred') {
        kit.advisers.pending[adviser] = what;
        kit.advisers.pendingSeconds[adviser] = seconds;
      }
      requests.push({ adviser, what, seconds, at: kit.clock.now, outcome });
      return outcome;
    },
  };
  const breaks = new Breaks({ clock: kit.clock, plans: kit.plans, advisers: kit.advisers, queue: kit.queue }, { day });
  const due = (k: number, at: number) => {
    kit.clock.now = at;
    breaks.onBreakDue(0, k);
  };
  return { kit, breaks, requests, due };
}
const states = (breaks: Breaks) => breaks.plans[0].map((p) => p.state);

describe('Breaks', () => {
  it('reads the day’s planned breaks from the plans', () => {
    const { breaks } = setUp();
    expect(breaks.plans[0]).toEqual([
      { at: LUNCH_AT, seconds: 2700, kind: 'lunch', state: 'planned', startedAt: null, endedAt: null },
      { at: PAUSE_AT, seconds: 600, kind: 'pause', state: 'planned', startedAt: null, endedAt: null },
    ]);
  });

  it('asks the adviser’s day for the break when it comes due, and marks it taken', () => {
    const { kit, breaks, requests, due } = setUp();
    logIn(kit, 0);
    due(0, LUNCH_AT);
    expect(requests).toEqual([{ adviser: 0, what: Pending.break, seconds: 2700, at: LUNCH_AT, outcome: 'now' }]);
    expect(states(breaks)).toEqual(['taken', 'planned']);
  });

  it('defers a break due while the adviser is busy: it is pending, and still the next break', () => {
    const { kit, breaks, requests, due } = setUp();
    busy(kit, 0);
    due(0, LUNCH_AT);
    expect(requests.map((r) => r.outcome)).toEqual(['deferred']);
    expect([kit.advisers.pending[0], kit.advisers.pendingSeconds[0]]).toEqual([Pending.break, 2700]);
    expect(breaks.next(0)).toBe(0);
  });

  it('asks for nothing for an adviser who is offline, absent or whose shift is over (the break is spent)', () => {
    const offline = setUp();
    offline.due(0, LUNCH_AT);
    expect(offline.requests).toEqual([]);
    expect(states(offline.breaks)).toEqual(['taken', 'planned']);

    const absent = setUp();
    absent.kit.advisers.transition(0, E.MARK_ABSENT, 0);
    absent.due(0, LUNCH_AT);
    expect(absent.requests).toEqual([]);

    const over = setUp();
    logIn(over.kit, 0);
    over.kit.advisers.shiftOver[0] = 1;
    over.due(0, LUNCH_AT);
    expect(over.requests).toEqual([]);
  });

  it('asks for nothing while the adviser is already on a break or has something else planned', () => {
    const onBreak = setUp();
    onBreak.kit.advisers.transition(0, E.LOG_IN, 0);
    onBreak.kit.advisers.transition(0, E.START_BREAK, 0);
    onBreak.due(0, LUNCH_AT);
    expect(onBreak.requests).toEqual([]);

    const planned = setUp();
    busy(planned.kit, 0);
    planned.kit.advisers.pending[0] = Pending.logOut;
    planned.due(0, LUNCH_AT);
    expect(planned.requests).toEqual([]);
    expect(planned.kit.advisers.pending[0]).toBe(Pending.logOut);
  });

  describe('delay', () => {
    it('pushes a planned break back by its minutes: the original due time passes, the new one brings it', () => {
      const { kit, breaks, requests, due } = setUp();
      logIn(kit, 0);
      kit.clock.now = 500;
      const stress = kit.advisers.stress[0];
      breaks.delay(0, 0, 15);
      expect(breaks.plans[0][0].at).toBe(LUNCH_AT + 900);
      expect(kit.advisers.stress[0]).toBeCloseTo(stress + 0.05, 12);
      due(0, LUNCH_AT); // the timetabled due time: now too early
      expect(requests).toEqual([]);
      const ran = runEvents(kit, { breakDue: (a, b) => breaks.onBreakDue(a, b) });
      expect(ran).toEqual([{ time: 1500, kind: 'breakDue', a: 0, b: 0 }]);
      expect(requests.map((r) => [r.at, r.seconds])).toEqual([[1500, 2700]]);
    });

    it('delays a deferred break from now: no longer pending, planned again later', () => {
      const { kit, breaks, due } = setUp();
      busy(kit, 0);
      due(0, LUNCH_AT);
      kit.clock.now = 700;
      breaks.delay(0, breaks.next(0), 10);
      expect(kit.advisers.pending[0]).toBe(Pending.none);
      expect(breaks.plans[0][0]).toMatchObject({ at: 1300, state: 'planned' });
      expect(drain(kit.queue)).toEqual([{ time: 1300, kind: 'breakDue', a: 0, b: 0 }]);
    });
  });

  describe('cancel', () => {
    it('cancels a planned break: it never comes, and stress rises', () => {
      const { kit, breaks, requests, due } = setUp();
      logIn(kit, 0);
      const stress = kit.advisers.stress[0];
      breaks.cancel(0, 0);
      due(0, LUNCH_AT);
      expect(requests).toEqual([]);
      expect(states(breaks)).toEqual(['cancelled', 'planned']);
      expect(kit.advisers.stress[0]).toBeCloseTo(stress + 0.1, 12);
      expect(breaks.next(0)).toBe(1);
    });

    it('cancels a deferred break: nothing is pending any more', () => {
      const { kit, breaks, due } = setUp();
      busy(kit, 0);
      due(0, LUNCH_AT);
      breaks.cancel(0, breaks.next(0));
      expect(kit.advisers.pending[0]).toBe(Pending.none);
      expect(states(breaks)).toEqual(['cancelled', 'planned']);
    });
  });

  describe('next', () => {
    it('is the first break not yet begun, then the following, then -1', () => {
      const { kit, breaks, due } = setUp();
      logIn(kit, 0);
      expect(breaks.next(0)).toBe(0);
      due(0, LUNCH_AT);
      expect(breaks.next(0)).toBe(1);
      due(1, PAUSE_AT);
      expect(breaks.next(0)).toBe(-1);
    });

    // next() once returned the first break 'taken' and due — an earlier break the adviser had
    // already had, not the deferred one: delayBreak re-planned a second 45-minute lunch and
    // dropped the pause, cancelBreak cancelled the lunch already had. Here the lunch (08:10)
    // was taken, the 09:00 pause comes due on a call and is deferred.
    it('names the deferred break, not an earlier one already taken', () => {
      const { kit, breaks, due } = setUp();
      logIn(kit, 0);
      due(0, LUNCH_AT); // taken at once (the fake day leaves the adviser available: the lunch is over)
      kit.advisers.transition(0, E.OFFER, PAUSE_AT);
      kit.advisers.transition(0, E.ACCEPT, PAUSE_AT);
      due(1, PAUSE_AT); // deferred: on a call
      expect(kit.advisers.pending[0]).toBe(Pending.break);
      expect(breaks.next(0)).toBe(1);
    });
  });
});

describe('Breaks with the real adviser’s day', () => {
  function withDay(kit: Kit) {
    const activity = new ActivityLog();
    const books = new ShiftBooks({ clock: kit.clock, dayStart: kit.frame.dayStart, plans: kit.plans, activity, hourlyWage: 24 });
    const none = () => {};
    const breakPorts = { day: null as unknown as AdviserDay };
    const breaks = new Breaks({ clock: kit.clock, plans: kit.plans, advisers: kit.advisers, queue: kit.queue }, breakPorts);
    const day = new AdviserDay(
      {
        clock: kit.clock, frame: kit.frame, channels: kit.channels, plans: kit.plans, advisers: kit.advisers, router: kit.router, queue: kit.queue,
        supervisor: new Supervisor(), books, peopleRng: constantStream(0.99), absentAtStart: new Uint8Array(kit.plans.length),
      },
      {
        service: { answer: none }, dialling: { active: false, dial: () => false }, waiting: { closeIfNobodyCanServeAny: none },
        presence: { markAbsent: none }, coaching: { coachingStarted: none, coachingEnded: none }, floor: { loggedOut: none }, breaks,
      },
    );
    breakPorts.day = day;
    return { day, breaks };
  }

  it('starts a break due while busy once the contact ends, for its full length', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 }, breaks: [{ at: '08:10', minutes: 10 }] }], mode: 'realistic' });
    const { day, breaks } = withDay(kit);
    busy(kit, 0);
    kit.clock.now = LUNCH_AT;
    breaks.onBreakDue(0, 0);
    expect(kit.advisers.state[0]).toBe(S.talking);
    expect(drain(kit.queue)).toEqual([]);
    // The contact ends at 650: the day finds the break pending and starts it.
    kit.clock.now = 650;
    kit.advisers.transition(0, E.END_CONTACT, 650);
    kit.advisers.transition(0, E.END_WRAP_UP, 650);
    day.becameFree(0);
    expect(kit.advisers.state[0]).toBe(S.break);
    expect(kit.advisers.pending[0]).toBe(Pending.none);
    expect(drain(kit.queue).map((e) => [e.time, e.kind])).toEqual([[1250, 'activityEnd']]);
  });
});

/**
 * Presence in isolation: real stores, queue, books and activity log; a fake
 * adviser's day (logOut, logIn, becameFree) and a fake breaks port
 * (planExtraHours) that record their calls. One test uses the real AdviserDay
 * to follow a sick call on a contact through to `absent`.
 * The day is 08:00–10:00 (close at 7200 s); wage 20 €/h; call-in delay 30 min.
 */
import { describe, expect, it } from 'vitest';
import type { RandomStream } from '../../../sim/engine/rng';
import { E, S } from '../../../sim/model/adviserMachine';
import { ActivityLog } from '../../../sim/model/activityLog';
import { AdviserDay } from '../../../sim/model/adviserDay';
import { ShiftBooks } from '../../../sim/model/books';
import { Presence } from '../../../sim/model/presence';
import { Supervisor } from '../../../sim/model/supervisor';
import { constantStream } from '../engine/fakeStream';
import { buildKit, busy, drain, logIn, voice, type Kit } from '../centreKit';

const CLOSE = 7200;
const WAGE = 20;

function setUp(options: { mode?: 'ideal' | 'realistic'; peopleRng?: RandomStream } = {}) {
  const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', name: 'Ana', skills: { voice: 1 } }], mode: options.mode ?? 'ideal' });
  const activity = new ActivityLog();
  const books = new ShiftBooks({ clock: kit.clock, dayStart: kit.frame.dayStart, plans: kit.plans, activity, hourlyWage: WAGE });
  const calls: string[] = [];
  const presence = new Presence(
    {
      clock: kit.clock, frame: kit.frame, plans: kit.plans, advisers: kit.advisers, queue: kit.queue, books, activity,
      peopleRng: options.peopleRng ?? constantStream(0.5), callInDelayMinutes: 30,
    },
    {
      day: {
        logOut: (adviser) => {
          calls.push(`logOut ${adviser}`);
          return 'deferred';
        },
        logIn: (adviser) => calls.push(`logIn ${adviser}`),
        becameFree: (adviser) => calls.push(`becameFree ${adviser}`),
      },
      breaks: { planExtraHours: (adviser, from, to) => calls.push(`planExtraHours ${adviser} ${from} ${to}`) },
    },
  );
  return { kit, presence, books, activity, calls };
}
const codes = (activity: ActivityLog) => activity.entries.map((e) => e.code);

describe('Presence.markAbsent', () => {
  it('marks an offline adviser absent at once, with a warning in the feed', () => {
    const { kit, presence, activity, calls } = setUp();
    kit.clock.now = 300;
    presence.markAbsent(0);
    expect(kit.advisers.state[0]).toBe(S.absent);
    expect(kit.advisers.shiftOver[0]).toBe(1);
    expect(calls).toEqual([]);
    expect(activity.entries).toEqual([{ at: 300, code: 'absence', text: 'Ana is absent', params: { adviser: 'Ana' }, severity: 'warning', adviserId: 'a' }]);
  });

  it('asks the day to log an adviser on a call out, to be marked absent after', () => {
    const { kit, presence, calls } = setUp();
    busy(kit, 0);
    presence.markAbsent(0);
    expect(calls).toEqual(['logOut 0']);
    expect(kit.advisers.absentAfterLogout[0]).toBe(1);
    expect(kit.advisers.state[0]).toBe(S.talking);
  });

  it('leaves an adviser already absent as they are (logged, nothing else)', () => {
    const { kit, presence, activity, calls } = setUp();
    kit.advisers.transition(0, E.MARK_ABSENT, 0);
    presence.markAbsent(0);
    expect(calls).toEqual([]);
    expect(kit.advisers.absentAfterLogout[0]).toBe(0);
    expect(codes(activity)).toEqual(['absence']);
  });

  it('does nothing for an unknown adviser (index −1)', () => {
    const { presence, activity } = setUp();
    presence.markAbsent(-1);
    expect(activity.entries).toEqual([]);
  });

  it('with the real adviser’s day: on a call, absent once the contact ends and they log out', () => {
    const kit: Kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    const activity = new ActivityLog();
    const books = new ShiftBooks({ clock: kit.clock, dayStart: kit.frame.dayStart, plans: kit.plans, activity, hourlyWage: WAGE });
    const none = () => {};
    const day = new AdviserDay(
      {
        clock: kit.clock, frame: kit.frame, channels: kit.channels, plans: kit.plans, advisers: kit.advisers, router: kit.router, queue: kit.queue,
        supervisor: new Supervisor(), books, peopleRng: constantStream(0.5), absentAtStart: new Uint8Array(1),
      },
      {
        service: { answer: none }, dialling: { active: false, dial: () => false }, waiting: { closeIfNobodyCanServeAny: none },
        presence: { markAbsent: none }, coaching: { coachingStarted: none, coachingEnded: none }, floor: { loggedOut: none },
        breaks: { started: none, ended: none, takeOverdue: none },
      },
    );
    const presence = new Presence(
      { clock: kit.clock, frame: kit.frame, plans: kit.plans, advisers: kit.advisers, queue: kit.queue, books, activity, peopleRng: constantStream(0.5), callInDelayMinutes: 30 },
      { day, breaks: { planExtraHours: none } },
    );
    busy(kit, 0);
    presence.markAbsent(0);
    expect(kit.advisers.state[0]).toBe(S.talking);
    kit.clock.now = 180;
    kit.advisers.transition(0, E.END_CONTACT, 180);
    kit.advisers.transition(0, E.END_WRAP_UP, 180);
    day.becameFree(0);
    expect(kit.advisers.state[0]).toBe(S.absent);
    expect(kit.advisers.absentAfterLogout[0]).toBe(0);
  });
});

describe('Presence.joinNow', () => {
  it('logs an offline new hire in now and hands them to the day', () => {
    const { kit, presence, activity, calls } = setUp();
    kit.advisers.shiftOver[0] = 1;
    kit.clock.now = 1200;
    presence.joinNow(0);
    expect(kit.advisers.state[0]).toBe(S.available);
    expect(kit.advisers.shiftOver[0]).toBe(0);
    expect(calls).toEqual(['becameFree 0']);
    expect(codes(activity)).toEqual(['newHire']);
  });

  it('only logs the arrival of one already on the floor', () => {
    const { kit, presence, activity, calls } = setUp();
    logIn(kit, 0);
    presence.joinNow(0);
    expect(calls).toEqual([]);
    expect(codes(activity)).toEqual(['newHire']);
  });
});

describe('Presence.askOvertime', () => {
  it('in ideal mode always accepts: the shift end moves back, a shift end is scheduled, the hours are costed at 125 %', () => {
    const peopleRng = constantStream(0.99);
    const { kit, presence, books } = setUp({ peopleRng });
    logIn(kit, 0);
    kit.clock.now = 3600;
    expect(presence.askOvertime(0, 30)).toBe(true);
    expect(peopleRng.draws).toBe(0);
    expect(kit.advisers.shiftEndAt[0]).toBe(CLOSE + 1800);
    expect(drain(kit.queue)).toEqual([{ time: CLOSE + 1800, kind: 'shiftEnd', a: 0, b: 0 }]);
    expect(books.overtimeCost).toBeCloseTo(0.5 * WAGE * 1.25, 9);
  });

  it('counts from now when the shift end has already passed', () => {
    const { kit, presence } = setUp();
    logIn(kit, 0);
    kit.clock.now = CLOSE + 600;
    presence.askOvertime(0, 60);
    expect(kit.advisers.shiftEndAt[0]).toBe(CLOSE + 600 + 3600);
  });

  it('in realistic mode accepts when the draw is within 0.35 + mood − 0.5 × fatigue', () => {
    const { kit, presence, books } = setUp({ mode: 'realistic', peopleRng: constantStream(0.94) });
    logIn(kit, 0);
    // mood 0.6, fatigue 0: accepted below 0.95
    expect(presence.askOvertime(0, 60)).toBe(true);
    expect(books.overtimeCost).toBeCloseTo(1 * WAGE * 1.25, 9);
  });

  it('in realistic mode declines when the mood is low: nothing moves, nothing is paid', () => {
    const { kit, presence, books } = setUp({ mode: 'realistic', peopleRng: constantStream(0.5) });
    logIn(kit, 0);
    kit.advisers.mood[0] = 0.1; // threshold 0.45
    expect(presence.askOvertime(0, 60)).toBe(false);
    expect(kit.advisers.shiftEndAt[0]).toBe(CLOSE);
    expect(drain(kit.queue)).toEqual([]);
    expect(books.overtimeCost).toBe(0);
  });

  it('in realistic mode declines when fatigue is high, with the same draw that a rested adviser accepts', () => {
    const rested = setUp({ mode: 'realistic', peopleRng: constantStream(0.8) });
    logIn(rested.kit, 0);
    expect(rested.presence.askOvertime(0, 60)).toBe(true); // threshold 0.95

    const tired = setUp({ mode: 'realistic', peopleRng: constantStream(0.8) });
    logIn(tired.kit, 0);
    tired.kit.advisers.fatigue[0] = 0.5; // threshold 0.35 + 0.6 − 0.25 = 0.7
    expect(tired.presence.askOvertime(0, 60)).toBe(false);
  });
});

describe('Presence: calling an adviser in', () => {
  it('schedules the arrival after the call-in delay and counts it pending', () => {
    const { kit, presence } = setUp();
    kit.clock.now = 1000;
    expect(presence.callIn(0)).toBe(1000 + 1800);
    expect(presence.callInsPending).toBe(1);
    expect(drain(kit.queue)).toEqual([{ time: 2800, kind: 'calledInArrival', a: 0, b: 0 }]);
  });

  it('on arrival logs them in, with the shift end at the later of close and now + 4 h, and its extra hours’ pauses planned', () => {
    const { kit, presence, activity, calls } = setUp();
    presence.callIn(0);
    kit.clock.now = 1800;
    presence.onCalledInArrival(0);
    expect(presence.callInsPending).toBe(0);
    expect(kit.advisers.calledInAt[0]).toBe(1800);
    const end = 1800 + 4 * 3600; // later than close (7200)
    expect(kit.advisers.shiftEndAt[0]).toBe(end);
    expect(calls).toEqual([`planExtraHours 0 1800 ${end}`, 'logIn 0']);
    expect(drain(kit.queue)).toEqual([
      { time: 1800, kind: 'calledInArrival', a: 0, b: 0 },
      { time: end, kind: 'shiftEnd', a: 0, b: 0 },
    ]);
    expect(codes(activity)).toEqual(['calledInArrived']);
  });

  it('keeps the close as the shift end when it is later than now + 4 h', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }], clock: { start: '08:00', end: '18:00' } });
    const activity = new ActivityLog();
    const books = new ShiftBooks({ clock: kit.clock, dayStart: kit.frame.dayStart, plans: kit.plans, activity, hourlyWage: WAGE });
    const planned: number[][] = [];
    const presence = new Presence(
      { clock: kit.clock, frame: kit.frame, plans: kit.plans, advisers: kit.advisers, queue: kit.queue, books, activity, peopleRng: constantStream(0.5), callInDelayMinutes: 30 },
      { day: { logOut: () => 'now', logIn: () => {}, becameFree: () => {} }, breaks: { planExtraHours: (a, from, to) => planned.push([a, from, to]) } },
    );
    kit.clock.now = 3600;
    presence.onCalledInArrival(0);
    expect(kit.advisers.shiftEndAt[0]).toBe(36000);
    expect(planned).toEqual([[0, 3600, 36000]]);
  });

  it('ignores the arrival of one already on the floor (but no longer counts it pending)', () => {
    const { kit, presence, calls } = setUp();
    logIn(kit, 0);
    presence.callIn(0);
    kit.clock.now = 1800;
    presence.onCalledInArrival(0);
    expect(presence.callInsPending).toBe(0);
    expect(calls).toEqual([]);
    expect(kit.advisers.calledInAt[0]).toBe(-1);
  });

  it('calls in an absent adviser too', () => {
    const { kit, presence, calls } = setUp();
    kit.advisers.transition(0, E.MARK_ABSENT, 0);
    presence.onCalledInArrival(0);
    expect(calls.at(-1)).toBe('logIn 0');
  });
});

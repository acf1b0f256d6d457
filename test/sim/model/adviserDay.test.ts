/**
 * The adviser's day in isolation: real stores, router, queue, supervisor and
 * books; fake ports (service, dialling, waiting, presence, breaks, floor,
 * coaching) that record their calls. The day is 08:00–10:00 (close at 7200 s).
 */
import { describe, expect, it } from 'vitest';
import type { RandomStream } from '../../../sim/engine/rng';
import { E, S } from '../../../sim/model/adviserMachine';
import { ActivityLog } from '../../../sim/model/activityLog';
import { AdviserDay } from '../../../sim/model/adviserDay';
import { Pending } from '../../../sim/model/advisers';
import { ShiftBooks } from '../../../sim/model/books';
import { Supervisor } from '../../../sim/model/supervisor';
import { constantStream } from '../engine/fakeStream';
import { buildKit, busy, drain, logIn, voice, waitingContact, type ChannelInput, type KitOptions } from '../centreKit';

const CLOSE = 7200;

interface DayOptions {
  channels?: ChannelInput[];
  advisers?: KitOptions['advisers'];
  mode?: 'ideal' | 'realistic';
  /** Dialling port: active, and whether dial() hands the adviser a call. */
  dialling?: { active: boolean; gives: boolean };
  peopleRng?: RandomStream;
  absentAtStart?: number[];
  /** What the fake breaks port does on takeOverdue: start the break, or nothing. */
  overdueStartsBreak?: boolean;
}

function setUp(o: DayOptions = {}) {
  const kit = buildKit({ channels: o.channels ?? [voice()], advisers: o.advisers ?? [{ id: 'a', skills: { voice: 1 } }], mode: o.mode ?? 'ideal' });
  const activity = new ActivityLog();
  const books = new ShiftBooks({ clock: kit.clock, dayStart: kit.frame.dayStart, plans: kit.plans, activity, hourlyWage: 20 });
  const supervisor = new Supervisor();
  const calls: string[] = [];
  const absentAtStart = new Uint8Array(kit.plans.length);
  for (const a of o.absentAtStart ?? []) absentAtStart[a] = 1;
  const dialling = o.dialling ?? { active: false, gives: false };
  const day = new AdviserDay(
    {
      clock: kit.clock, frame: kit.frame, channels: kit.channels, plans: kit.plans, advisers: kit.advisers, router: kit.router, queue: kit.queue,
      supervisor, books, peopleRng: o.peopleRng ?? constantStream(0.99), absentAtStart,
    },
    {
      service: { answer: (slot, adviser) => calls.push(`answer ${slot} ${adviser}`) },
      dialling: {
        active: dialling.active,
        dial: (adviser) => {
          calls.push(`dial ${adviser}`);
          return dialling.gives;
        },
      },
      waiting: { closeIfNobodyCanServeAny: () => calls.push('closeIfNobodyCanServeAny') },
      presence: { markAbsent: (adviser) => calls.push(`markAbsent ${adviser}`) },
      breaks: {
        started: (adviser) => calls.push(`breakStarted ${adviser}`),
        ended: (adviser) => calls.push(`breakEnded ${adviser}`),
        takeOverdue: (adviser) => {
          calls.push(`takeOverdue ${adviser}`);
          if (o.overdueStartsBreak) kit.advisers.transition(adviser, E.START_BREAK, kit.clock.now);
        },
      },
      floor: { loggedOut: () => calls.push('loggedOut') },
      coaching: {
        coachingStarted: (adviser, seconds) => calls.push(`coachingStarted ${adviser} ${seconds}`),
        coachingEnded: (adviser) => calls.push(`coachingEnded ${adviser}`),
      },
    },
  );
  /** Is the adviser in the idle pool (the router would offer them a contact)? */
  const idle = (adviser: number) => kit.router.findAdviser(0, 0, kit.clock.now) === adviser;
  /** Logged in and available, but not yet in the idle pool: what becameFree() decides for. */
  const free = (adviser: number) => kit.advisers.transition(adviser, E.LOG_IN, kit.clock.now);
  /** A talking adviser ends the contact and its wrap-up. */
  const finishContact = (adviser: number) => {
    kit.advisers.transition(adviser, E.END_CONTACT, kit.clock.now);
    kit.advisers.transition(adviser, E.END_WRAP_UP, kit.clock.now);
  };
  return { kit, day, books, supervisor, calls, idle, free, finishContact };
}

describe('AdviserDay.becameFree: what a free adviser does next', () => {
  it('starts a pending activity first, even with a contact waiting', () => {
    const { kit, day, calls, free } = setUp();
    const slot = waitingContact(kit, 0, 0);
    free(0);
    kit.clock.now = 100;
    kit.advisers.pending[0] = Pending.coaching;
    kit.advisers.pendingSeconds[0] = 600;
    day.becameFree(0);
    expect(kit.advisers.state[0]).toBe(S.coaching);
    expect(kit.advisers.pending[0]).toBe(Pending.none);
    expect(calls).toEqual(['coachingStarted 0 600']);
    expect(kit.router.waiting[0]).toBe(1);
    expect(kit.router.head(0)).toBe(slot);
    expect(drain(kit.queue)).toEqual([{ time: 700, kind: 'activityEnd', a: 0, b: 1 }]);
  });

  it('hands the best waiting contact for the routing profile to service.answer', () => {
    const { kit, day, calls, free } = setUp({
      channels: [voice('a'), voice('b')],
      advisers: [{ id: 'x', skills: { a: 1, b: 1 }, routingProfile: { b: 1, a: 2 } }],
    });
    waitingContact(kit, 0, 10); // older, but channel a comes second in the profile
    const onB = waitingContact(kit, 1, 20);
    free(0);
    kit.clock.now = 30;
    day.becameFree(0);
    expect(calls).toEqual([`answer ${onB} 0`]);
    expect([kit.router.waiting[0], kit.router.waiting[1]]).toEqual([1, 0]);
  });

  it('dials an outbound call when nothing waits and dialling is active', () => {
    const { kit, day, calls, idle, free } = setUp({ dialling: { active: true, gives: true } });
    free(0);
    day.becameFree(0);
    expect(calls).toEqual(['dial 0']);
    expect(idle(0)).toBe(false);
    expect(kit.advisers.state[0]).toBe(S.available);
  });

  it('goes to the idle pool when the dialler has no call for them', () => {
    const { day, calls, idle, free } = setUp({ dialling: { active: true, gives: false } });
    free(0);
    day.becameFree(0);
    expect(calls).toEqual(['dial 0']);
    expect(idle(0)).toBe(true);
  });

  it('does not ask the dialler when dialling is not active: straight to the idle pool', () => {
    const { day, calls, idle, free } = setUp({ dialling: { active: false, gives: true } });
    free(0);
    day.becameFree(0);
    expect(calls).toEqual([]);
    expect(idle(0)).toBe(true);
  });

  it('logs an adviser whose shift is over out, before closing even with a contact waiting', () => {
    const { kit, day, calls, idle, free } = setUp({ dialling: { active: true, gives: true } });
    waitingContact(kit, 0, 0);
    free(0);
    kit.clock.now = 3600;
    kit.advisers.shiftOver[0] = 1;
    day.becameFree(0);
    expect(kit.advisers.state[0]).toBe(S.offline);
    expect(calls).toEqual(['closeIfNobodyCanServeAny', 'loggedOut']);
    expect(idle(0)).toBe(false);
    expect(kit.router.waiting[0]).toBe(1);
  });

  it('after closing, keeps a shift-over adviser on while a real-time queue they can serve still waits', () => {
    const { kit, day, calls, free } = setUp();
    const slot = waitingContact(kit, 0, CLOSE - 60);
    free(0);
    kit.clock.now = CLOSE + 10;
    kit.advisers.shiftOver[0] = 1;
    day.becameFree(0);
    expect(calls).toEqual([`answer ${slot} 0`]);
    expect(kit.advisers.state[0]).toBe(S.available); // the fake service leaves them so; the real one offers the call
  });

  it('after closing, logs out when the only contacts waiting are not real-time (email) or not theirs', () => {
    const email = { id: 'mail', kind: 'email', handleTime: { dist: 'constant', value: 300 } } as ChannelInput;
    const { kit, day, calls, free } = setUp({
      channels: [voice('voice'), voice('other'), email],
      advisers: [{ id: 'a', skills: { voice: 1, mail: 1 } }],
    });
    waitingContact(kit, 1, CLOSE - 60); // real-time, but they have no skill for it
    waitingContact(kit, 2, CLOSE - 60); // theirs, but not real-time
    free(0);
    kit.clock.now = CLOSE + 10;
    kit.advisers.shiftOver[0] = 1;
    day.becameFree(0);
    expect(kit.advisers.state[0]).toBe(S.offline);
    expect(calls).toEqual(['closeIfNobodyCanServeAny', 'loggedOut']);
  });

  it('takes a break that came due while they were busy through the breaks port, and then takes no contact', () => {
    const { kit, day, calls, idle, free } = setUp({ overdueStartsBreak: true });
    waitingContact(kit, 0, 0);
    free(0);
    kit.advisers.breakDueAt[0] = 500;
    kit.clock.now = 600;
    day.becameFree(0);
    expect(calls).toEqual(['takeOverdue 0']);
    expect(kit.advisers.state[0]).toBe(S.break);
    expect(kit.router.waiting[0]).toBe(1);
    expect(idle(0)).toBe(false);
  });

  it('goes on to take a contact when the breaks port leaves the adviser available', () => {
    const { kit, day, calls, free } = setUp({ overdueStartsBreak: false });
    const slot = waitingContact(kit, 0, 0);
    free(0);
    kit.advisers.breakDueAt[0] = 600; // due exactly now: breakDueAt ≤ now
    kit.clock.now = 600;
    day.becameFree(0);
    expect(calls).toEqual(['takeOverdue 0', `answer ${slot} 0`]);
  });

  it('does not take an overdue break once the shift is over, nor a break not yet due', () => {
    const over = setUp();
    over.free(0);
    over.kit.advisers.breakDueAt[0] = 500;
    over.kit.clock.now = 600;
    over.kit.advisers.shiftOver[0] = 1;
    over.day.becameFree(0);
    expect(over.calls).toEqual(['closeIfNobodyCanServeAny', 'loggedOut']);

    const early = setUp();
    early.free(0);
    early.kit.advisers.breakDueAt[0] = 601;
    early.kit.clock.now = 600;
    early.day.becameFree(0);
    expect(early.calls).toEqual([]);
    expect(early.idle(0)).toBe(true);
  });
});

describe('AdviserDay.logOut', () => {
  it('logs an available adviser out now, clearing anything pending', () => {
    const { kit, day, calls } = setUp();
    logIn(kit, 0);
    kit.advisers.pending[0] = Pending.training;
    expect(day.logOut(0)).toBe('now');
    expect(kit.advisers.state[0]).toBe(S.offline);
    expect([kit.advisers.shiftOver[0], kit.advisers.pending[0]]).toEqual([1, Pending.none]);
    expect(calls).toEqual(['closeIfNobodyCanServeAny', 'loggedOut']);
  });

  it('logs an adviser on a break out now, and tells the breaks port the break ended', () => {
    const { kit, day, calls } = setUp();
    logIn(kit, 0);
    kit.advisers.transition(0, E.START_BREAK, 0);
    expect(day.logOut(0)).toBe('now');
    expect(kit.advisers.state[0]).toBe(S.offline);
    expect(calls).toEqual(['breakEnded 0', 'closeIfNobodyCanServeAny', 'loggedOut']);
  });

  it('defers the log-out of an adviser on a contact until they are free', () => {
    const { kit, day, calls, finishContact } = setUp();
    busy(kit, 0);
    const slot = waitingContact(kit, 0, 0);
    expect(day.logOut(0)).toBe('deferred');
    expect(kit.advisers.state[0]).toBe(S.talking);
    expect(kit.advisers.pending[0]).toBe(Pending.logOut);
    expect(calls).toEqual([]);
    kit.clock.now = 180;
    finishContact(0);
    day.becameFree(0);
    expect(kit.advisers.state[0]).toBe(S.offline);
    expect(calls).toEqual(['closeIfNobodyCanServeAny', 'loggedOut']);
    expect(kit.router.head(0)).toBe(slot); // the waiting contact was not taken
  });

  it('frees a supervisor waiting at the desk for a coaching with this adviser', () => {
    const { kit, day, supervisor } = setUp();
    busy(kit, 0);
    supervisor.occupy('coaching', 0, Infinity);
    day.logOut(0);
    expect(supervisor.state).toBe('available');
    expect(supervisor.adviser).toBe(-1);
  });

  it('leaves the supervisor busy when they are with this adviser for a timed action (listening in)', () => {
    const { kit, day, supervisor } = setUp();
    busy(kit, 0);
    supervisor.occupy('listening', 0, 300);
    day.logOut(0);
    expect(supervisor.state).toBe('listening');
  });

  it('books a called-in adviser’s hours as overtime when they log out, and marks absent one who was to be', () => {
    const { kit, day, books } = setUp();
    logIn(kit, 0);
    kit.advisers.calledInAt[0] = 0;
    kit.advisers.absentAfterLogout[0] = 1;
    kit.clock.now = 5400;
    day.logOut(0);
    expect(books.overtimeCost).toBeCloseTo(1.5 * 20 * 1.25, 9);
    expect(kit.advisers.calledInAt[0]).toBe(-1);
    expect(kit.advisers.state[0]).toBe(S.absent);
    expect(kit.advisers.absentAfterLogout[0]).toBe(0);
  });
});

describe('AdviserDay.requestActivity', () => {
  it('starts the activity now for an available adviser, with its end on the queue', () => {
    const { kit, day, calls } = setUp();
    logIn(kit, 0);
    kit.clock.now = 1000;
    expect(day.requestActivity(0, Pending.offlineTask, 900)).toBe('now');
    expect(kit.advisers.state[0]).toBe(S.offlineTask);
    expect(calls).toEqual([]);
    expect(drain(kit.queue)).toEqual([{ time: 1900, kind: 'activityEnd', a: 0, b: 1 }]);
  });

  it('defers it for an adviser on a contact: pending, with its length, nothing scheduled', () => {
    const { kit, day } = setUp();
    busy(kit, 0);
    const version = kit.advisers.version[0];
    expect(day.requestActivity(0, Pending.break, 600)).toBe('deferred');
    expect(kit.advisers.state[0]).toBe(S.talking);
    expect([kit.advisers.pending[0], kit.advisers.pendingSeconds[0]]).toEqual([Pending.break, 600]);
    expect(kit.advisers.version[0]).toBe(version + 1);
    expect(drain(kit.queue)).toEqual([]);
  });

  it('tells the breaks port when a break starts and when it ends', () => {
    const { kit, day, calls } = setUp();
    logIn(kit, 0);
    day.requestActivity(0, Pending.break, 600);
    expect(calls).toEqual(['breakStarted 0']);
    kit.clock.now = 600;
    day.onActivityEnd(0, kit.advisers.activityToken[0]);
    expect(calls).toEqual(['breakStarted 0', 'breakEnded 0']);
    expect(kit.advisers.state[0]).toBe(S.available);
  });
});

describe('AdviserDay.onActivityEnd', () => {
  it('ignores a stale token: the activity it was for was already replaced', () => {
    const { kit, day, calls } = setUp();
    logIn(kit, 0);
    day.requestActivity(0, Pending.training, 600);
    const token = kit.advisers.activityToken[0];
    day.onActivityEnd(0, token - 1);
    expect(kit.advisers.state[0]).toBe(S.training);
    expect(calls).toEqual([]);
  });

  it('ignores the end of an activity of an adviser who logged out meanwhile', () => {
    const { kit, day, calls } = setUp();
    logIn(kit, 0);
    day.requestActivity(0, Pending.training, 600);
    day.logOut(0);
    calls.length = 0;
    day.onActivityEnd(0, kit.advisers.activityToken[0]);
    expect(kit.advisers.state[0]).toBe(S.offline);
    expect(calls).toEqual([]);
  });

  it('ends a coaching through the coaching port, then the adviser is free for work', () => {
    const { kit, day, calls, idle } = setUp();
    logIn(kit, 0);
    day.requestActivity(0, Pending.coaching, 900);
    kit.clock.now = 900;
    day.onActivityEnd(0, kit.advisers.activityToken[0]);
    expect(calls).toEqual(['coachingStarted 0 900', 'coachingEnded 0']);
    expect(kit.advisers.state[0]).toBe(S.available);
    expect(idle(0)).toBe(true);
  });

  it('turns a briefing (a training flagged as the briefing) into briefed', () => {
    const { kit, day } = setUp();
    logIn(kit, 0);
    kit.advisers.briefing[0] = 1;
    day.requestActivity(0, Pending.training, 600);
    kit.clock.now = 600;
    day.onActivityEnd(0, kit.advisers.activityToken[0]);
    expect([kit.advisers.briefing[0], kit.advisers.briefed[0]]).toEqual([0, 1]);
  });

  it('does not count an ordinary training as the briefing', () => {
    const { kit, day } = setUp();
    logIn(kit, 0);
    day.requestActivity(0, Pending.training, 600);
    day.onActivityEnd(0, kit.advisers.activityToken[0]);
    expect(kit.advisers.briefed[0]).toBe(0);
  });
});

describe('AdviserDay: shift start and end', () => {
  it('logs the adviser in at the shift start and puts them to work', () => {
    const { kit, day, idle } = setUp();
    day.onShiftStart(0);
    expect(kit.advisers.state[0]).toBe(S.available);
    expect(idle(0)).toBe(true);
  });

  it('asks presence to mark absent an adviser decided absent at the start, without logging them in', () => {
    const { kit, day, calls } = setUp({ absentAtStart: [0] });
    day.onShiftStart(0);
    expect(calls).toEqual(['markAbsent 0']);
    expect(kit.advisers.state[0]).toBe(S.offline);
  });

  it('ignores the shift start of an adviser already on the floor or whose shift is over', () => {
    const { kit, day, calls } = setUp({ absentAtStart: [0, 1], advisers: [{ id: 'a', skills: { voice: 1 } }, { id: 'b', skills: { voice: 1 } }] });
    logIn(kit, 0);
    kit.advisers.shiftOver[1] = 1;
    day.onShiftStart(0);
    day.onShiftStart(1);
    expect(calls).toEqual([]);
    expect(kit.advisers.state[1]).toBe(S.offline);
  });

  it('logs an available adviser out at the shift end', () => {
    const { kit, day, calls } = setUp();
    logIn(kit, 0);
    kit.clock.now = CLOSE;
    day.onShiftEnd(0);
    expect(kit.advisers.state[0]).toBe(S.offline);
    expect(kit.advisers.shiftOver[0]).toBe(1);
    expect(calls).toEqual(['closeIfNobodyCanServeAny', 'loggedOut']);
  });

  it('ignores the shift end when overtime moved the shift end back', () => {
    const { kit, day, calls } = setUp();
    logIn(kit, 0);
    kit.advisers.shiftEndAt[0] = CLOSE + 1800;
    kit.clock.now = CLOSE;
    day.onShiftEnd(0);
    expect(kit.advisers.state[0]).toBe(S.available);
    expect(kit.advisers.shiftOver[0]).toBe(0);
    expect(calls).toEqual([]);
  });

  it('leaves an adviser on a contact at the shift end on the floor: they log out once free', () => {
    const { kit, day, calls, finishContact } = setUp();
    busy(kit, 0);
    kit.clock.now = CLOSE;
    day.onShiftEnd(0);
    expect(kit.advisers.state[0]).toBe(S.talking);
    expect(kit.advisers.shiftOver[0]).toBe(1);
    expect(calls).toEqual([]);
    kit.clock.now = CLOSE + 100;
    finishContact(0);
    day.becameFree(0);
    expect(kit.advisers.state[0]).toBe(S.offline);
    expect(calls).toEqual(['closeIfNobodyCanServeAny', 'loggedOut']);
  });

  it('keeps an available adviser on at the shift end (at close) while their real-time queue waits', () => {
    const { kit, day, calls } = setUp();
    logIn(kit, 0);
    waitingContact(kit, 0, CLOSE - 30);
    kit.clock.now = CLOSE;
    day.onShiftEnd(0);
    expect(kit.advisers.state[0]).toBe(S.available);
    expect(calls).toEqual([]);
  });

  it('tells the floor port on every log-out, whichever way it happens', () => {
    const { kit, day, calls, free, finishContact } = setUp({
      advisers: ['a', 'b', 'c', 'd'].map((id) => ({ id, skills: { voice: 1 } })),
    });
    logIn(kit, 0);
    day.logOut(0); // now
    busy(kit, 1);
    day.logOut(1); // deferred…
    finishContact(1);
    day.becameFree(1); // …then done
    logIn(kit, 2);
    day.requestActivity(2, Pending.training, 600);
    kit.clock.now = CLOSE;
    day.onShiftEnd(2); // away at the shift end
    free(3);
    kit.advisers.shiftOver[3] = 1;
    day.becameFree(3); // shift over, nothing to stay for
    expect(calls.filter((c) => c === 'loggedOut')).toHaveLength(4);
    expect([0, 1, 2, 3].map((a) => kit.advisers.state[a])).toEqual([S.offline, S.offline, S.offline, S.offline]);
  });
});

describe('AdviserDay: late back from a break (realistic)', () => {
  it('draws twice from peopleRng and, when late, adds the overrun and books observed lateness', () => {
    const peopleRng = constantStream(0.05);
    const { kit, day, books } = setUp({ mode: 'realistic', peopleRng });
    logIn(kit, 0);
    kit.clock.now = 1000;
    day.requestActivity(0, Pending.break, 600);
    expect(peopleRng.draws).toBe(2);
    // stress 0.15: late when u < 0.1 + 0.5 × 0.15 = 0.175; overrun = −ln(1 − 0.05) × 180 × (1 + 2 × 0.15).
    const overrun = -Math.log(0.95) * 180 * 1.3;
    const [end] = drain(kit.queue);
    expect(end.kind).toBe('activityEnd');
    expect(end.time).toBeCloseTo(1000 + 600 + overrun, 6);
    expect(books.latenessSeconds).toBeCloseTo(overrun, 6);
    expect(books.admin).toEqual([{ at: 1000, kind: 'lateness', adviserId: 'a', minutes: Math.round(overrun / 60), source: 'observed' }]);
  });

  it('is back on time when the draw says so: the break lasts its length, nothing is booked', () => {
    const peopleRng = constantStream(0.5);
    const { kit, day, books } = setUp({ mode: 'realistic', peopleRng });
    logIn(kit, 0);
    day.requestActivity(0, Pending.break, 600);
    expect(peopleRng.draws).toBe(2);
    expect(drain(kit.queue)).toEqual([{ time: 600, kind: 'activityEnd', a: 0, b: 1 }]);
    expect(books.admin).toEqual([]);
    expect(books.latenessSeconds).toBe(0);
  });

  it('draws nothing in ideal mode, nor for an activity other than a break', () => {
    const ideal = constantStream(0.05);
    const a = setUp({ peopleRng: ideal });
    logIn(a.kit, 0);
    a.day.requestActivity(0, Pending.break, 600);
    expect(ideal.draws).toBe(0);

    const realistic = constantStream(0.05);
    const b = setUp({ mode: 'realistic', peopleRng: realistic });
    logIn(b.kit, 0);
    b.day.requestActivity(0, Pending.training, 600);
    expect(realistic.draws).toBe(0);
  });
});

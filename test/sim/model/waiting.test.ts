/**
 * Waiting in isolation: real stores, router, recorder and event queue; fake
 * ports for service (answer) and overflow (queued) that record their calls.
 * Customer draws come from a fake constant stream where they decide the case.
 */
import { describe, expect, it } from 'vitest';
import { Field } from '../../../sim/kpi/counters';
import { ContactState, Flag, Origin } from '../../../sim/model/contacts';
import { serialTag } from '../../../sim/model/eventKinds';
import { Waiting } from '../../../sim/model/waiting';
import { constantStream } from '../engine/fakeStream';
import { buildKit, busy, drain, logIn, runEvents, total, voice, withStreams, type ChannelInput, type Kit, type KitOptions } from '../centreKit';

const patience = (value: number) => ({ patience: { dist: 'constant' as const, value } });

function setUp(channels: ChannelInput[], advisers: KitOptions['advisers'] = [{ id: 'a', skills: { voice: 1 } }], options: Partial<KitOptions> = {}, behaviour?: number) {
  const kit = buildKit({ channels, advisers, ...options });
  if (behaviour !== undefined) kit.channels.forEach((_, i) => withStreams(kit, i, { behaviourRng: constantStream(behaviour) }));
  const answers: { slot: number; adviser: number; at: number }[] = [];
  const overflowQueued: { slot: number; channel: number }[] = [];
  const waiting = new Waiting(
    { clock: kit.clock, frame: kit.frame, channels: kit.channels, contacts: kit.contacts, router: kit.router, recorder: kit.recorder, queue: kit.queue },
    {
      service: { answer: (slot, adviser) => answers.push({ slot, adviser, at: kit.clock.now }) },
      overflow: { queued: (slot, channel) => overflowQueued.push({ slot, channel }) },
    },
  );
  return { kit, waiting, answers, overflowQueued };
}
const count = (kit: Kit, field: number, channel = 0) => total(kit, channel, field);

describe('Waiting: a contact arrives', () => {
  it('hands a contact arriving while an adviser is free to service.answer, without queuing it', () => {
    const { kit, waiting, answers, overflowQueued } = setUp([voice('voice', { arrivals: { perHour: 60 }, ...patience(120) })]);
    logIn(kit, 0);
    kit.clock.now = 100;
    waiting.onArrival(0);
    expect(answers).toEqual([{ slot: 0, adviser: 0, at: 100 }]);
    expect(overflowQueued).toEqual([]);
    expect([count(kit, Field.offered), count(kit, Field.queued), count(kit, Field.waited)]).toEqual([1, 0, 0]);
    expect(kit.router.waiting[0]).toBe(0);
    // The next arrival of the channel is on the queue, and nothing else (no abandon timer).
    const events = drain(kit.queue);
    expect(events.map((e) => [e.kind, e.a])).toEqual([['arrival', 0]]);
    expect(events[0].time).toBeGreaterThan(100);
  });

  it('queues a contact when nobody is free, with its abandon timer at arrival + patience, and tells overflow', () => {
    const { kit, waiting, answers, overflowQueued } = setUp([voice('voice', patience(120))]);
    kit.clock.now = 100;
    const slot = waiting.generate(0, Origin.new, 100);
    expect(answers).toEqual([]);
    expect(kit.contacts.state[slot]).toBe(ContactState.waiting);
    expect(kit.router.waiting[0]).toBe(1);
    expect(kit.router.head(0)).toBe(slot);
    expect([count(kit, Field.offered), count(kit, Field.queued), count(kit, Field.waited)]).toEqual([1, 1, 1]);
    expect(overflowQueued).toEqual([{ slot, channel: 0 }]);
    expect(drain(kit.queue)).toEqual([{ time: 220, kind: 'abandon', a: slot, b: 0 }]);
  });

  it('schedules no abandon timer for a customer without patience (never abandons)', () => {
    const { kit, waiting } = setUp([voice()]);
    waiting.generate(0, Origin.new, 0);
    expect(kit.router.waiting[0]).toBe(1);
    expect(drain(kit.queue)).toEqual([]);
  });

  it('queues when the only free adviser lacks the skill', () => {
    const { kit, waiting, answers } = setUp([voice(), voice('other')], [{ id: 'a', skills: { other: 1 } }]);
    logIn(kit, 0);
    waiting.generate(0, Origin.new, 0);
    expect(answers).toEqual([]);
    expect(kit.router.waiting[0]).toBe(1);
  });

  it('counts a retrial and a repeat by their origin', () => {
    const { kit, waiting } = setUp([voice()]);
    waiting.generate(0, Origin.retrial, 0);
    waiting.generate(0, Origin.repeat, 0);
    waiting.generate(0, Origin.new, 0);
    expect([count(kit, Field.retrials), count(kit, Field.repeats), count(kit, Field.offered)]).toEqual([1, 1, 3]);
  });

  it('gives an email its due time from the channel (elapsed hours)', () => {
    const email: ChannelInput = { id: 'email', kind: 'email', handleTime: { dist: 'constant', value: 300 }, due: { hours: 4 } };
    const { kit, waiting } = setUp([email], [{ id: 'a', skills: { email: 1 } }]);
    const slot = waiting.generate(0, Origin.new, 600);
    expect(kit.contacts.due[slot]).toBe(600 + 4 * 3600);
  });
});

describe('Waiting: the customer hangs up', () => {
  it('fires the abandon timer as an abandon counted by the recorder, and frees the contact', () => {
    const { kit, waiting } = setUp([voice('voice', patience(120))]);
    const slot = waiting.generate(0, Origin.new, 0);
    const ran = runEvents(kit, { abandon: (a) => waiting.onAbandon(a) });
    expect(ran).toEqual([{ time: 120, kind: 'abandon', a: slot, b: 0 }]);
    expect([count(kit, Field.abandoned), count(kit, Field.shortAbandoned), count(kit, Field.abandonedWithinThreshold)]).toEqual([1, 0, 0]);
    expect(kit.router.waiting[0]).toBe(0);
    expect(kit.router.head(0)).toBe(-1);
    expect(kit.contacts.inSystem).toBe(0);
  });

  it('counts an abandon within shortAbandonSeconds as short, and within the threshold', () => {
    const { kit, waiting } = setUp([voice('voice', patience(3))]);
    waiting.generate(0, Origin.new, 0);
    runEvents(kit, { abandon: (a) => waiting.onAbandon(a) });
    expect([count(kit, Field.abandoned), count(kit, Field.shortAbandoned), count(kit, Field.abandonedWithinThreshold)]).toEqual([1, 1, 1]);
  });

  it('ignores an abandon event for a contact that is no longer waiting', () => {
    const { kit, waiting } = setUp([voice('voice', patience(60))]);
    const slot = waiting.generate(0, Origin.new, 0);
    kit.contacts.setState(slot, ContactState.inService);
    kit.clock.now = 60;
    waiting.onAbandon(slot);
    expect(count(kit, Field.abandoned)).toBe(0);
  });

  const retrying = (u: number, closeAt?: string) =>
    setUp([voice('voice', { ...patience(60), retrial: { share: 0.5, delay: { dist: 'constant', value: 300 } } })], undefined, closeAt ? { clock: { start: '08:00', end: closeAt } } : {}, u);

  it('schedules a retrial for a share of abandoners (u < share), after the retrial delay', () => {
    const { kit, waiting } = retrying(0.2);
    waiting.generate(0, Origin.new, 0);
    runEvents(kit, { abandon: (a) => waiting.onAbandon(a) }, 60);
    expect(drain(kit.queue)).toEqual([{ time: 360, kind: 'contactReturn', a: 0, b: Origin.retrial }]);
  });

  it('schedules no retrial for the others (u ≥ share)', () => {
    const { kit, waiting } = retrying(0.7);
    waiting.generate(0, Origin.new, 0);
    runEvents(kit, { abandon: (a) => waiting.onAbandon(a) }, 60);
    expect(drain(kit.queue)).toEqual([]);
    expect(count(kit, Field.abandoned)).toBe(1);
  });

  it('schedules no retrial once the line has closed', () => {
    const { kit, waiting } = retrying(0.2, '08:01'); // closes at 60 s, when the customer hangs up
    waiting.generate(0, Origin.new, 0);
    runEvents(kit, { abandon: (a) => waiting.onAbandon(a) }, 60);
    expect(drain(kit.queue)).toEqual([]);
  });

  it('brings a retrial back as a new contact of its channel, counted as a retrial', () => {
    const { kit, waiting } = retrying(0.2);
    kit.clock.now = 360;
    waiting.onReturn(0, Origin.retrial);
    expect(kit.router.waiting[0]).toBe(1);
    expect([count(kit, Field.retrials), count(kit, Field.offered)]).toEqual([1, 1]);
  });

  it('drops a real-time retrial arriving after closing: the line is closed', () => {
    const { kit, waiting } = retrying(0.2, '08:10');
    kit.clock.now = 600;
    waiting.onReturn(0, Origin.retrial);
    expect(kit.contacts.generated).toBe(0);
  });
});

describe('Waiting: the IVR', () => {
  const withIvr = (u: number) => setUp([voice('voice', { ...patience(60), ivr: { deflection: 0.3 } })], undefined, {}, u);

  it('deflects a share of callers (u < deflection): counted, never offered, never queued nor answered', () => {
    const { kit, waiting, answers, overflowQueued } = withIvr(0.2);
    logIn(kit, 0);
    expect(waiting.generate(0, Origin.new, 0)).toBe(-1);
    expect([count(kit, Field.deflected), count(kit, Field.offered), count(kit, Field.queued)]).toEqual([1, 0, 0]);
    expect(answers).toEqual([]);
    expect(overflowQueued).toEqual([]);
    expect(kit.router.waiting[0]).toBe(0);
    expect(kit.contacts.inSystem).toBe(0);
    expect(drain(kit.queue)).toEqual([]);
  });

  it('lets the other callers through (u ≥ deflection)', () => {
    const { kit, waiting, answers } = withIvr(0.5);
    logIn(kit, 0);
    const slot = waiting.generate(0, Origin.new, 0);
    expect(answers).toEqual([{ slot, adviser: 0, at: 0 }]);
    expect(count(kit, Field.deflected)).toBe(0);
  });

  it('deflects at least 35 % of an incident’s callers while the IVR incident message is on', () => {
    const { kit, waiting } = withIvr(0.33);
    kit.channels[0].ivrIncident = true;
    expect(waiting.generate(0, Origin.new, 0, -1, Flag.incident)).toBe(-1);
    expect(waiting.generate(0, Origin.new, 0)).toBeGreaterThanOrEqual(0); // not about the incident: 0.33 ≥ 0.3
    expect(count(kit, Field.deflected)).toBe(1);
  });
});

describe('Waiting: the callback offer', () => {
  const callbackCentre = (u: number, offerWhenWaitOverSeconds = 60) => {
    const s = setUp(
      [
        voice('voice', { ...patience(600), callback: { channel: 'cb', offerWhenWaitOverSeconds, acceptShare: 0.5, dueWithinMinutes: 30 } }),
        { id: 'cb', kind: 'callback', handleTime: { dist: 'constant', value: 200 } },
      ],
      [{ id: 'a', skills: { voice: 1, cb: 1 } }],
      {},
      u,
    );
    busy(s.kit, 0); // staffed, but not free: estimated wait = 1 waiting × 180 s ÷ 1 = 180 s
    return s;
  };

  it('moves a caller who takes the offer (u < acceptShare) to the callback queue, due within its minutes', () => {
    const { kit, waiting, overflowQueued } = callbackCentre(0.2);
    kit.clock.now = 100;
    const slot = waiting.generate(0, Origin.new, 100);
    expect([count(kit, Field.callbacksOffered), count(kit, Field.calledBack), count(kit, Field.abandoned)]).toEqual([1, 1, 0]);
    expect(kit.router.waiting[0]).toBe(0);
    expect(kit.router.waiting[1]).toBe(1);
    const cb = kit.router.head(1);
    expect(kit.contacts.origin[cb]).toBe(Origin.callback);
    expect(kit.contacts.due[cb]).toBe(100 + 30 * 60);
    expect(count(kit, Field.offered, 1)).toBe(1);
    // The voice contact's abandon timer went with it; only the callback contact reached overflow.
    expect(drain(kit.queue)).toEqual([]);
    expect(overflowQueued).toEqual([{ slot: cb, channel: 1 }]);
    expect(slot).toBeGreaterThanOrEqual(0);
  });

  it('keeps a caller who declines (u ≥ acceptShare) in the queue, counted as offered', () => {
    const { kit, waiting } = callbackCentre(0.7);
    const slot = waiting.generate(0, Origin.new, 0);
    expect([count(kit, Field.callbacksOffered), count(kit, Field.calledBack)]).toEqual([1, 0]);
    expect(kit.router.head(0)).toBe(slot);
    expect(kit.router.waiting[1]).toBe(0);
  });

  it('makes no offer while the estimated wait is at most the threshold', () => {
    const { kit, waiting } = callbackCentre(0.2, 180);
    waiting.generate(0, Origin.new, 0);
    expect(count(kit, Field.callbacksOffered)).toBe(0);
    expect(kit.router.waiting[0]).toBe(1);
  });
});

describe('Waiting: skill tiers', () => {
  it('schedules a widening at each later tier, and then hands the contact to a junior who was idle', () => {
    const { kit, waiting, answers } = setUp(
      [voice('voice', { ...patience(120), widening: [{ afterSeconds: 0, minProficiency: 0.8 }, { afterSeconds: 30, minProficiency: 0.3 }] })],
      [{ id: 'junior', skills: { voice: 0.5 } }],
    );
    logIn(kit, 0);
    const slot = waiting.generate(0, Origin.new, 0);
    expect(answers).toEqual([]);
    const ran = runEvents(kit, { widen: (a, b) => waiting.onWiden(a, b) }, 30);
    expect(ran).toEqual([{ time: 30, kind: 'widen', a: slot, b: serialTag(kit.contacts.serial[slot]) }]);
    expect(answers).toEqual([{ slot, adviser: 0, at: 30 }]);
    expect(kit.router.waiting[0]).toBe(0);
    expect(drain(kit.queue)).toEqual([]); // the abandon timer was cancelled
  });
});

describe('Waiting: the estimated-wait announcement', () => {
  // Talk 600 s, one adviser staffed and busy: the estimated wait is 600 s per caller waiting.
  const announcing = () => {
    const s = setUp([voice('voice', { handleTime: { dist: 'constant', value: 600 }, ...patience(1000), announcement: { afterSeconds: 30 } })]);
    busy(s.kit, 0);
    return s;
  };
  const at = (kit: Kit, t: number) => { kit.clock.now = t; };

  it('makes a caller hang up when their share of the estimated wait is longer than their patience left', () => {
    const { kit, waiting } = announcing();
    const slots = [0, 1, 2].map((t) => { at(kit, t); return waiting.generate(0, Origin.new, t); });
    at(kit, 32);
    // Third of three: announced 1800 × 3/3 = 1800 s > 1000 − 30 left.
    waiting.onAnnouncement(slots[2], serialTag(kit.contacts.serial[slots[2]]));
    expect(count(kit, Field.abandoned)).toBe(1);
    // First of the remaining two: announced 1200 × 1/2 = 600 s < 1000 − 32 left.
    waiting.onAnnouncement(slots[0], serialTag(kit.contacts.serial[slots[0]]));
    expect(count(kit, Field.abandoned)).toBe(1);
  });

  it('ignores the announcement of a contact that already left', () => {
    const { kit, waiting } = announcing();
    const slot = waiting.generate(0, Origin.new, 0);
    const tag = serialTag(kit.contacts.serial[slot]);
    waiting.abandon(slot);
    waiting.onAnnouncement(slot, tag);
    expect(count(kit, Field.abandoned)).toBe(1);
  });

  // Slots are reused: the position scan must not stop at a stale entry left in the ring by an
  // earlier contact of the same slot (it once did: position 0, an announced wait of 0 s).
  // Here: A (slot 0) and B queue, A hangs up, C reuses slot 0 behind B.
  // C is second of two: announced 1200 × 2/2 = 1200 s > 970 s of patience left.
  it('counts a caller in a reused slot at their true position (second of two), and makes them hang up', () => {
    const { kit, waiting } = announcing();
    at(kit, 0);
    const a = waiting.generate(0, Origin.new, 0);
    at(kit, 1);
    waiting.generate(0, Origin.new, 1);
    at(kit, 2);
    waiting.abandon(a);
    at(kit, 3);
    const c = waiting.generate(0, Origin.new, 3);
    expect(c).toBe(a); // the slot was reused
    at(kit, 33);
    waiting.onAnnouncement(c, serialTag(kit.contacts.serial[c]));
    expect(count(kit, Field.abandoned)).toBe(2);
  });
});

describe('Waiting: closing time and the end of the run', () => {
  const email: ChannelInput = { id: 'email', kind: 'email', handleTime: { dist: 'constant', value: 300 } };

  it('after closing, loses a real-time contact at once when nobody who could answer it is logged in', () => {
    const { kit, waiting } = setUp([voice('voice', patience(600))], undefined, { clock: { start: '08:00', end: '08:10' } });
    kit.clock.now = 700;
    waiting.generate(0, Origin.new, 700);
    expect(count(kit, Field.abandoned)).toBe(1);
    expect(kit.router.waiting[0]).toBe(0);
  });

  it('after closing, keeps a real-time contact waiting while a skilled adviser is still logged in', () => {
    const { kit, waiting } = setUp([voice('voice', patience(600))], undefined, { clock: { start: '08:00', end: '08:10' } });
    busy(kit, 0);
    kit.clock.now = 700;
    waiting.generate(0, Origin.new, 700);
    waiting.closeIfNobodyCanServeAny();
    expect(count(kit, Field.abandoned)).toBe(0);
    expect(kit.router.waiting[0]).toBe(1);
  });

  it('at the end of the run, counts waiting real-time contacts as lost and carries deferred work over', () => {
    const { kit, waiting } = setUp([voice('voice', patience(600)), email], [{ id: 'a', skills: { voice: 1, email: 1 } }]);
    waiting.generate(0, Origin.new, 0);
    waiting.generate(1, Origin.new, 0);
    waiting.generate(1, Origin.new, 0);
    waiting.carryOver();
    expect([count(kit, Field.abandoned, 0), count(kit, Field.carriedOver, 0)]).toEqual([1, 0]);
    expect([count(kit, Field.abandoned, 1), count(kit, Field.carriedOver, 1)]).toEqual([0, 2]);
    expect(kit.contacts.inSystem).toBe(0);
    expect(drain(kit.queue)).toEqual([]); // abandon timers cancelled
  });
});

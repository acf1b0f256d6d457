/**
 * Service in isolation: real stores, router, recorder and queue; fake ports for
 * the adviser's day (becameFree) and raised hands (clearIfRaised) that record
 * their calls. Events are popped and handed to the service's handlers.
 */
import { describe, expect, it } from 'vitest';
import { Field } from '../../../sim/kpi/counters';
import { S } from '../../../sim/model/adviserMachine';
import { Pending } from '../../../sim/model/advisers';
import { ContactState, Flag, Origin } from '../../../sim/model/contacts';
import { Ev, serialTag } from '../../../sim/model/eventKinds';
import { drawCustomer, drawWork, setUpContact } from '../../../sim/model/contactSetup';
import { Service } from '../../../sim/model/service';
import { buildKit, contact, drain, logIn, runEvents, total, voice, waitingContact, type ChannelInput, type ContactInput, type Kit, type KitOptions } from '../centreKit';

function setUp(channels: ChannelInput[] = [voice()], advisers: KitOptions['advisers'] = [{ id: 'a', skills: { voice: 1 } }], options: Partial<KitOptions> = {}) {
  const kit = buildKit({ channels, advisers, ...options });
  const conditions = { slowdown: 1 };
  const freed: { adviser: number; at: number }[] = [];
  const handsCleared: { adviser: number; at: number }[] = [];
  const service = new Service(
    { clock: kit.clock, frame: kit.frame, channels: kit.channels, contacts: kit.contacts, advisers: kit.advisers, router: kit.router, recorder: kit.recorder, queue: kit.queue, conditions },
    {
      day: { becameFree: (adviser) => freed.push({ adviser, at: kit.clock.now }) },
      hands: { clearIfRaised: (adviser) => handsCleared.push({ adviser, at: kit.clock.now }) },
    },
  );
  const handlers = {
    holdStart: (a: number) => service.onHoldStart(a),
    holdEnd: (a: number) => service.onHoldEnd(a),
    talkEnd: (a: number) => service.onTalkEnd(a),
    wrapEnd: (a: number) => service.onWrapEnd(a),
    concurrentEnd: (a: number) => service.onConcurrentEnd(a),
  };
  const run = (until = Infinity) => runEvents(kit, handlers, until).map((e) => `${e.time} ${e.kind}`);
  return { kit, service, conditions, freed, handsCleared, run };
}
const count = (kit: Kit, field: number, channel = 0) => total(kit, channel, field);

/** A voice contact queued at 0 with an abandon timer at 120 s. */
function queuedCall(kit: Kit, c: ContactInput = {}): number {
  const slot = waitingContact(kit, 0, 0, { patience: 120, ...c });
  kit.contacts.abandonHandle[slot] = kit.queue.schedule(120, Ev.abandon, slot);
  return slot;
}

describe('Service: one contact, start to finish', () => {
  it('answer → talk end → wrap end → the adviser is free: handled and resolved are counted', () => {
    const { kit, service, freed, handsCleared, run } = setUp();
    logIn(kit, 0);
    const slot = queuedCall(kit, { talk: 180, wrapUp: 30 });
    kit.router.takeContact(0, 30);
    kit.clock.now = 30;
    service.answer(slot, 0);
    expect(kit.contacts.state[slot]).toBe(ContactState.inService);
    expect(kit.contacts.answeredAt[slot]).toBe(30);
    expect([kit.advisers.state[0], kit.advisers.contact[0]]).toEqual([S.talking, slot]);
    expect([count(kit, Field.answered), count(kit, Field.waitSumAnswered), count(kit, Field.answeredWithinThreshold)]).toEqual([1, 30, 0]);

    expect(run(210)).toEqual(['210 talkEnd']);
    expect(kit.advisers.state[0]).toBe(S.wrapUp);
    expect(handsCleared).toEqual([{ adviser: 0, at: 210 }]);
    expect(freed).toEqual([]);

    expect(run()).toEqual(['240 wrapEnd']); // and no abandon: its timer was cancelled on answer
    expect(freed).toEqual([{ adviser: 0, at: 240 }]);
    expect(kit.advisers.state[0]).toBe(S.available);
    expect([kit.advisers.contact[0], kit.advisers.contactChannel[0]]).toEqual([-1, -1]);
    expect([count(kit, Field.handled), count(kit, Field.handleSum), count(kit, Field.talkSum), count(kit, Field.resolved)]).toEqual([1, 210, 180, 1]);
    expect([kit.advisers.handled[0], kit.advisers.handlingSeconds[0]]).toEqual([1, 210]);
    expect(kit.contacts.inSystem).toBe(0);
  });

  it('frees the adviser right at the talk end when there is no wrap-up', () => {
    const { kit, service, freed, run } = setUp();
    logIn(kit, 0);
    const slot = contact(kit, 0, 0, { talk: 100 });
    service.answer(slot, 0);
    expect(run()).toEqual(['100 talkEnd']);
    expect(freed).toEqual([{ adviser: 0, at: 100 }]);
    expect(count(kit, Field.handleSum)).toBe(100);
  });

  it('splits the talk around a hold: half, the hold, the other half', () => {
    const { kit, service, run } = setUp();
    logIn(kit, 0);
    const slot = contact(kit, 0, 0, { talk: 180, hold: 60, wrapUp: 10 });
    kit.clock.now = 30;
    service.answer(slot, 0);
    expect(run(120)).toEqual(['120 holdStart']);
    expect(kit.advisers.state[0]).toBe(S.hold);
    expect(run(180)).toEqual(['180 holdEnd']);
    expect(kit.advisers.state[0]).toBe(S.talking);
    expect(run()).toEqual(['270 talkEnd', '280 wrapEnd']);
    expect([count(kit, Field.handleSum), count(kit, Field.talkSum)]).toEqual([250, 180]);
  });

  it('schedules a repeat contact for an unresolved customer (u ≥ fcr), after the repeat delay', () => {
    const { kit, service, run } = setUp([voice('voice', { fcr: 0.5, repeatDelay: { dist: 'constant', value: 3600 } })]);
    logIn(kit, 0);
    service.answer(contact(kit, 0, 0, { talk: 100, uResolved: 0.7 }), 0);
    run(100);
    expect(count(kit, Field.resolved)).toBe(0);
    expect(drain(kit.queue)).toEqual([{ time: 3700, kind: 'contactReturn', a: 0, b: Origin.repeat }]);
  });

  it('counts a resolved customer (u < fcr) and schedules nothing', () => {
    const { kit, service, run } = setUp([voice('voice', { fcr: 0.5, repeatDelay: { dist: 'constant', value: 3600 } })]);
    logIn(kit, 0);
    service.answer(contact(kit, 0, 0, { talk: 100, uResolved: 0.2 }), 0);
    run();
    expect(count(kit, Field.resolved)).toBe(1);
  });
});

describe('Service: moving the talk end', () => {
  it('reschedules the talk end, and the contact ends then', () => {
    const { kit, service, run } = setUp();
    logIn(kit, 0);
    service.answer(contact(kit, 0, 0, { talk: 100 }), 0);
    kit.clock.now = 50;
    expect(service.rescheduleTalkEnd(0, 400)).toBe(true);
    expect(kit.advisers.talkEndAt[0]).toBe(400);
    expect(run()).toEqual(['400 talkEnd']);
  });

  it('never moves the talk end into the past', () => {
    const { kit, service, run } = setUp();
    logIn(kit, 0);
    service.answer(contact(kit, 0, 0, { talk: 100 }), 0);
    kit.clock.now = 50;
    service.rescheduleTalkEnd(0, 10);
    expect(run()).toEqual(['50 talkEnd']);
  });

  it('refuses when no talk end is pending: before the hold of a held call, or once the talk is over', () => {
    const { kit, service, run } = setUp();
    logIn(kit, 0);
    service.answer(contact(kit, 0, 0, { talk: 100, hold: 20, wrapUp: 50 }), 0);
    expect(service.rescheduleTalkEnd(0, 500)).toBe(false);
    run(120); // hold 50–70, talk end at 120
    expect(service.rescheduleTalkEnd(0, 500)).toBe(false);
  });
});

describe('Service: a difficult contact', () => {
  it('makes the adviser raise a hand 30 % into the talk, and adds stress', () => {
    const { kit, service } = setUp();
    logIn(kit, 0);
    const slot = contact(kit, 0, 0, { talk: 200, flags: Flag.difficult });
    kit.clock.now = 10;
    service.answer(slot, 0);
    expect(kit.advisers.stress[0]).toBeCloseTo(0.2, 12);
    const tag = serialTag(kit.contacts.serial[slot]);
    expect(drain(kit.queue)).toEqual([
      { time: 70, kind: 'raiseHand', a: 0, b: tag },
      { time: 210, kind: 'talkEnd', a: 0, b: 0 },
    ]);
  });

  it('with a hold, raises the hand after the hold, 30 % into the second half', () => {
    const { kit, service } = setUp();
    logIn(kit, 0);
    const slot = contact(kit, 0, 0, { talk: 200, hold: 40, flags: Flag.difficult });
    service.answer(slot, 0);
    runEvents(kit, { holdStart: (a) => service.onHoldStart(a), holdEnd: (a) => service.onHoldEnd(a) }, 140);
    expect(drain(kit.queue).map((e) => `${e.time} ${e.kind}`)).toEqual(['170 raiseHand', '240 talkEnd']);
  });
});

describe('Service: realistic mode', () => {
  const realistic = (skill: number) => setUp([voice()], [{ id: 'a', skills: { voice: skill }, breaks: [] }], { mode: 'realistic' });

  it('stretches the talk by the adviser’s speed: a half-trained adviser takes 1.3×, an IT slowdown on top', () => {
    const { kit, service, conditions } = realistic(0.5);
    logIn(kit, 0);
    const slot = contact(kit, 0, 0, { talk: 100 });
    conditions.slowdown = 1.5;
    service.answer(slot, 0);
    expect(kit.contacts.talk[slot]).toBeCloseTo(195, 9);
    expect(drain(kit.queue)[0].time).toBeCloseTo(195, 9);
  });

  it('grades each handled contact on the quality grid', () => {
    const { kit, service, run } = realistic(0.5);
    logIn(kit, 0);
    service.answer(contact(kit, 0, 0, { talk: 100, uGrade: 0.5 }), 0);
    run();
    expect(count(kit, Field.qualityCount)).toBe(1);
    expect(count(kit, Field.qualitySum)).toBeCloseTo(69.5, 9); // the adviser's level, u = 0.5
    expect(count(kit, Field.complaints)).toBe(0);
  });

  it('books a complaint for a VIP whose raised hand went unanswered', () => {
    const { kit, service, run } = realistic(1);
    logIn(kit, 0);
    service.answer(contact(kit, 0, 0, { talk: 100, flags: Flag.vip | Flag.handUnanswered }), 0);
    run();
    expect(count(kit, Field.complaints)).toBe(1);
  });
});

describe('Service: concurrent chat', () => {
  const chat: ChannelInput = { id: 'chat', kind: 'chat', handleTime: { dist: 'constant', value: 100 }, maxConcurrent: 2, concurrencyStretch: 0.5 };
  const chatContact = (kit: Kit, arrival: number) => contact(kit, 0, arrival, { talk: 100, gap: 20, wrapUp: 10 });

  it('holds several conversations, each longer by the stretch of those already held', () => {
    const { kit, service } = setUp([chat], [{ id: 'a', skills: { chat: 1 } }]);
    logIn(kit, 0);
    kit.router.findAdviser(0, 0, kit.clock.now);
    service.answer(chatContact(kit, 0), 0);
    kit.clock.now = 10;
    service.answer(chatContact(kit, 10), 0);
    expect([kit.advisers.state[0], kit.advisers.concurrent[0], kit.advisers.contact[0]]).toEqual([S.talking, 2, -1]);
    // First: 100 + 20 + 10; second: 100 × 1.5 + 20 + 10, from 10.
    expect(drain(kit.queue).map((e) => `${e.time} ${e.kind}`)).toEqual(['130 concurrentEnd', '190 concurrentEnd']);
  });

  it('offers a chatter with room to the router for the next chat', () => {
    const { kit, service } = setUp([chat], [{ id: 'a', skills: { chat: 1 } }]);
    logIn(kit, 0);
    kit.router.findAdviser(0, 0, kit.clock.now);
    service.answer(chatContact(kit, 0), 0);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(0);
  });

  it('takes a waiting chat when a conversation ends, and is free only once the last one ends', () => {
    const { kit, service, freed, run } = setUp([chat], [{ id: 'a', skills: { chat: 1 } }]);
    logIn(kit, 0);
    kit.router.findAdviser(0, 0, kit.clock.now);
    service.answer(chatContact(kit, 0), 0);
    kit.clock.now = 10;
    service.answer(chatContact(kit, 10), 0);
    const third = waitingContact(kit, 0, 20, { talk: 100, gap: 20, wrapUp: 10 });
    expect(run(130)).toEqual(['130 concurrentEnd']);
    expect(kit.contacts.state[third]).toBe(ContactState.inService);
    expect(kit.advisers.concurrent[0]).toBe(2);
    expect(run()).toEqual(['190 concurrentEnd', '310 concurrentEnd']);
    expect(freed).toEqual([{ adviser: 0, at: 310 }]);
    expect(kit.advisers.state[0]).toBe(S.available);
    expect(count(kit, Field.handled)).toBe(3);
    expect(count(kit, Field.waitSumAnswered)).toBe(110); // 0 + 0 + (130 − 20)
  });

  it('takes no new chat when a break is waiting for the adviser', () => {
    const { kit, service, run } = setUp([chat], [{ id: 'a', skills: { chat: 1 } }]);
    logIn(kit, 0);
    kit.router.findAdviser(0, 0, kit.clock.now);
    service.answer(chatContact(kit, 0), 0);
    service.answer(chatContact(kit, 0), 0);
    kit.advisers.pending[0] = Pending.break;
    const waitingChat = waitingContact(kit, 0, 5);
    run(130);
    expect(kit.contacts.state[waitingChat]).toBe(ContactState.waiting);
  });
});

describe('Service: the quality grid and the customer’s draws', () => {
  // The contact's ±10 quality variation once reused the customer's uDeflect draw: only
  // contacts with uDeflect ≥ the IVR deflection reach an adviser, so with an IVR the grades
  // were biased (+5 with deflection 0.5). It has its own stream now. Contacts are drawn here
  // exactly as the engine draws them, the deflected ones dropped as waiting.ts drops them.
  it('grades answered contacts around the adviser’s level, whatever the IVR deflected', () => {
    const { kit, service, run } = setUp([voice('voice', { ivr: { deflection: 0.5 }, difficultShare: 0 })], [{ id: 'a', skills: { voice: 0.5 }, breaks: [] }], { mode: 'realistic' });
    logIn(kit, 0);
    const ch = kit.channels[0];
    for (let i = 0; i < 2000; i++) {
      const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.new, kit.clock.now);
      drawWork(ch, kit.contacts, slot);
      drawCustomer(ch, kit.contacts, slot, 0);
      if (kit.contacts.uDeflect[slot] < ch.deflection) {
        kit.contacts.release(slot);
        continue;
      }
      service.answer(slot, 0);
      run();
    }
    const mean = count(kit, Field.qualitySum) / count(kit, Field.qualityCount);
    expect(count(kit, Field.qualityCount)).toBeGreaterThan(900);
    expect(Math.abs(mean - 69.5)).toBeLessThan(0.5); // the adviser's level; the draws' standard error is ≈ 0.2
  });
});

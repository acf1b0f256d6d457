/**
 * Raised hands in isolation: an adviser on a contact with a pending talk end,
 * the real queue, recorder and activity log, and a fake service port that
 * records where the talk end is moved.
 */
import { describe, expect, it } from 'vitest';
import { Field } from '../../../sim/kpi/counters';
import { ActivityLog } from '../../../sim/model/activityLog';
import { Flag } from '../../../sim/model/contacts';
import { Ev, serialTag } from '../../../sim/model/eventKinds';
import { HUMAN } from '../../../sim/model/humanFactors';
import { RaisedHands } from '../../../sim/model/raisedHands';
import { buildKit, busy, contact, drain, runEvents, total, voice, type Kit } from '../centreKit';

function setUp() {
  const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a1', name: 'Ada Lovelace', skills: { voice: 1 } }], mode: 'realistic' });
  const activity = new ActivityLog();
  const moves: { adviser: number; at: number; now: number }[] = [];
  const hands = new RaisedHands(
    { clock: kit.clock, contacts: kit.contacts, advisers: kit.advisers, plans: kit.plans, recorder: kit.recorder, queue: kit.queue, activity },
    { service: { rescheduleTalkEnd: (adviser, at) => { moves.push({ adviser, at, now: kit.clock.now }); return true; } } },
  );
  return { kit, hands, activity, moves };
}

/** Adviser 0 talking on a contact (flags given) whose talk ends at `talkEnd`; returns the raise-hand tag. */
function onCall(kit: Kit, talkEnd: number, flags: number = Flag.difficult): { slot: number; tag: number } {
  busy(kit, 0);
  const slot = contact(kit, 0, 0, { flags });
  kit.advisers.contact[0] = slot;
  kit.advisers.talkEndHandle[0] = kit.queue.schedule(talkEnd, Ev.talkEnd, 0);
  kit.advisers.talkEndAt[0] = talkEnd;
  return { slot, tag: serialTag(kit.contacts.serial[slot]) };
}
const count = (kit: Kit, field: number) => total(kit, 0, field);

describe('RaisedHands', () => {
  it('raises a hand with a 90 s budget: counted, logged, and a deadline scheduled', () => {
    const { kit, hands, activity } = setUp();
    const { tag } = onCall(kit, 300);
    kit.clock.now = 60;
    hands.onRaiseHand(0, tag);
    expect(hands.isRaised(0)).toBe(true);
    expect(kit.advisers.handDeadline[0]).toBe(60 + HUMAN.handBudget);
    expect(count(kit, Field.handsRaised)).toBe(1);
    expect(activity.entries.map((e) => [e.code, e.severity, e.adviserId])).toEqual([['handRaised', 'warning', 'a1']]);
    expect(drain(kit.queue).map((e) => `${e.time} ${e.kind}`)).toEqual(['150 handDeadline', '300 talkEnd']);
  });

  it('gives a VIP’s hand a shorter budget (60 s)', () => {
    const { kit, hands, activity } = setUp();
    const { tag } = onCall(kit, 300, Flag.difficult | Flag.vip);
    kit.clock.now = 60;
    hands.onRaiseHand(0, tag);
    expect(kit.advisers.handDeadline[0]).toBe(60 + HUMAN.vipHandBudget);
    expect(kit.advisers.handVip[0]).toBe(1);
    expect(activity.entries[0].code).toBe('vipHandRaised');
  });

  it('does not raise a hand for a contact that has already ended (a stale tag)', () => {
    const { kit, hands } = setUp();
    const { tag } = onCall(kit, 300);
    hands.onRaiseHand(0, tag + 1);
    expect(hands.isRaised(0)).toBe(false);
    expect(count(kit, Field.handsRaised)).toBe(0);
  });

  it('does not raise a hand when no talk end is pending', () => {
    const { kit, hands } = setUp();
    const { tag } = onCall(kit, 300);
    kit.advisers.talkEndHandle[0] = -1;
    hands.onRaiseHand(0, tag);
    expect(hands.isRaised(0)).toBe(false);
  });

  it('counts a hand answered in time, relieves the adviser, and lets the deadline pass without effect', () => {
    const { kit, hands, moves } = setUp();
    const { slot, tag } = onCall(kit, 300);
    kit.clock.now = 60;
    hands.onRaiseHand(0, tag);
    const stress = kit.advisers.stress[0];
    kit.clock.now = 100;
    expect(hands.answer(0)).toBe(true);
    expect(hands.isRaised(0)).toBe(false);
    expect(kit.advisers.stress[0]).toBeCloseTo(stress - 0.1, 12);
    runEvents(kit, { handDeadline: (a, b) => hands.onHandDeadline(a, b) }, 150);
    expect([count(kit, Field.handsAnswered), count(kit, Field.handsUnanswered)]).toEqual([1, 0]);
    expect(moves).toEqual([]);
    expect(kit.contacts.flags[slot] & Flag.handUnanswered).toBe(0);
  });

  it('refuses to answer when no hand is up', () => {
    const { kit, hands } = setUp();
    onCall(kit, 300);
    expect(hands.answer(0)).toBe(false);
    expect(count(kit, Field.handsAnswered)).toBe(0);
  });

  it('left unanswered, pushes the talk end back (remaining × 1.5 + 60 s), counts it and marks the contact', () => {
    const { kit, hands, moves, activity } = setUp();
    const { slot, tag } = onCall(kit, 300);
    kit.clock.now = 60;
    hands.onRaiseHand(0, tag);
    const stress = kit.advisers.stress[0];
    runEvents(kit, { handDeadline: (a, b) => hands.onHandDeadline(a, b) }, 150);
    // At 150, 150 s of talk were left: 150 × 1.5 + 60 = 285 → the talk now ends at 435.
    expect(moves).toEqual([{ adviser: 0, at: 435, now: 150 }]);
    expect([count(kit, Field.handsAnswered), count(kit, Field.handsUnanswered)]).toEqual([0, 1]);
    expect(kit.contacts.flags[slot] & Flag.handUnanswered).toBe(Flag.handUnanswered);
    expect(kit.advisers.stress[0]).toBeCloseTo(stress + 0.15, 12);
    expect(hands.isRaised(0)).toBe(false);
    expect(activity.entries.map((e) => e.code)).toEqual(['handRaised', 'handExpired']);
  });

  it('ignores a deadline left over from an earlier hand once another is up', () => {
    const { kit, hands, moves } = setUp();
    const first = onCall(kit, 300);
    kit.clock.now = 60;
    hands.onRaiseHand(0, first.tag);
    hands.answer(0);
    // A new contact, a new hand: the first hand's deadline (150) must not expire the second.
    const slot = contact(kit, 0, 100, { flags: Flag.difficult });
    kit.advisers.contact[0] = slot;
    kit.clock.now = 120;
    hands.onRaiseHand(0, serialTag(kit.contacts.serial[slot]));
    kit.clock.now = 150;
    hands.onHandDeadline(0, first.tag);
    expect(hands.isRaised(0)).toBe(true);
    expect(moves).toEqual([]);
  });

  it('puts the hand down when the contact ends before anyone came, with no count', () => {
    const { kit, hands, moves } = setUp();
    const { tag } = onCall(kit, 100);
    kit.clock.now = 60;
    hands.onRaiseHand(0, tag);
    kit.clock.now = 100;
    hands.clearIfRaised(0);
    expect(hands.isRaised(0)).toBe(false);
    hands.onHandDeadline(0, tag);
    expect([count(kit, Field.handsAnswered), count(kit, Field.handsUnanswered)]).toEqual([0, 0]);
    expect(moves).toEqual([]);
  });
});

/**
 * Overflow groups in isolation: the real queue, contacts, recorder and router
 * (for forEachWaiting); fake ports for waiting (leaveQueue, stillWaiting) and
 * service (resolveOrRepeat) that record their calls.
 */
import { describe, expect, it } from 'vitest';
import { Field } from '../../../sim/kpi/counters';
import { ContactState } from '../../../sim/model/contacts';
import { serialTag } from '../../../sim/model/eventKinds';
import { createOverflowGroups, Overflow } from '../../../sim/model/overflow';
import { buildKit, drain, runEvents, total, voice, waitingContact, type Kit, type KitOptions } from '../centreKit';

type GroupInput = NonNullable<KitOptions['overflow']>[number];
const outsourcer = (extra: Partial<GroupInput> = {}): GroupInput => ({
  id: 'ext', channels: ['voice'], capacity: 1, afterWaitSeconds: 60, costPerContact: 4, handleTimeFactor: 1.5, fcr: 0.65, open: true, ...extra,
});

function setUp(groups: GroupInput[] = [outsourcer()]) {
  const kit = buildKit({ channels: [voice(), voice('other')], advisers: [{ id: 'a', skills: { voice: 1 } }], overflow: groups });
  const left: number[] = [];
  const outcomes: { slot: number; resolved: boolean }[] = [];
  const overflow = new Overflow(
    {
      clock: kit.clock, channels: kit.channels, contacts: kit.contacts, recorder: kit.recorder, queue: kit.queue, router: kit.router,
      groups: createOverflowGroups(kit.scenario.overflow!, kit.channels.map((c) => c.id)),
    },
    {
      waiting: {
        leaveQueue: (slot) => {
          left.push(slot);
          kit.contacts.setState(slot, ContactState.free);
          kit.router.dequeued(kit.contacts.channel[slot]);
        },
        stillWaiting: (slot, tag) => kit.contacts.state[slot] === ContactState.waiting && serialTag(kit.contacts.serial[slot]) === tag,
      },
      service: { resolveOrRepeat: (slot, resolved) => outcomes.push({ slot, resolved }) },
    },
  );
  const handlers = {
    overflowDue: (a: number, b: number) => overflow.onOverflowDue(a, b),
    externalEnd: (a: number, b: number) => overflow.onExternalEnd(a, b),
  };
  const run = (until = Infinity) => runEvents(kit, handlers, until).map((e) => `${e.time} ${e.kind}`);
  return { kit, overflow, left, outcomes, run };
}
/** A queued voice contact, told to overflow as waiting does. */
function queued(kit: Kit, overflow: Overflow, arrival: number, channel = 0, uResolved = 0.5): number {
  kit.clock.now = Math.max(kit.clock.now, arrival);
  const slot = waitingContact(kit, channel, arrival, { talk: 100, hold: 20, wrapUp: 10, uResolved });
  overflow.queued(slot, channel);
  return slot;
}
const count = (kit: Kit, field: number) => total(kit, 0, field);

describe('Overflow', () => {
  it('makes a queued contact due to an open group serving its channel once it has waited afterWaitSeconds', () => {
    const { kit, overflow } = setUp();
    const slot = queued(kit, overflow, 10);
    expect(drain(kit.queue)).toEqual([{ time: 70, kind: 'overflowDue', a: slot * 64 + 0, b: serialTag(kit.contacts.serial[slot]) }]);
  });

  it('does not schedule for a closed group, nor for a channel the group does not serve', () => {
    const closed = setUp([outsourcer({ open: false })]);
    queued(closed.kit, closed.overflow, 0);
    expect(drain(closed.kit.queue)).toEqual([]);
    const other = setUp();
    queued(other.kit, other.overflow, 0, other.kit.ch.other);
    expect(drain(other.kit.queue)).toEqual([]);
  });

  it('sends a due contact to a group with room: answered there, at a cost, for longer', () => {
    const { kit, overflow, left, run } = setUp();
    const slot = queued(kit, overflow, 10);
    expect(run(70)).toEqual(['70 overflowDue']);
    expect(left).toEqual([slot]);
    expect(kit.contacts.state[slot]).toBe(ContactState.inService);
    expect(kit.contacts.ref[slot]).toBe(0);
    expect([count(kit, Field.answered), count(kit, Field.waitSumAnswered), count(kit, Field.overflowed), count(kit, Field.overflowCost)]).toEqual([1, 60, 1, 4]);
    const group = overflow.groups[0];
    expect([group.busy, group.cost, overflow.cost]).toEqual([1, 4, 4]);
    // (talk 100 + hold 20) × 1.5 + wrap-up 10 = 190 s, from 70.
    expect(drain(kit.queue)).toEqual([{ time: 260, kind: 'externalEnd', a: 0, b: slot }]);
  });

  it('keeps a due contact waiting in the team’s queue while the group is full', () => {
    const { kit, overflow, left, run } = setUp();
    const first = queued(kit, overflow, 0);
    const second = queued(kit, overflow, 5);
    expect(run(65)).toEqual(['60 overflowDue', '65 overflowDue']);
    expect(left).toEqual([first]);
    expect(kit.contacts.state[second]).toBe(ContactState.waiting);
    expect(overflow.groups[0].waiting.length).toBe(1);
    expect(count(kit, Field.overflowed)).toBe(1);
  });

  it('pulls the oldest contact waiting for the group when a place frees', () => {
    const { kit, overflow, left, outcomes, run } = setUp();
    const first = queued(kit, overflow, 0, 0, 0.9);
    const second = queued(kit, overflow, 5);
    expect(run(250)).toEqual(['60 overflowDue', '65 overflowDue', '250 externalEnd']);
    // The first is done (0.9 ≥ fcr 0.65: not resolved); the second goes at once.
    expect(outcomes).toEqual([{ slot: first, resolved: false }]);
    expect(left).toEqual([first, second]);
    expect(overflow.groups[0]).toMatchObject({ busy: 1, handled: 1, cost: 8 });
    expect(count(kit, Field.externalHandled)).toBe(1);
    expect(drain(kit.queue)).toEqual([{ time: 250 + 190, kind: 'externalEnd', a: 0, b: second }]);
  });

  it('skips a contact that stopped waiting (answered, abandoned) while the group was full', () => {
    const { kit, overflow, left, run } = setUp();
    const first = queued(kit, overflow, 0);
    const second = queued(kit, overflow, 5);
    run(65);
    kit.contacts.setState(second, ContactState.inService); // the team answered it
    run();
    expect(left).toEqual([first]);
    expect(overflow.groups[0].busy).toBe(0);
  });

  it('books a resolved contact when its draw is under the group’s fcr, and frees the contact', () => {
    const { kit, overflow, outcomes, run } = setUp();
    const slot = queued(kit, overflow, 0, 0, 0.3);
    run();
    expect(outcomes).toEqual([{ slot, resolved: true }]);
    expect(kit.contacts.inSystem).toBe(0);
  });

  it('ignores a due event for a contact the team answered first', () => {
    const { kit, overflow, left, run } = setUp();
    const slot = queued(kit, overflow, 0);
    kit.contacts.setState(slot, ContactState.inService);
    run();
    expect(left).toEqual([]);
    expect(count(kit, Field.overflowed)).toBe(0);
  });

  it('ignores due events once the group is closed, and stops pulling', () => {
    const { kit, overflow, left, run } = setUp();
    queued(kit, overflow, 0);
    overflow.setOpen(0, false);
    run();
    expect(left).toEqual([]);
  });

  it('on opening, makes the contacts already waiting in its channels due', () => {
    const { kit, overflow, left, run } = setUp([outsourcer({ open: false, capacity: 5 })]);
    const a = queued(kit, overflow, 0);
    const b = queued(kit, overflow, 50);
    queued(kit, overflow, 0, kit.ch.other);
    expect(drain(kit.queue)).toEqual([]); // closed: nothing due yet
    kit.clock.now = 100;
    overflow.setOpen(0, true);
    expect(run(100)).toEqual(['100 overflowDue']); // a has waited 60 s already: due now
    expect(left).toEqual([a]);
    expect(run()).toEqual(['110 overflowDue', '290 externalEnd', '300 externalEnd']); // b at 50 + 60; the other channel's contact never
    expect(left).toEqual([a, b]);
  });

  it('adds up the cost of every group', () => {
    const { kit, overflow, run } = setUp([outsourcer({ capacity: 5 }), outsourcer({ id: 'ext2', costPerContact: 10, afterWaitSeconds: 0 })]);
    queued(kit, overflow, 0); // due to ext2 at 0, then to ext at 60 (no longer waiting)
    queued(kit, overflow, 0); // ext2 is full: to ext at 60
    run(60);
    expect(overflow.groups.map((g) => g.cost)).toEqual([4, 10]);
    expect(overflow.cost).toBe(14);
  });

  // The due event's payload was serialTag(serial) × 64 + group in one int32: from the
  // 33,554,432nd contact of a run on, the tag wrapped and no contact could overflow. The
  // group now rides with the slot, and the serial tag has b to itself.
  it('overflows a contact whose serial is past 2^25', () => {
    const { kit, overflow, left, run } = setUp();
    kit.clock.now = 0;
    const slot = waitingContact(kit, 0, 0);
    kit.contacts.serial[slot] = 2 ** 25 + 5; // as if this late in a very long run
    overflow.queued(slot, 0);
    run();
    expect(left).toEqual([slot]);
  });
});

/**
 * External overflow groups (another team, an outsourcer): opened and closed by
 * the supervisor, they take contacts that have waited `afterWaitSeconds` in the
 * queues they serve, up to their capacity, at a cost per contact, with longer
 * handling and lower first-contact resolution than the team.
 */
import type { EventQueue } from '../engine/eventQueue';
import type { KpiRecorder } from '../kpi/recorder';
import type { Router } from '../routing/router';
import type { OverflowGroupSpec } from '../scenario/channelOptions';
import { IntRing } from '../util/intRing';
import type { ChannelRuntime } from './channelRuntime';
import { ContactState as contactStates, type ContactStore } from './contacts';
import { Ev as eventKinds, serialTag } from './eventKinds';
import type { Clock } from './frame';

const Ev = { ...eventKinds };
const ContactState = { ...contactStates };
/** Overflow groups a scenario may have (the schema allows fewer). */
const GROUPS = 64;

export interface OverflowGroup {
  readonly index: number;
  readonly id: string;
  readonly spec: OverflowGroupSpec;
  /** Channel index → served. */
  readonly serves: Uint8Array;
  open: boolean;
  busy: number;
  /** Contacts due to overflow that found the group full, oldest first (tag: serial). */
  readonly waiting: IntRing;
  handled: number;
  cost: number;
}

export function createOverflowGroups(specs: readonly OverflowGroupSpec[], channelIds: readonly string[]): OverflowGroup[] {
  return specs.map((spec, index) => ({
    index,
    id: spec.id,
    spec,
    serves: Uint8Array.from(channelIds, (id) => (spec.channels.includes(id) ? 1 : 0)),
    open: spec.open,
    busy: 0,
    waiting: new IntRing(16),
    handled: 0,
    cost: 0,
  }));
}

export interface OverflowParts {
  readonly clock: Clock;
  readonly channels: readonly ChannelRuntime[];
  readonly contacts: ContactStore;
  readonly recorder: KpiRecorder;
  readonly queue: EventQueue;
  readonly groups: readonly OverflowGroup[];
  readonly router: Pick<Router, 'forEachWaiting'>;
}

/** Taking a contact out of the team's queue, and booking it as resolved or to come back. */
export interface OverflowPorts {
  readonly waiting: { leaveQueue(slot: number): void; stillWaiting(slot: number, tag: number): boolean };
  readonly service: { resolveOrRepeat(slot: number, resolved: boolean): void };
}

/** The overflow groups at work: timers for waiting contacts, hand-overs, and their end. */
export class Overflow {
  readonly groups: readonly OverflowGroup[];

  constructor(private readonly parts: OverflowParts, private readonly ports: OverflowPorts) {
    this.groups = parts.groups;
  }

  /** A contact was queued: it becomes due to each open group serving its channel once it has waited long enough. */
  queued(slot: number, channel: number): void {
    const groups = this.groups;
    for (let g = 0; g < groups.length; g++) if (groups[g].open && groups[g].serves[channel] === 1) this.schedule(slot, groups[g]);
  }

  private schedule(slot: number, group: OverflowGroup): void {
    const { clock, contacts, queue } = this.parts;
    const at = Math.max(clock.now, contacts.arrival[slot] + group.spec.afterWaitSeconds);
    // The group rides with the slot (a), the serial tag alone in b: event payloads are int32.
    queue.schedule(at, Ev.overflowDue, slot * GROUPS + group.index, serialTag(contacts.serial[slot]));
  }

  /** Opens or closes a group; on opening, contacts already waiting become eligible. */
  setOpen(group: number, open: boolean): void {
    const g = this.groups[group];
    g.open = open;
    if (!open) return;
    for (let c = 0; c < this.parts.channels.length; c++) {
      if (!g.serves[c]) continue;
      this.parts.router.forEachWaiting(c, (slot) => this.schedule(slot, g));
    }
  }

  onOverflowDue(slotAndGroup: number, tag: number): void {
    const group = this.groups[slotAndGroup % GROUPS];
    const slot = (slotAndGroup - (slotAndGroup % GROUPS)) / GROUPS;
    if (!this.ports.waiting.stillWaiting(slot, tag) || !group.open) return;
    if (group.busy < group.spec.capacity) this.send(slot, group);
    else group.waiting.push(slot, this.parts.contacts.serial[slot]);
  }

  /** Hands a waiting contact to an external group: answered there, at a cost. */
  private send(slot: number, group: OverflowGroup): void {
    const { clock, contacts, recorder, queue, channels } = this.parts;
    const now = clock.now;
    this.ports.waiting.leaveQueue(slot);
    contacts.setState(slot, ContactState.inService);
    contacts.ref[slot] = group.index;
    contacts.answeredAt[slot] = now;
    recorder.answered(slot, now - contacts.arrival[slot], channels[contacts.channel[slot]].threshold, now);
    recorder.overflowed(slot, group.spec.costPerContact);
    group.busy++;
    group.cost += group.spec.costPerContact;
    const duration = (contacts.talk[slot] + contacts.hold[slot] + contacts.gap[slot]) * group.spec.handleTimeFactor + contacts.wrapUp[slot];
    queue.schedule(now + duration, Ev.externalEnd, group.index, slot);
  }

  onExternalEnd(groupIndex: number, slot: number): void {
    const group = this.groups[groupIndex];
    const contacts = this.parts.contacts;
    group.busy--;
    group.handled++;
    this.parts.recorder.externalHandled(slot);
    this.ports.service.resolveOrRepeat(slot, contacts.uResolved[slot] < group.spec.fcr);
    contacts.release(slot);
    this.pull(group);
  }

  /** A free place in the group: the oldest contact that was due to overflow and is still waiting. */
  private pull(group: OverflowGroup): void {
    const contacts = this.parts.contacts;
    while (group.open && group.busy < group.spec.capacity && group.waiting.length > 0) {
      const slot = group.waiting.itemAt(0);
      const serial = group.waiting.tagAt(0);
      group.waiting.shift();
      if (contacts.state[slot] === ContactState.waiting && contacts.serial[slot] === serial) this.send(slot, group);
    }
  }

  /** Total spent on the groups so far (€). */
  get cost(): number {
    return this.groups.reduce((c, g) => c + g.cost, 0);
  }
}

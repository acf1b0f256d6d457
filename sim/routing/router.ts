/**
 * Skills-based routing, as the two questions of ContactCenters:
 *  - which adviser for this contact? → the longest-idle adviser with the skill;
 *  - which waiting contact for this free adviser? → the oldest waiting contact
 *    among the channels the adviser is skilled for.
 * Waiting contacts and idle advisers are FIFO rings with lazy removal.
 */
import { S as machineStates } from '../model/adviserMachine';
import type { AdviserStore } from '../model/advisers';
import { ContactState as contactStates, type ContactStore } from '../model/contacts';
import { IntRing } from '../model/fifo';

// Module-local copies: imported bindings can compile to getters (tsx/CJS interop),
// which showed up as a top cost of the hot path.
const S = { ...machineStates };
const ContactState = { ...contactStates };

export class Router {
  /** Per channel: waiting contact slots, tagged with the contact's serial. */
  readonly queues: IntRing[];
  readonly waiting: Int32Array;
  /** Idle advisers in the order they became available, tagged with their idle token. */
  private readonly idle = new IntRing(64);

  constructor(
    channelCount: number,
    private readonly advisers: AdviserStore,
    private readonly contacts: ContactStore,
  ) {
    this.queues = Array.from({ length: channelCount }, () => new IntRing(64));
    this.waiting = new Int32Array(channelCount);
  }

  private isIdle(adviser: number, token: number): boolean {
    return this.advisers.state[adviser] === S.available && this.advisers.idleToken[adviser] === token;
  }

  private isWaiting(slot: number, serial: number): boolean {
    return this.contacts.state[slot] === ContactState.waiting && this.contacts.serial[slot] === serial;
  }

  markIdle(adviser: number): void {
    this.idle.push(adviser, this.advisers.idleToken[adviser]);
    if (this.idle.length > 2 * this.advisers.count + 64) this.idle.compact((a, t) => this.isIdle(a, t));
  }

  /** Longest-idle adviser skilled for `channel`, removed from the idle pool; -1 if none. */
  takeIdleAdviser(channel: number): number {
    const ring = this.idle;
    for (let i = 0; i < ring.length; i++) {
      const adviser = ring.itemAt(i);
      if (!this.isIdle(adviser, ring.tagAt(i))) {
        if (i === 0) {
          ring.shift();
          i--;
        }
        continue;
      }
      if (this.advisers.skills[adviser][channel] > 0) {
        if (i === 0) ring.shift();
        else ring.removeAt(i);
        return adviser;
      }
    }
    return -1;
  }

  enqueue(slot: number): void {
    const channel = this.contacts.channel[slot];
    this.queues[channel].push(slot, this.contacts.serial[slot]);
    this.waiting[channel]++;
  }

  /** Called when a waiting contact leaves other than by `takeContact` (abandon). */
  dequeued(channel: number): void {
    this.waiting[channel]--;
    const q = this.queues[channel];
    if (q.length > 2 * this.waiting[channel] + 64) q.compact((s, serial) => this.isWaiting(s, serial));
  }

  /** Oldest live head of a channel's queue, dropping stale entries; -1 when empty. */
  head(channel: number): number {
    const q = this.queues[channel];
    while (q.length > 0) {
      const slot = q.itemAt(0);
      if (this.isWaiting(slot, q.tagAt(0))) return slot;
      q.shift();
    }
    return -1;
  }

  /** Oldest waiting contact the adviser is skilled for, removed from its queue; -1 if none. */
  takeContact(adviser: number): number {
    const skills = this.advisers.skills[adviser];
    let best = -1;
    let bestChannel = -1;
    for (let c = 0; c < this.queues.length; c++) {
      if (skills[c] <= 0 || this.waiting[c] === 0) continue;
      const slot = this.head(c);
      if (slot >= 0 && (best < 0 || this.contacts.arrival[slot] < this.contacts.arrival[best])) {
        best = slot;
        bestChannel = c;
      }
    }
    if (best >= 0) {
      this.queues[bestChannel].shift();
      this.waiting[bestChannel]--;
    }
    return best;
  }
}
